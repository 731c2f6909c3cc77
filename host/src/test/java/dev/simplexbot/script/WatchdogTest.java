package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchdogTest {
    @TempDir
    Path dir;

    @Test
    void aRunawayHandlerIsInterruptedWhileAnotherScriptKeepsAnswering() {
        try (RuntimeHarness harness = RuntimeHarness.withHandlerTimeout(dir, Duration.ofMillis(500))) {
            harness.folder.write("runaway.js", """
                    export default function (bot) {
                      bot.on("newChatItems", () => { while (true) {} });
                      bot.on("after", () => bot.chat.raw("runaway still alive"));
                    }
                    """);
            harness.folder.write("squaring.js", ScriptRuntimeTest.SQUARING_RAW);
            harness.start();

            harness.runtime.onEvent(Events.receivedText(1, "2"));
            assertThat(harness.gateway.next()).as("answered while the other script spins").contains("2 * 2 = 4");
            harness.runtime.onEvent(Events.of("after", ""));

            assertThat(harness.gateway.next()).isEqualTo("runaway still alive");
            assertThat(harness.logs.await("script runaway: handler for newChatItems ran longer than 500ms and was interrupted"))
                    .startsWith("ERROR script.runaway");
        }
    }

    @Test
    void aRunawayDefaultExportFailsTheLoad() {
        try (RuntimeHarness harness = RuntimeHarness.withHandlerTimeout(dir, Duration.ofMillis(300))) {
            Path file = harness.folder.write("stuck.js", "export default function (bot) { for (;;) {} }\n");

            StartReport report = harness.start();

            assertThat(report.failures()).singleElement().extracting(ScriptFailure::message)
                    .isEqualTo(file + ": loading ran longer than 300ms and was interrupted");
        }
    }

    @Test
    void readingModulesIsProgressSoALargeLibraryLoadsPastTheTimeoutButALoopAfterItDoesNot() {
        try (RuntimeHarness harness = RuntimeHarness.withHandlerTimeout(dir, Duration.ofSeconds(1))) {
            // 40 modules that each take 40 ms to evaluate: a library loading for 1.6 s and more, past the timeout.
            // (A shorter timeout made the first, cold module parse on a loaded machine look like a runaway.)
            StringBuilder index = new StringBuilder();
            for (int i = 0; i < 40; i++) {
                harness.folder.write("node_modules/slow-lib/m" + i + ".js",
                        "const end = Date.now() + 40;\nwhile (Date.now() < end) {}\nexport const v" + i + " = " + i + ";\n");
                index.append("export * from './m").append(i).append(".js';\n");
            }
            harness.folder.write("node_modules/slow-lib/package.json", "{ \"type\": \"module\", \"exports\": \"./index.js\" }");
            harness.folder.write("node_modules/slow-lib/index.js", index.toString());
            harness.folder.write("library.js", """
                    import * as lib from 'slow-lib';
                    export default (bot) => bot.on('go', () => bot.chat.raw('loaded ' + Object.keys(lib).length));
                    """);
            Path stuck = harness.folder.write("stuck.js", """
                    import * as lib from 'slow-lib';
                    export default function (bot) { for (;;) {} }
                    """);

            StartReport report = harness.start();

            assertThat(report.loaded()).containsExactly("library");
            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.next()).isEqualTo("loaded 40");
            assertThat(report.failures()).singleElement().extracting(ScriptFailure::message)
                    .isEqualTo(stuck + ": loading ran longer than 1s and was interrupted");
        }
    }
}
