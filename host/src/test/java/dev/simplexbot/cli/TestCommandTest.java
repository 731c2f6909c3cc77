package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** {@code simplex-bot test} in-process: exit codes 0 (all pass), 1 (a failure), 2 (usage). */
class TestCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        picocli.CommandLine cli = SimplexBotCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aSyntaxErrorInATestFileExitsOneWithTheCounts() {
        assertThat(execute("test", "src/test/resources/testkit/syntax")).isEqualTo(1);
        assertThat(out.toString()).endsWith("0 passed, 1 failed\n");
    }

    @Test
    void aMissingPathIsAUsageError() {
        assertThat(execute("test", "no-such-folder")).isEqualTo(2);
        assertThat(err.toString()).startsWith("simplex-bot: no such file or folder: no-such-folder\n");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aPassingTestExitsZero() {
        assertThat(execute("test", "--timeout", "60s", "src/test/resources/testkit/js/squaring.test.js")).isEqualTo(0);
        assertThat(out.toString()).endsWith("4 passed, 0 failed\n");
    }
}
