package dev.simplexbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.cli.SimplexBotCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The bench command end to end with a tiny workload: it runs, and prints the figures of each bot it measured. */
class BenchCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        CommandLine cli = SimplexBotCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void measuresBothSimplexBotsColdAndSteadyInProcessesOfTheirOwn() {
        int exit = execute("bench", "--log-level", "warn", "--messages", "20", "--warm-up", "4", "--steady-warm-up", "40",
                "--steady-max", "200", "--bed-warm-up", "40", "--people", "3", "--no-node", "--no-fork");

        assertThat(exit).as(err.toString()).isZero();
        String text = out.toString();
        for (String bot : new String[] {"simplex-bot (API)", "simplex-bot (toolkit)"}) {
            Matcher row = Pattern.compile(Pattern.quote(bot) + " +(\\d+) +([\\d.]+) +([\\d.]+) +(\\d+) +([\\d.]+) +([\\d.]+) +([\\d,]+)")
                    .matcher(text);
            assertThat(row.find()).as("a row for " + bot + " in:\n" + text).isTrue();
            assertThat(Double.parseDouble(row.group(1))).as("cold msg/s").isPositive();
            assertThat(Double.parseDouble(row.group(4))).as("steady msg/s").isPositive();
            assertThat(Long.parseLong(row.group(7).replace(",", ""))).as("steady after").isGreaterThanOrEqualTo(40);
        }
        assertThat(text).contains("warmed up the CLI stand-in with 40 messages (not measured)")
                .contains("Node bots skipped (--no-node)")
                .contains("start-up, hot reload and resident memory skipped (--no-fork)");
    }

    @Test
    void scriptCostPrintsOneFigurePerRoundAndNothingElse() {
        int exit = execute("bench", "--log-level", "warn", "--script-cost", "3", "--messages", "50");

        assertThat(exit).as(err.toString()).isZero();
        String text = out.toString();
        assertThat(text).containsPattern("script cost: squaring script, \\d{4}-byte event, \\d{4}-byte response, 3 rounds of 50 events");
        Matcher round = Pattern.compile("events +(\\d+)-(\\d+) +([\\d.]+) us/event").matcher(text);
        int rounds = 0;
        while (round.find()) {
            rounds++;
            assertThat(Integer.parseInt(round.group(1))).isEqualTo((rounds - 1) * 50 + 1);
            assertThat(Integer.parseInt(round.group(2))).isEqualTo(rounds * 50);
            assertThat(Double.parseDouble(round.group(3))).isPositive();
        }
        assertThat(rounds).isEqualTo(3);
        assertThat(text).doesNotContain("burst workload").doesNotContain("hot reload");
    }

    @Test
    void aNonPositiveScriptCostIsAUsageError() {
        assertThat(execute("bench", "--script-cost", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--script-cost");
    }

    @Test
    void aNonPositiveMessageCountIsAUsageError() {
        assertThat(execute("bench", "--messages", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--messages");
    }

}
