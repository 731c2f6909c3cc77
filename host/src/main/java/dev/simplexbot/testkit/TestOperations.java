package dev.simplexbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.sim.GroupRole;
import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.SimMessage;
import dev.simplexbot.toolkit.FileFacts;
import java.io.IOException;
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
            case "send" -> on(actions, () -> number(person(args).send(args.get("text").asText())));
            case "reply" -> on(actions, () -> number(person(args).reply(args.get("itemId").asLong(), args.get("text").asText())));
            case "sendFile" -> on(actions, () -> number(person(args).sendFile(testFolder.resolve(args.get("path").asText()),
                    args.get("text").asText())));
            case "react" -> on(actions, () -> {
                if (args.get("add").asBoolean()) {
                    person(args).react(args.get("itemId").asLong(), args.get("emoji").asText());
                } else {
                    person(args).removeReaction(args.get("itemId").asLong(), args.get("emoji").asText());
                }
                harness.awaitIdle();
                return null;
            });
            case "sendToGroup" -> on(actions, () -> number(person(args).sendToGroup(group(args), args.get("text").asText())));
            case "leave" -> on(actions, () -> {
                person(args).leave(group(args));
                return null;
            });
            case "group" -> on(actions, () -> groupJson(createGroup(args)));
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

    private SimGroup createGroup(JsonNode args) {
        TestPerson owner = harness.person(args.get("owner").asText());
        TestPerson[] members = new TestPerson[args.get("members").size()];
        for (int i = 0; i < members.length; i++) {
            members[i] = harness.person(args.get("members").get(i).asText());
        }
        GroupRole botRole = args.path("botRole").isTextual() ? GroupRole.parse(args.get("botRole").asText()) : GroupRole.MEMBER;
        return harness.group(args.get("name").asText(), botRole, args.path("join").asBoolean(true), owner, members);
    }

    /** Size and SHA-256 of a file, its path relative to the test file's folder (or absolute, like a received file's). */
    private String fileInfo(String path) throws IOException {
        Path file = testFolder.resolve(path).normalize();
        JsonNode facts = JSON.readTree(new FileFacts().describe(file.toString()));
        if (facts.has("error")) {
            throw new IllegalArgumentException(facts.get("error").asText());
        }
        return JSON.createObjectNode().put("path", file.toString()).put("size", facts.get("size").asLong())
                .put("sha256", facts.get("sha256").asText()).toString();
    }

    private static SimGroup group(JsonNode args) {
        JsonNode group = args.get("group");
        return new SimGroup(group.get("name").asText(), group.get("groupId").asLong());
    }

    private Duration timeout(JsonNode args, String field) {
        return args.path(field).isNumber() ? Duration.ofMillis(args.get(field).asLong()) : harness.messageTimeout();
    }

    private static String number(long value) {
        return Long.toString(value);
    }

    private static String groupJson(SimGroup group) {
        return JSON.createObjectNode().put("name", group.name()).put("groupId", group.groupId()).toString();
    }

    static String message(SimMessage message) {
        ObjectNode json = JSON.createObjectNode()
                .put("itemId", message.itemId())
                .put("text", message.text())
                .put("contentType", message.contentType())
                .put("quotedItemId", message.quotedItemId())
                .put("quotedText", message.quotedText())
                .put("group", message.group())
                .put("edited", message.edited())
                .put("deleted", message.deleted());
        if (message.file() != null) {
            json.putObject("file")
                    .put("fileName", message.file().fileName())
                    .put("fileSize", message.file().fileSize())
                    .put("path", message.file().path() == null ? null : message.file().path().toString());
        } else {
            json.putNull("file");
        }
        return json.toString();
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
