package dev.simplexbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.sim.MessageJson;
import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.SimMessage;
import dev.simplexbot.toolkit.FileDigest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * What a JS test's {@code t} and people ask of the harness, by operation name with JSON arguments, answered
 * with JSON text. Actions run one at a time in call order on {@code actions}; waiting for a message runs on
 * {@code waits}, so a pending {@code t.expect} never holds up a later {@code send}.
 */
final class TestOperations {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final BotHarness harness;
    private final Path testFolder;
    private final ExecutorService actions;
    private final ExecutorService waits;
    private final TestHostBridge bridge;

    TestOperations(BotHarness harness, Path testFolder, ExecutorService actions, ExecutorService waits, TestHostBridge bridge) {
        this.harness = harness;
        this.testFolder = testFolder;
        this.actions = actions;
        this.waits = waits;
        this.bridge = bridge;
    }

    /** Runs {@code op}; the future holds the result as JSON text ({@code null} for none), or fails with why. */
    CompletableFuture<String> run(String op, String argsJson) {
        JsonNode args;
        try {
            args = JSON.readTree(argsJson);
        } catch (Exception e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("bad arguments for " + op + ": " + argsJson));
        }
        return switch (op) {
            case "nextMessage" -> on(waits, () -> message(person(args).nextMessage(timeout(args, "timeout"))));
            case "nextGroupMessage" -> on(waits, () -> message(person(args).nextGroupMessage(group(args), timeout(args, "timeout"))));
            case "expectNoMessage" -> on(waits, () -> {
                if (args.path("wait").isNumber()) {
                    person(args).expectNoMessage(Duration.ofMillis(args.get("wait").asLong()));
                } else {
                    person(args).expectNoMessage();
                }
                return null;
            });
            case "contact" -> on(actions, () -> {
                harness.contact(args.get("person").asText());
                return null;
            });
            case "action" -> on(actions, () -> {
                JsonNode result = harness.simulator().actions().run(args.path("name").asText(), args.get("args"), testFolder);
                return JSON.writeValueAsString(result);
            });
            case "findGroup" -> on(actions, () -> {
                String name = args.path("name").asText();
                SimGroup group = harness.simulator().findGroup(name)
                        .orElseThrow(() -> new IllegalArgumentException("the bot is in no group called " + name));
                return JSON.createObjectNode().put("name", group.name()).put("groupId", group.groupId()).toString();
            });
            case "fileInfo" -> on(waits, () -> fileInfo(args.get("path").asText()));
            case "idle" -> on(actions, () -> {
                harness.awaitIdle();
                return null;
            });
            case "restart" -> on(actions, () -> {
                harness.restartBot();
                return null;
            });
            case "http" -> on(waits, () -> http(args));
            case "stub" -> on(actions, () -> {
                int stubId = args.get("stubId").asInt();
                StubServer.Handler relay = request -> bridge.relay(stubId, request);
                StubServer stub = args.path("origin").isTextual() ? harness.stub(args.get("origin").asText(), relay)
                        : harness.stub(relay);
                return JSON.createObjectNode().put("url", args.path("origin").isTextual()
                        ? args.get("origin").asText() : stub.url().toString()).toString();
            });
            case "commands" -> on(actions, () -> {
                ArrayNode lines = JSON.createArrayNode();
                harness.commandsSent().forEach(lines::add);
                return lines.toString();
            });
            default -> CompletableFuture.failedFuture(new IllegalArgumentException("unknown test operation " + op));
        };
    }

    /** A call to the bot's webhook; the answer's body travels as base64, so binary bodies arrive intact. */
    private String http(JsonNode args) {
        java.util.Map<String, String> headers = new java.util.LinkedHashMap<>();
        args.path("headers").forEach(pair -> headers.put(pair.get(0).asText(), pair.get(1).asText()));
        byte[] body = args.path("body").isTextual() ? java.util.Base64.getDecoder().decode(args.get("body").asText()) : null;
        HttpResult result = harness.http(args.get("method").asText(), args.get("path").asText(), body, headers);
        ObjectNode json = JSON.createObjectNode().put("status", result.status())
                .put("url", harness.httpBase() + args.get("path").asText())
                .put("body", java.util.Base64.getEncoder().encodeToString(result.body()));
        ArrayNode pairs = json.putArray("headers");
        result.headers().forEach((name, values) -> values.forEach(value -> pairs.addArray().add(name).add(value)));
        return json.toString();
    }

    private TestPerson person(JsonNode args) {
        return harness.person(args.get("person").asText());
    }

    /**
     * Size and SHA-256 of a file, its path relative to the test file's folder (or absolute, like a received file's).
     * The test reads it, not the bot: tests check what the bot sent wherever the simulator put it.
     */
    private String fileInfo(String path) throws IOException {
        Path file = testFolder.resolve(path).normalize();
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        FileDigest digest = FileDigest.of(file);
        return JSON.createObjectNode().put("path", file.toString()).put("size", digest.size())
                .put("sha256", digest.sha256()).toString();
    }

    private static SimGroup group(JsonNode args) {
        JsonNode group = args.get("group");
        return new SimGroup(group.get("name").asText(), group.get("groupId").asLong());
    }

    private Duration timeout(JsonNode args, String field) {
        return args.path(field).isNumber() ? Duration.ofMillis(args.get(field).asLong()) : harness.messageTimeout();
    }

    static String message(SimMessage message) {
        return MessageJson.of(message).toString();
    }

    private static CompletableFuture<String> on(ExecutorService executor, Callable<String> work) {
        CompletableFuture<String> result = new CompletableFuture<>();
        executor.execute(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
