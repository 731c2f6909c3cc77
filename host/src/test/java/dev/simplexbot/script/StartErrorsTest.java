package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartErrorsTest {
    @TempDir
    Path dir;

    @Test
    void eachBrokenBotIsReportedWithFileLineColumnAndTheOthersRun() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            Path syntax = harness.folder.write("a_syntax.js", "export default function (bot) {\n  let x = ;\n}\n");
            Path noDefault = harness.folder.write("b_nodefault.js", "export const answer = 42;\n");
            Path throwing = harness.folder.write("c_throws.js",
                    "export default function (bot) {\n  throw new TypeError('no config');\n}\n");
            Path rejecting = harness.folder.write("d_rejects.js",
                    "export default async function (bot) {\n  await null;\n  throw new Error('async start failed');\n}\n");
            harness.folder.write("e_fine.js", "export default function (bot) { bot.on('go', () => bot.chat.raw('fine')); }\n");

            StartReport report = harness.start();

            assertThat(report.loaded()).containsExactly("e_fine");
            assertThat(report.failures()).extracting(ScriptFailure::message).containsExactly(
                    syntax + ":2:11: SyntaxError: Expected an operand but found ;",
                    noDefault + ": no default export function; a bot is `export default function (bot) { ... }`",
                    throwing + ":2:9: TypeError: no config",
                    rejecting + ":3:9: the default export's promise rejected: Error: async start failed");
            assertThat(harness.logs.await("script a_syntax: failed to load:")).contains(syntax + ":2:11");
            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.next()).isEqualTo("fine");
        }
    }

    @Test
    void aSingleFileRunsJustThatFileWithItsFolderAsImportRoot() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("lib/_math.js", "export const square = (n) => n * n;\n");
            Path bot = harness.folder.write("one.js",
                    "import { square } from './lib/_math.js';\nexport default (bot) => bot.on('go', () => bot.chat.raw('' + square(7)));\n");
            harness.folder.write("other.js", "export default (bot) => bot.on('go', () => bot.chat.raw('other'));\n");

            StartReport report = harness.runtime.start(bot);
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(report.loaded()).containsExactly("one");
            assertThat(harness.gateway.next()).isEqualTo("49");
        }
    }

    @Test
    void aMissingPathOrANonJavaScriptFileIsRejectedClearly() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            assertThatThrownBy(() -> harness.runtime.start(dir.resolve("nope.js")))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("no such file or folder: " + dir.resolve("nope.js"));
        }
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            Path text = harness.folder.write("notes.txt", "hi");
            assertThatThrownBy(() -> harness.runtime.start(text))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not a JavaScript file");
        }
    }
}
