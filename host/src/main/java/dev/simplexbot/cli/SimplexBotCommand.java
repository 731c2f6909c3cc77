package dev.simplexbot.cli;

import dev.simplexbot.bench.BenchCommand;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** The top command. To add a subcommand, write its class and list it in {@code subcommands} below. */
@Command(
        name = "simplex-bot",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Runs SimpleX Chat bots written in plain JavaScript.",
        subcommands = {
            RunCommand.class,
            DevCommand.class,
            SimCommand.class,
            DoctorCommand.class,
            TestCommand.class,
            TypesCommand.class,
            NewCommand.class,
            BenchCommand.class,
            CdsTrainingCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class SimplexBotCommand implements Runnable {
    static final int EXIT_OK = 0;
    static final int EXIT_FAILURE = 1;
    static final int EXIT_USAGE = 2;

    @Spec
    CommandSpec spec;

    @Option(names = "--log-level", scope = ScopeType.INHERIT, paramLabel = "LEVEL", defaultValue = "info",
            description = "Log level: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    LogSetup.Level logLevel;

    @Option(names = "--log-format", scope = ScopeType.INHERIT, paramLabel = "FORMAT", defaultValue = "text",
            description = "Log format: ${COMPLETION-CANDIDATES}; json writes one JSON object per line (default: ${DEFAULT-VALUE}).")
    LogSetup.Format logFormat;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command (for example: run PATH)");
    }

    /** The configured command tree: usage errors exit 2 with one line, runtime failures exit 1 with one line. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SimplexBotCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.registerConverter(java.time.Duration.class, new DurationConverter());
        cli.setExecutionStrategy(SimplexBotCommand::executeWithLogging);
        cli.setParameterExceptionHandler(SimplexBotCommand::usageError);
        // A bot name like "-x" is a bad name (one line from the command), not an unknown option.
        cli.getSubcommands().get("new").setUnmatchedOptionsArePositionalParams(true);
        cli.setExecutionExceptionHandler((error, commandLine, parseResult) -> {
            commandLine.getErr().println("simplex-bot: " + oneLine(error));
            return EXIT_FAILURE;
        });
        return cli;
    }

    private static int executeWithLogging(ParseResult parseResult) {
        LogSetup.Level level = LogSetup.Level.info;
        LogSetup.Format format = LogSetup.Format.text;
        for (ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
            level = pr.matchedOptionValue("--log-level", level);
            format = pr.matchedOptionValue("--log-format", format);
        }
        LogSetup.apply(level, format);
        return new CommandLine.RunLast().execute(parseResult);
    }

    private static int usageError(ParameterException error, String[] args) {
        PrintWriter err = error.getCommandLine().getErr();
        err.println("simplex-bot: " + error.getMessage());
        err.println("Try 'simplex-bot --help' for more information.");
        return EXIT_USAGE;
    }

    private static String oneLine(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
