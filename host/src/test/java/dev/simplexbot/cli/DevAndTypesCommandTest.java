package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.api.TypeScriptDeclarations;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code dev} usage errors and {@code types} in process. */
class DevAndTypesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    private int execute(String... args) {
        CommandLine cli = SimplexBotCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void devWithAMissingScriptIsAUsageError() {
        assertThat(execute("dev", dir.resolve("missing.js").toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("simplex-bot: no such file or folder: ");
    }

    @Test
    void devRefusesABadPortAndANameWithSpaces() throws Exception {
        Path bot = Files.writeString(dir.resolve("bot.js"), "export default function (bot) {}");
        assertThat(execute("dev", "--port", "70000", bot.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--port must be between 0 and 65535, got 70000");
        assertThat(execute("dev", "--as", "a b", bot.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--as needs a name without spaces");
    }

    @Test
    void typesWritesTheDeclarationsAndSaysHowToUseThem() throws Exception {
        Path target = dir.resolve("bots");
        assertThat(execute("types", target.toString())).isEqualTo(0);
        Path file = target.resolve("simplex-bot.d.ts");
        assertThat(Files.readString(file)).isEqualTo(TypeScriptDeclarations.text()).contains("declare namespace SimpleX");
        assertThat(out.toString()).startsWith("wrote " + file + "\n").contains("// @ts-check", "/** @param {SimpleX.Bot} bot */");
    }

    @Test
    void typesIntoAFileIsAUsageError() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("x.txt"), "");
        assertThat(execute("types", notAFolder.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("simplex-bot: not a folder: " + notAFolder);
    }
}
