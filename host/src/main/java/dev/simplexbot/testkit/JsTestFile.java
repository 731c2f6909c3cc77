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
import org.graalvm.polyglot.SourceSection;
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

    /** How long asking the context what a stuck test waits for may take. */
    private static final Duration DIAGNOSIS_TIME = Duration.ofSeconds(2);

    private final Path file;
    private final String displayName;
    private final TestRunOptions options;
    private final TestLoop loop = new TestLoop();
    private Value runtime;
    /** The context {@link #runtime} lives in (its own handle: the one a Value gives cannot be interrupted). */
    private Context context;
    private TestWatchdog watchdog;

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
        try (TestWatchdog watchdog = new TestWatchdog()) {
            this.watchdog = watchdog;
            Loaded loaded = load(engine, bridge, collect);
            if (loaded == null) {
                return results;
            }
            List<JsonNode> tests = listTests();
            if (tests.isEmpty()) {
                loaded.context().close();
                collect.accept(TestResult.failed(displayName, displayName, Duration.ZERO,
                        "no tests: register them with test(\"name\", async (t) => { ... })", null));
                return results;
            }
            Path bot;
            FileOptions fileOptions;
            try {
                bot = botUnderTest(loaded.exports());
                fileOptions = FileOptions.of(loaded.exports());
            } catch (IllegalArgumentException e) {
                loaded.context().close();
                collect.accept(TestResult.failed(displayName, displayName, Duration.ZERO, e.getMessage(), null));
                return results;
            }
            boolean only = tests.stream().anyMatch(t -> t.get("mode").asText().equals("only"));
            for (int i = 0; i < tests.size(); i++) {
                String name = tests.get(i).get("name").asText();
                String mode = tests.get(i).get("mode").asText();
                if (mode.equals("skip") || (only && !mode.equals("only"))) {
                    collect.accept(TestResult.skipped(displayName, name));
                    continue;
                }
                Outcome outcome = runOne(loaded.context(), i, name, textOrNull(tests.get(i).get("site")), bot, fileOptions,
                        bridge);
                collect.accept(outcome.result());
                if (outcome.contextSpoiled() && i + 1 < tests.size()) {
                    // Code that was stopped mid-run may have left work queued: the next test gets a fresh context.
                    loaded.context().close(true);
                    loaded = load(engine, bridge, collect);
                    if (loaded == null) {
                        return results;
                    }
                }
            }
            loaded.context().close();
        } finally {
            this.watchdog = null;
        }
        return results;
    }

    /** A context with the test runtime and the file evaluated in it; {@code null} (after reporting why) when loading failed. */
    private Loaded load(JsEngine engine, TestHostBridge bridge, Consumer<TestResult> collect) {
        Context context = engine.newContext(file.getParent(), OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
        Value[] exports = new Value[1];
        try {
            Source module = Source.newBuilder("js", file.toFile()).mimeType(JsEngine.MODULE_MIME_TYPE).build();
            watchdog.arm(options.testTimeout());
            this.context = context;
            watchdog.enter(context, () -> {
                Value web = engine.webGlobals().install(context);
                runtime = context.eval(RUNTIME).execute(bridge, web);
                exports[0] = context.eval(module);
            });
            return new Loaded(context, exports[0]);
        } catch (PolyglotException e) {
            String message = watchdog.stopped(e)
                    ? "loading did not finish within " + human(options.testTimeout()) + "; stopped " + where(e, "in the top-level code of " + displayName)
                    : shorten(GuestErrors.oneLine(e, file.toString()));
            collect.accept(TestResult.failed(displayName, displayName, Duration.ZERO, message, null));
        } catch (IOException e) {
            collect.accept(TestResult.failed(displayName, displayName, Duration.ZERO, "cannot read " + displayName + ": " + e.getMessage(), null));
        } finally {
            watchdog.disarm();
        }
        context.close(true);
        return null;
    }

    private record Loaded(Context context, Value exports) {}

    /** A test's result, and whether its context must be replaced before the next test. */
    private record Outcome(TestResult result, boolean contextSpoiled) {
        static Outcome of(TestResult result) {
            return new Outcome(result, false);
        }
    }

    private Outcome runOne(Context context, int index, String name, String testSite, Path bot, FileOptions fileOptions,
            TestHostBridge bridge) {
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
            watchdog.arm(options.testTimeout());
            watchdog.enter(context, () -> runtime.invokeMember("run", index));
            if (!loop.runUntil(() -> finished[0], watchdog.left())) {
                return Outcome.of(TestResult.failed(displayName, name, elapsed(started), notFinished(testSite), null));
            }
        } catch (BotStartException e) {
            return Outcome.of(TestResult.failed(displayName, name, elapsed(started), "the bot did not start: " + shorten(e.getMessage()), null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.of(TestResult.failed(displayName, name, elapsed(started), "interrupted", null));
        } catch (PolyglotException e) {
            if (watchdog.stopped(e)) {
                String message = "did not finish within " + human(options.testTimeout()) + ": stopped "
                        + where(e, "between promise callbacks" + at(testSite));
                return new Outcome(TestResult.failed(displayName, name, elapsed(started), message, null), true);
            }
            return Outcome.of(TestResult.failed(displayName, name, elapsed(started), shorten(GuestErrors.oneLine(e, file.toString())), null));
        } catch (RuntimeException e) {
            return Outcome.of(TestResult.failed(displayName, name, elapsed(started), String.valueOf(e.getMessage()), null));
        } finally {
            watchdog.disarm();
            bridge.begin(null, null);
            actions.shutdownNow();
            waits.shutdownNow();
            loop.clear();
        }
        if (failure[0] == null) {
            return Outcome.of(TestResult.passed(displayName, name, elapsed(started)));
        }
        JsonNode detail = readJson(failure[0]);
        String site = detail.path("site").isTextual() ? shorten(detail.get("site").asText()) : null;
        return Outcome.of(TestResult.failed(displayName, name, elapsed(started), detail.path("message").asText(), site));
    }

    /** Why a test that never settled is still open: what it waits for and where, or where the test is. */
    private String notFinished(String testSite) {
        String why = "did not finish within " + human(options.testTimeout());
        String[] stuckJson = new String[1];
        watchdog.arm(DIAGNOSIS_TIME);
        watchdog.enter(context, () -> stuckJson[0] = runtime.invokeMember("stuckJson").asString());
        JsonNode stuck = readJson(stuckJson[0]);
        JsonNode waiting = stuck.path("waiting");
        if (waiting.isArray() && !waiting.isEmpty()) {
            JsonNode first = waiting.get(0);
            return why + ": still waiting for " + first.path("what").asText() + at(textOrNull(first.get("site")));
        }
        return why + ": its promise never settled (it awaits something that never resolves)"
                + at(testSite);
    }

    /**
     * Where runaway code was stopped. An interrupt knows the function it stopped, not the statement: GraalJS reports
     * the innermost frame's function, so that is what is named.
     */
    private String where(PolyglotException error, String otherwise) {
        for (PolyglotException.StackFrame frame : error.getPolyglotStackTrace()) {
            SourceSection section = frame.getSourceLocation();
            if (frame.isGuestFrame() && section != null && section.isAvailable() && file.toString().equals(section.getSource().getPath())) {
                return "inside the function at " + shorten(file + ":" + section.getStartLine() + ":" + section.getStartColumn());
            }
        }
        return otherwise;
    }

    private String at(String site) {
        return site == null ? "" : " at " + shorten(site);
    }

    private static String textOrNull(JsonNode node) {
        return node != null && node.isTextual() ? node.asText() : null;
    }

    private static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }

    @Override
    public void settle(int id, String resultJson, String errorJson) {
        Value current = runtime;
        watchdog.enter(context, () -> current.invokeMember("settle", id, resultJson, errorJson));
    }

    @Override
    public void stubRequest(int stubId, long exchangeId, String metaJson, int bodyLength) {
        Value current = runtime;
        watchdog.enter(context, () -> current.invokeMember("stubRequest", stubId, exchangeId, metaJson, bodyLength));
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
