package dev.simplexbot.session;

import java.util.concurrent.CompletableFuture;

/**
 * Sends one command line to the CLI. The future completes with the response, or exceptionally with a
 * {@link ChatSessionException} subtype: {@link ChatCommandException} for {@code chatCmdError},
 * {@link CommandTimeoutException}, {@link DisconnectedException}, {@link SessionClosedException}.
 * Completion happens on a session thread: callers must hand off before running script code.
 */
@FunctionalInterface
public interface CommandGateway {
    CompletableFuture<ChatResponse> send(String command);
}
