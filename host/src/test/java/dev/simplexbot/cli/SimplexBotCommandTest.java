package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command tree in-process: usage errors are one line plus a hint and exit 2. */
class SimplexBotCommandTest {
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
    void noCommandIsAUsageError() {
        assertThat(execute()).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("simplex-bot: missing command (for example: run PATH)\n"
                + "Try 'simplex-bot --help' for more information.\n");
    }

    @Test
    void aFileThatIsNotJavaScriptIsAUsageError() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "hello");
        assertThat(execute("run", notes.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("simplex-bot: not a .js file or a folder: " + notes + "\n");
    }

    @Test
    void aUrlWithoutHostIsAUsageError() throws Exception {
        Path bot = Files.writeString(dir.resolve("bot.js"), "");
        assertThat(execute("run", "--url", "ws:///x", bot.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("simplex-bot: invalid URL 'ws:///x': no host");
    }

    @Test
    void logOptionsAreAcceptedAfterTheSubcommandToo() {
        assertThat(execute("run", "--log-level", "DEBUG", "--log-format", "text", "missing.js")).isEqualTo(2);
        assertThat(err.toString()).startsWith("simplex-bot: no such file or folder: missing.js");
    }

    @Test
    void aBadLogLevelIsAUsageError() {
        assertThat(execute("--log-level", "loud", "run", "x.js")).isEqualTo(2);
        assertThat(err.toString()).contains("--log-level").contains("loud");
    }
}
