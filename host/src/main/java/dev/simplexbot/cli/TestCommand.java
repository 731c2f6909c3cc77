package dev.simplexbot.cli;

import dev.simplexbot.testkit.JsTestRunner;
import dev.simplexbot.testkit.TestRunOptions;
import dev.simplexbot.env.EnvGrants;
import dev.simplexbot.net.NetGrants;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code simplex-bot test PATH}: runs the bots' JS tests against the simulated CLI. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {
            "Runs *.test.js files (a file, or every one under a folder) against the built-in simulated SimpleX CLI.",
            "The bot under test for x.test.js is x.js beside it, or the file named by `export const bot = \"./other.js\"`.",
            "Prints one line per test and 'N passed, N failed'; exit code 0 when all pass, 1 when any fails."
        })
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A *.test.js file or a folder to search for them.")
    Path path;

    @Option(names = "--timeout", defaultValue = "30s", paramLabel = "DURATION",
            description = "Longest one test may run (default: ${DEFAULT-VALUE}).")
    Duration testTimeout;

    @Option(names = "--message-timeout", defaultValue = "5s", paramLabel = "DURATION",
            description = "How long t.expect and nextMessage wait for the bot by default (default: ${DEFAULT-VALUE}).")
    Duration messageTimeout;

    /** --allow-read, --allow-write, --allow-raw for the bots under test, as with run. */
    @Mixin
    PermissionOptions permissions;

    @Option(names = "--allow-net", paramLabel = "[NAME:]HOST[:PORT][,...]",
            description = "Grants for the bots under test, as for run (a test file adds its own with export const allowNet).")
    List<String> allowNet = new ArrayList<>();

    @Option(names = "--allow-env", paramLabel = "[NAME:]VAR[,...]",
            description = "Environment variables the bots under test may read, as for run (export const env gives test values).")
    List<String> allowEnv = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        Preload.inBackground();
        if (!logLevelGiven()) {
            // Test output is the result lines; the bots' routine start/stop logs would drown them.
            LogSetup.apply(LogSetup.Level.warn, LogSetup.Format.text);
        }
        JsTestRunner.Summary summary;
        try {
            NetGrants.parse(allowNet);
            EnvGrants.parse(allowEnv);
            summary = new JsTestRunner(new TestRunOptions(testTimeout, messageTimeout, permissions.permissions(), allowNet,
                    allowEnv), spec.commandLine().getOut()).run(path);
        } catch (RunOptions.InvalidOption | IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return summary.failed() == 0 ? SimplexBotCommand.EXIT_OK : SimplexBotCommand.EXIT_FAILURE;
    }

    private boolean logLevelGiven() {
        for (ParseResult parsed = spec.root().commandLine().getParseResult(); parsed != null; parsed = parsed.subcommand()) {
            if (parsed.hasMatchedOption("--log-level")) {
                return true;
            }
        }
        return false;
    }
}
