package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.ChatResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A script that awaits its commands is held back, not refused, while the CLI is behind: its events wait in the
 * host and flow again as answers come. Past the bounds, events are dropped and commands refused, each logged once.
 */
class FlowControlTest {
    /** Answers each {@code /echo} as the test says: held until released. */
    private static final String ECHO_EACH_EVENT = """
            export default function (bot) {
              let handled = 0;
              bot.on("tick", async (event) => {
                handled++;
                try {
                  await bot.chat.echo({ text: "tick" + event.n });
                } catch (error) {
                  console.log("refused " + error.name + ": " + error.message);
                }
              });
              bot.on("count", () => console.log("handled " + handled));
            }
            """;

    @TempDir
    Path dir;

    private final ConcurrentLinkedQueue<CompletableFuture<ChatResponse>> held = new ConcurrentLinkedQueue<>();

    @Test
    void eventsWaitWhileTheCliIsBehindAndNoCommandIsRefused() throws Exception {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            holdCommands(harness);
            harness.folder.write("echo.js", ECHO_EACH_EVENT);
            harness.start();

            for (int n = 1; n <= 500; n++) {
                harness.runtime.onEvent(tick(n));
            }
            List<String> sent = new ArrayList<>();
            for (int i = 0; i < CommandFlow.PAUSE_EVENTS_AT; i++) {
                sent.add(harness.gateway.next());
            }
            assertThat(harness.gateway.poll(300)).as("a command beyond the pause point").isNull();

            // The CLI catches up: every answer lets more events through, until all 500 are handled in order.
            while (sent.size() < 500) {
                answerAll();
                String next = harness.gateway.poll(10_000);
                assertThat(next).as("more events after answers").isNotNull();
                sent.add(next);
                String more;
                while ((more = harness.gateway.poll(50)) != null) {
                    sent.add(more);
                }
            }
            answerAll();
            for (int n = 1; n <= 500; n++) {
                assertThat(sent.get(n - 1)).isEqualTo("/echo tick" + n);
            }
            harness.runtime.onEvent(new ChatEvent("count", "{\"type\":\"count\"}"));
            harness.logs.await("handled 500");
            assertThat(harness.logs.lines()).noneMatch(line -> line.contains("refused"));
        }
    }

    @Test
    void pastTheEventBoundNewEventsAreDroppedAndTheFloodIsLoggedOnce() throws Exception {
        RuntimeOptions options = RuntimeOptions.defaults()
                .withFlowLimits(FlowLimits.defaults().withMaxQueuedEvents(100, 1L << 30));
        try (RuntimeHarness harness = new RuntimeHarness(dir, options, new TestCommands())) {
            holdCommands(harness);
            harness.folder.write("echo.js", ECHO_EACH_EVENT);
            harness.start();

            // Enough to make it pause: from then on events queue up to the bound, and the rest are dropped.
            for (int n = 1; n <= CommandFlow.PAUSE_EVENTS_AT; n++) {
                harness.runtime.onEvent(tick(n));
            }
            int commands = 0;
            for (int i = 0; i < CommandFlow.PAUSE_EVENTS_AT; i++) {
                harness.gateway.next();
                commands++;
            }
            for (int n = CommandFlow.PAUSE_EVENTS_AT + 1; n <= 1_000; n++) {
                harness.runtime.onEvent(tick(n));
            }
            harness.logs.await("WARN", "script echo:", "are waiting, the bound (--max-queued-events=100",
                    "new events for this script are dropped");
            // The CLI catches up: the queued events are handled, each sending one command.
            int round;
            do {
                answerAll();
                round = 0;
                while (harness.gateway.poll(500) != null) {
                    round++;
                }
                commands += round;
            } while (round > 0);
            answerAll();
            harness.logs.await("script echo: caught up with its events;", "were dropped during the flood");
            assertThat(harness.logs.lines()).filteredOn(line -> line.contains("new events for this script are dropped")).hasSize(1);
            assertThat(commands).as("events handled: those before the pause and the 100 queued, not the dropped")
                    .isEqualTo(CommandFlow.PAUSE_EVENTS_AT + 100);

            harness.runtime.onEvent(new ChatEvent("count", "{\"type\":\"count\"}"));
            harness.logs.await("handled " + commands);
        }
    }

    @Test
    void pastTheCommandBoundASendIsRefusedWithALimitErrorNamingTheFlag() throws Exception {
        RuntimeOptions options = RuntimeOptions.defaults()
                .withFlowLimits(FlowLimits.defaults().withMaxQueuedCommands(10, 1L << 20));
        try (RuntimeHarness harness = new RuntimeHarness(dir, options, new TestCommands())) {
            holdCommands(harness);
            harness.folder.write("burst.js", """
                    export default function (bot) {
                      bot.on("go", async () => {
                        const sends = Array.from({ length: 15 }, (_, i) => bot.chat.echo({ text: "m" + i }));
                        console.log("all sent");
                        const results = await Promise.allSettled(sends);
                        const refused = results.filter((r) => r.status === "rejected");
                        console.log("refused " + refused.length + ": " + refused[0].reason.name + ": " + refused[0].reason.message);
                      });
                    }
                    """);
            harness.start();
            harness.runtime.onEvent(new ChatEvent("go", "{\"type\":\"go\"}"));
            for (int i = 0; i < 10; i++) {
                assertThat(harness.gateway.next()).isEqualTo("/echo m" + i);
            }
            harness.logs.await("all sent");
            answerAll();
            assertThat(harness.logs.await("refused 5: ")).endsWith("refused 5: LimitError: echo: 10 commands are already "
                    + "waiting for the CLI (--max-queued-commands); await some before sending more");
            harness.logs.await("refusing commands: 10 commands are already waiting for the CLI (--max-queued-commands)");
        }
    }

    private void holdCommands(RuntimeHarness harness) {
        harness.gateway.answerWith(command -> {
            CompletableFuture<ChatResponse> answer = new CompletableFuture<>();
            held.add(answer);
            return answer;
        });
    }

    private void answerAll() {
        CompletableFuture<ChatResponse> next;
        while ((next = held.poll()) != null) {
            next.complete(new ChatResponse("1", "cmdOk", "{\"type\":\"cmdOk\"}"));
        }
    }

    private static ChatEvent tick(int n) {
        return new ChatEvent("tick", "{\"type\":\"tick\",\"n\":" + n + "}");
    }
}
