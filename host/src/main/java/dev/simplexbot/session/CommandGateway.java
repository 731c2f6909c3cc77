package dev.simplexbot.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Sends one command line to the CLI. The future completes with the response, or exceptionally with a
 * {@link ChatSessionException} subtype: {@link ChatCommandException} for {@code chatCmdError},
 * {@link CommandTimeoutException}, {@link DisconnectedException}, {@link SessionClosedException}.
 * Completion happens on a session thread: callers must hand off before running script code.
 */
@FunctionalInterface
public interface CommandGateway {
    CompletableFuture<ChatResponse> send(String command);

    /**
     * Like {@link #send} with a callback instead of a future: the session calls it on its own thread without a
     * hop through an executor, which is cheaper for callers that hand the result off anyway.
     */
    default void submit(String command, CommandCallback callback) {
        CompletableFuture<ChatResponse> response;
        try {
            response = send(command);
        } catch (RuntimeException e) {
            response = CompletableFuture.failedFuture(e);
        }
        response.whenComplete((ok, failure) -> {
            if (failure == null) {
                callback.answered(ok);
            } else {
                callback.failed(failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure);
            }
        });
    }

    /**
     * The gateway for one sender (a script): its commands wait in a queue of their own and take turns with other
     * senders' for the connection, so one sender's flood does not hold everyone else's commands back. A gateway
     * without queues of its own returns itself.
     */
    default CommandGateway lane(String sender) {
        return this;
    }
}
