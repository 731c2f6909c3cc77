package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimersTest {
    @TempDir
    Path dir;

    @Test
    void timeoutsIntervalsMicrotasksAndTheirCancellation() throws Exception {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("timers.js", """
                    export default function (bot) {
                      const cancelled = setTimeout(() => bot.chat.raw("cancelled timeout fired"), 5);
                      clearTimeout(cancelled);
                      let ticks = 0;
                      const interval = setInterval(() => {
                        ticks++;
                        bot.chat.raw("tick " + ticks);
                        if (ticks === 3) {
                          clearInterval(interval);
                          setTimeout((a, b) => bot.chat.raw(`timeout ${a} ${b}`), 20, "x", "y");
                        }
                      }, 1);
                      queueMicrotask(() => bot.chat.raw("microtask"));
                      bot.chat.raw("sync");
                    }
                    """);
            harness.start();

            assertThat(harness.gateway.next()).isEqualTo("sync");
            assertThat(harness.gateway.next()).isEqualTo("microtask");
            assertThat(harness.gateway.next()).isEqualTo("tick 1");
            assertThat(harness.gateway.next()).isEqualTo("tick 2");
            assertThat(harness.gateway.next()).isEqualTo("tick 3");
            assertThat(harness.gateway.next()).isEqualTo("timeout x y");
            assertThat(harness.gateway.poll(100)).as("nothing after the cleared interval and timeout").isNull();
        }
    }

    @Test
    void aFailingTimerCallbackIsLoggedAndTheIntervalGoesOn() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("flaky.js", """
                    export default function (bot) {
                      let n = 0;
                      const id = setInterval(() => {
                        n++;
                        if (n === 1) throw new Error("first tick failed");
                        bot.chat.raw("tick " + n);
                        clearInterval(id);
                      }, 1);
                    }
                    """);
            harness.start();

            assertThat(harness.gateway.next()).isEqualTo("tick 2");
            assertThat(harness.logs.await("script flaky: timer callback failed", "Error: first tick failed")).contains("flaky.js:5");
        }
    }
}
