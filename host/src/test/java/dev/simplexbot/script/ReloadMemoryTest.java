package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reloads must not leak: every old context is closed and the engine is shared (DESIGN: 1,000 reloads, flat memory). */
class ReloadMemoryTest {
    private static final long ALLOWED_GROWTH_BYTES = 32L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void reloadingABotOneThousandTimesKeepsMemoryFlat() throws Exception {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bot.js", """
                    export default function (bot) {
                      const perVersion = new Array(20000).fill("x"); // garbage each version leaves if it leaks
                      bot.state.version = (bot.state.version || 0) + 1;
                      setInterval(() => {}, 60_000);
                      bot.onUnload(() => {});
                      bot.on("go", () => bot.chat.raw("version " + bot.state.version + " " + perVersion.length));
                    }
                    """);
            harness.start();
            Path bot = harness.folder.path("bot.js");

            reload(harness, bot, 100);
            long baseline = usedHeapAfterGc();
            reload(harness, bot, 900);
            long after = usedHeapAfterGc();

            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.next()).isEqualTo("version 1001 20000");
            assertThat(after - baseline)
                    .as("heap growth over 900 reloads (baseline %d MB, after %d MB)", baseline >> 20, after >> 20)
                    .isLessThan(ALLOWED_GROWTH_BYTES);
        }
    }

    private static void reload(RuntimeHarness harness, Path bot, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            assertThat(harness.runtime.reload(bot).get(30, TimeUnit.SECONDS)).isEmpty();
        }
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
