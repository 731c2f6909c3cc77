package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.CompletableFuture;

/** Sends one command line to the SimpleX Chat CLI and completes with its response object ({@code resp}). */
@FunctionalInterface
public interface CommandTransport {
    CompletableFuture<JsonNode> send(String commandLine);
}
