package dev.simplexbot.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.simplexbot.script.GuestErrors;
import dev.simplexbot.script.JsEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code *.test.js} file: evaluated as an ES module in a sandboxed context (only its folder readable)
 * after the test runtime that defines {@code test}; then each registered test runs against a fresh simulator
 * and a fresh start of the bot, the test's promises settled on this thread.
 */
final class JsTestFile implements TestHostBridge.SettleTarget {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Source RUNTIME = loadRuntime();

    private final Path file;
    private final String displayName;
    private final TestRunOptions options;
    private final TestLoop loop = new TestLoop();
    private Value runtime;

    JsTestFile(Path file, String displayName, TestRunOptions options) {
        this.file = file.toAbsolutePath().normalize();
        this.displayName = displayName;
        this.options = options;
    }

    /** Runs the file's tests in order, handing each result to {@code report} as soon as it is known. */
    List<TestResult> run(JsEngine engine, Consumer<TestResult> report) {
        List<TestResult> results = new ArrayList<>();
        Consumer<TestResult> collect = result -> {
            results.add(result);
            report.accept(result);
        };
        Logger log = LoggerFactory.getLogger("test." + file.getFileName());
        TestHostBridge bridge = new TestHostBridge(loop, log, this);
        try (Context context = engine.newContext(file.getParent(), OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            Value exports;
            try {
                Value web = engine.webGlobals().install(context);
                runtime = context.eval(RUNTIME).execute(bridge, web);
                exports = context.eval(Source.newBuilder("js", file.toFile()).mimeType(JsEngine.MODULE_MIME_TYPE).build());
            } catch (PolyglotException e) {
                collect.accept(TestResult.failed(displayName, displayName, Duration.ZERO, shorten(GuestErrors.oneLine(e, file.toString())), null));
                return results;
            }
            List<JsonNode> tests = listTests();
            if (tests.isEmpty()) {
                collect.accept(TestResult.failed(displayName, displayName, Duration.ZERO,
                        "no tests: register them with test(\"name\", async (t) => { ... })", null));
                return results;
            }
            Path bot;
            FileOptions fileOptions;
            try {
                bot = botUnderTest(exports);
                fileOptions = FileOptions.of(exports);
            } catch (IllegalArgumentException e) {
                collect.accept(TestResult.failed(displayName, displayName, Duration.ZERO, e.getMessage(), null));
                return results;
            }
            boolean only = tests.stream().anyMatch(t -> t.get("mode").asText().equals("only"));
            for (int i = 0; i < tests.size(); i++) {
                String name = tests.get(i).get("name").asText();
                String mode = tests.get(i).get("mode").asText();
                if (mode.equals("skip") || (only && !mode.equals("only"))) {
                    collect.accept(TestResult.skipped(displayName, name));
                } else {
                    collect.accept(runOne(i, name, bot, fileOptions, bridge));
                }
            }
        } catch (IOException e) {
            collect.accept(TestResult.failed(displayName, displayName, Duration.ZERO, "cannot read " + displayName + ": " + e.getMessage(), null));
        }
        return results;
    }

    private TestResult runOne(int index, String name, Path bot, FileOptions fileOptions, TestHostBridge bridge) {
        long started = System.nanoTime();
        ExecutorService actions = Executors.newSingleThreadExecutor(daemon("test-actions"));
        ExecutorService waits = Executors.newCachedThreadPool(daemon("test-waits"));
        String[] failure = new String[1];
        boolean[] finished = new boolean[1];
        try (BotHarness harness = fileOptions.apply(options.harness(bot)).start()) {
            bridge.begin(new TestOperations(harness, file.getParent(), actions, waits, bridge), (i, failureJson) -> {
                finished[0] = true;
                failure[0] = failureJson;
            });
            started = System.nanoTime(); // the time shown is the test's own, not the bot's start-up
            runtime.invokeMember("run", index);
            if (!loop.runUntil(() -> finished[0], options.testTimeout())) {
                return TestResult.failed(displayName, name, elapsed(started),
                        "did not finish within " + options.testTimeout().toSeconds() + " s", null);
            }
        } catch (BotStartException e) {
            return TestResult.failed(displayName, name, elapsed(started), "the bot did not start: " + shorten(e.getMessage()), null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return TestResult.failed(displayName, name, elapsed(started), "interrupted", null);
        } catch (PolyglotException e) {
            return TestResult.failed(displayName, name, elapsed(started), shorten(GuestErrors.oneLine(e, file.toString())), null);
        } catch (RuntimeException e) {
            return TestResult.failed(displayName, name, elapsed(started), String.valueOf(e.getMessage()), null);
        } finally {
            bridge.begin(null, null);
            actions.shutdownNow();
            waits.shutdownNow();
            loop.clear();
        }
        if (failure[0] == null) {
            return TestResult.passed(displayName, name, elapsed(started));
        }
        JsonNode detail = readJson(failure[0]);
        String site = detail.path("site").isTextual() ? shorten(detail.get("site").asText()) : null;
        return TestResult.failed(displayName, name, elapsed(started), detail.path("message").asText(), site);
    }

    @Override
    public void settle(int id, String resultJson, String errorJson) {
        runtime.invokeMember("settle", id, resultJson, errorJson);
    }

    @Override
    public void stubRequest(int stubId, long exchangeId, String metaJson, int bodyLength) {
        runtime.invokeMember("stubRequest", stubId, exchangeId, metaJson, bodyLength);
    }

    /** {@code export const bot = "./other.js"}, else {@code x.js} beside {@code x.test.js}. */
    private Path botUnderTest(Value exports) {
        Value declared = exports.getMember("bot");
        Path bot;
        if (declared != null && !declared.isNull()) {
            if (!declared.isString()) {
                throw new IllegalArgumentException("export const bot must be a path string, e.g. \"./my-bot.js\"");
            }
            bot = file.getParent().resolve(declared.asString()).normalize();
        } else {
            String name = file.getFileName().toString();
            bot = file.resolveSibling(name.substring(0, name.length() - ".test.js".length()) + ".js");
        }
        if (!Files.isRegularFile(bot)) {
            throw new IllegalArgumentException("no bot to test: " + shorten(bot.toString())
                    + " does not exist (name it like the test file, or export const bot = \"./my-bot.js\")");
        }
        return bot;
    }

    private List<JsonNode> listTests() {
        List<JsonNode> tests = new ArrayList<>();
        readJson(runtime.invokeMember("testsJson").asString()).forEach(tests::add);
        return tests;
    }

    /** Absolute paths inside the test's folder as the user named the file. */
    private String shorten(String text) {
        String folder = file.getParent().toString() + "/";
        String shownFolder = displayName.contains("/") ? displayName.substring(0, displayName.lastIndexOf('/') + 1) : "";
        return text.replace(folder, shownFolder);
    }

    private static Duration elapsed(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private static JsonNode readJson(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static Source loadRuntime() {
        try (InputStream in = JsTestFile.class.getResourceAsStream("test-runtime.js")) {
            if (in == null) {
                throw new IllegalStateException("test-runtime.js missing from the simplex-bot jar");
            }
            return Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    "simplex-bot-test-runtime.js").cached(true).buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
