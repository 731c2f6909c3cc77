package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "--allow-net=https://api.example.com | invalid --allow-net entry 'https://api.example.com': a grant is a host, not a URL",
        "--allow-net=::1                     | invalid --allow-net entry '::1': IPv6 addresses go in brackets",
        "--allow-net=bot:api.example.com:x   | invalid --allow-net entry 'bot:api.example.com:x': the port must be a number from 1 to 65535, got 'x'",
        "--allow-env=1TOKEN                  | invalid --allow-env entry '1TOKEN'",
        "--http=example.com                  | invalid --http 'example.com': expected PORT or HOST:PORT",
        "--http=99999                        | invalid --http '99999': the port must be from 0 to 65535",
        "--fetch-max-size=lots               | --fetch-max-size: 'lots' is not a size",
        "--fetch-max-in-flight=0             | --fetch-max-in-flight must be at least 1, got 0",
    })
    void badReachOptionsAreUsageErrorsOfOneLine(String option, String message) throws Exception {
        Path bot = Files.writeString(dir.resolve("bot.js"), "export default function (bot) {}");
        for (String command : new String[] {"run", "dev"}) {
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(execute(command, option, bot.toString())).as(command).isEqualTo(2);
            assertThat(err.toString()).startsWith("simplex-bot: " + message)
                    .endsWith("\nTry 'simplex-bot --help' for more information.\n");
            assertThat(err.toString().lines()).hasSize(2);
        }
    }

    @Test
    void theHelpExplainsTheGrantSyntax() {
        assertThat(execute("run", "--help")).isZero();
        assertThat(out.toString().replaceAll("\\s+", " ")).contains("--allow-net=[NAME:]HOST[:PORT][,...]", "the part after the first colon is a port",
                "--allow-env=[NAME:]VAR[,...]", "--http=[HOST:]PORT", "--fetch-timeout", "--http-max-body");
    }

    @Test
    void aBadGrantOfTheTestCommandIsAUsageError() throws Exception {
        Path tests = Files.writeString(dir.resolve("bot.test.js"), "test('x', () => {});");
        assertThat(execute("test", "--allow-net=*", tests.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith("simplex-bot: invalid --allow-net entry '*': '*' would grant every host");
    }

    @Test
    void aBadLogLevelIsAUsageError() {
        assertThat(execute("--log-level", "loud", "run", "x.js")).isEqualTo(2);
        assertThat(err.toString()).contains("--log-level").contains("loud");
    }
}
