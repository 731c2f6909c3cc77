package dev.simplexbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.script.FlowLimits;
import dev.simplexbot.script.RuntimeOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The hostile corpus: each script runs beside a well-behaved sentinel. Escapes are blocked with a clear error,
 * runaways are interrupted (and the script goes on), floods hit a limit with a clear error, and in every case
 * the sentinel keeps answering with its world intact.
 */
class HostileScriptsTest {
    private static final AtomicInteger escapesTried = new AtomicInteger();
    private static final AtomicInteger escapesBlocked = new AtomicInteger();
    private static final AtomicInteger runawaysStarted = new AtomicInteger();
    private static final AtomicInteger runawaysInterrupted = new AtomicInteger();

    @TempDir
    Path temp;

    @ParameterizedTest
    @ValueSource(strings = {"escape-host-classes.js", "escape-files.js", "escape-neighbours.js"})
    void escapesAreBlockedWithClearErrors(String file) {
        try (HostileCorpus corpus = new HostileCorpus(temp, file)) {
            assertThat(corpus.start.failures()).isEmpty();

            corpus.send("attack");
            corpus.gateway.await("attempts done");

            List<String> attempts = corpus.gateway.reports().stream()
                    .filter(r -> r.startsWith("blocked ") || r.startsWith("ESCAPED ")).toList();
            escapesTried.addAndGet(attempts.size());
            escapesBlocked.addAndGet((int) attempts.stream().filter(r -> r.startsWith("blocked ")).count());
            assertThat(attempts).isNotEmpty().allSatisfy(r -> assertThat(r).startsWith("blocked ").matches("blocked [^:]+: \\w+: .+"));
            corpus.sentinelAnswers();
        }
    }

    /**
     * The way around the sandbox through the CLI: commands naming files outside the allowed folders. Even with
     * --allow-raw (the corpus reports through raw lines) documented commands are checked; nothing reaches the CLI.
     */
    @Test
    void commandsNamingFilesOutsideTheAllowedFoldersAreRefusedBeforeTheCli() throws Exception {
        try (HostileCorpus corpus = new HostileCorpus(temp, "escape-commands.js")) {
            assertThat(corpus.start.failures()).isEmpty();
            Path scripts = temp.resolve("scripts").toRealPath();
            java.nio.file.Files.createSymbolicLink(scripts.resolve("outside-link.mjs"), temp.resolve("outside.mjs"));

            corpus.runtime.onEvent(new dev.simplexbot.session.ChatEvent("attack",
                    "{\"type\":\"attack\",\"folder\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(scripts.toString()) + "}"));
            corpus.gateway.await("attempts done");

            List<String> attempts = corpus.gateway.reports().stream()
                    .filter(r -> r.startsWith("blocked ") || r.startsWith("ESCAPED ")).toList();
            escapesTried.addAndGet(attempts.size());
            escapesBlocked.addAndGet((int) attempts.stream().filter(r -> r.startsWith("blocked ")).count());
            assertThat(attempts).hasSize(16).allSatisfy(r -> assertThat(r).matches("blocked [^:]+: (PermissionDenied|ValidationError): .+"));
            assertThat(corpus.gateway.held()).as("commands that reached the CLI").isZero();
            corpus.sentinelAnswers();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"burn-handler.js", "burn-timer.js", "burn-interval.js", "burn-microtasks.js",
            "burn-async-loop.js", "burn-queue-microtask.js"})
    void runawaysAreInterruptedAndEveryoneGoesOn(String file) {
        try (HostLogs logs = new HostLogs(); HostileCorpus corpus = new HostileCorpus(temp, file, HostileCorpus.RUNAWAY_TIMEOUT)) {
            String name = file.replace(".js", "");
            runawaysStarted.incrementAndGet();

            corpus.send("attack");
            logs.await("script " + name, "ran longer than 1s and was interrupted");
            runawaysInterrupted.incrementAndGet();

            corpus.sentinelAnswers();
            corpus.send("alive");
            corpus.gateway.await("alive " + name);
            corpus.sentinelAnswers();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"burn-default-export.js", "burn-top-level.js"})
    void aRunawayAtLoadFailsThatScriptOnly(String file) {
        runawaysStarted.incrementAndGet();
        try (HostileCorpus corpus = new HostileCorpus(temp, file, HostileCorpus.RUNAWAY_TIMEOUT)) {
            assertThat(corpus.start.loaded()).containsExactly("sentinel");
            assertThat(corpus.start.failures()).singleElement()
                    .satisfies(f -> assertThat(f.message()).contains("ran longer than 1s and was interrupted"));
            runawaysInterrupted.incrementAndGet();
            corpus.sentinelAnswers();
        }
    }

    @Test
    void aTimerFloodStopsAtTheLimitWithARangeError() {
        try (HostLogs logs = new HostLogs(); HostileCorpus corpus = new HostileCorpus(temp, "flood-timers.js")) {
            corpus.send("attack");

            assertThat(corpus.gateway.await("timers "))
                    .isEqualTo("timers scheduled=10000 refusal=RangeError: too many timers: this script already has "
                            + "10000 pending; clear some before adding more");
            assertThat(logs.count("refusing timers")).isEqualTo(1);
            corpus.sentinelAnswers();
            corpus.send("alive");
            corpus.gateway.await("alive flood-timers");
        }
    }

    @Test
    void aCommandFloodIsQueuedUpToItsBoundAndRefusedPastItWithTheFlagToRaiseIt() {
        RuntimeOptions options = RuntimeOptions.defaults().withHandlerTimeout(HostileCorpus.HANDLER_TIMEOUT)
                .withFlowLimits(FlowLimits.defaults().withMaxQueuedCommands(1_000, 64L << 20));
        try (HostLogs logs = new HostLogs(); HostileCorpus corpus = new HostileCorpus(temp, "flood-commands.js", options)) {
            // 5,000 rather than 100,000: each refused call costs ~0.2 ms interpreted (more on a loaded machine), and
            // the handler timeout would cut a longer flood short (which contains it too, but proves less about the bound).
            corpus.send("attack", 5_000);

            assertThat(logs.await(Duration.ofSeconds(30), "flood result").message()).isEqualTo("flood result: refused=4000 error=LimitError");
            assertThat(logs.await(Duration.ofSeconds(30), "flood error").message())
                    .isEqualTo("flood error: /_get: 1000 commands are already waiting for the CLI "
                            + "(--max-queued-commands); await some before sending more");
            assertThat(corpus.gateway.held()).isEqualTo(1_000);
            assertThat(logs.count("refusing commands")).isEqualTo(1);
            corpus.sentinelAnswers();
        }
    }

    @Test
    void selfReArmingTimersKeepOnlyTheirOwnScriptBusy() {
        try (HostileCorpus corpus = new HostileCorpus(temp, "flood-zero-timers.js")) {
            corpus.send("attack");
            for (int i = 0; i < 5; i++) {
                corpus.sentinelAnswers();
            }
            corpus.send("alive");
            corpus.gateway.await(r -> r.equals("alive flood-zero-timers"), Duration.ofSeconds(15), "alive");
        }
    }

    @AfterAll
    static void report() {
        System.out.printf("hostile scripts: escapes blocked %d/%d, runaways interrupted %d/%d%n",
                escapesBlocked.get(), escapesTried.get(), runawaysInterrupted.get(), runawaysStarted.get());
    }
}
