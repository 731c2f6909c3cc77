package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptsLayoutTest {
    @TempDir
    Path dir;

    @Test
    void topLevelJsFilesAreBotsAndEverythingElseIsAModule() throws Exception {
        ScriptFolder folder = new ScriptFolder(dir);
        for (String name : new String[] {"echo.js", "squaring.js", "echo.test.js", "_helpers.js", ".hidden.js",
                "notes.md", "lib/util.js", "lib/nested.js"}) {
            folder.write(name, "");
        }

        ScriptsLayout layout = ScriptsLayout.of(dir);

        assertThat(layout.bots()).extracting(ScriptsLayout::botName).containsExactly("echo", "squaring");
        assertThat(layout.isBot(layout.root().resolve("lib/util.js"))).isFalse();
        assertThat(layout.isBot(layout.root().resolve("_helpers.js"))).isFalse();
    }

    @Test
    void aSingleFileIsTheOnlyBotAndItsFolderIsTheRoot() throws Exception {
        Path bot = new ScriptFolder(dir).write("one.js", "");
        new ScriptFolder(dir).write("two.js", "");

        ScriptsLayout layout = ScriptsLayout.of(bot);

        assertThat(layout.root()).isEqualTo(dir.toRealPath());
        assertThat(layout.bots()).containsExactly(bot.toRealPath());
        assertThat(layout.isBot(dir.toRealPath().resolve("two.js"))).isFalse();
    }

    @Test
    void editorNoiseIsRecognised() {
        assertThat(ScriptsLayout.isEditorNoise(".echo.js.swp")).isTrue();
        assertThat(ScriptsLayout.isEditorNoise("echo.js~")).isTrue();
        assertThat(ScriptsLayout.isEditorNoise("4913")).isTrue();
        assertThat(ScriptsLayout.isEditorNoise("echo.js.tmp")).isTrue();
        assertThat(ScriptsLayout.isEditorNoise("echo.js")).isFalse();
    }
}
