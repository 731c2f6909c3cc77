package dev.simplexbot.dev;

import dev.simplexbot.script.ScriptLifecycleListener;
import dev.simplexbot.script.StartReport;
import dev.simplexbot.sim.Simulator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/**
 * The dev console in a real terminal (JLine): a prompt showing who you are and where you write, the bot's
 * messages and every log line printed above it as they arrive, banner and {@code /help}. Ctrl-D, Ctrl-C and
 * {@code /quit} leave cleanly.
 */
public final class TerminalConsole {
    private static final Duration SETUP_WAIT = Duration.ofSeconds(10);

    private final ConsoleInputParser parser = new ConsoleInputParser();

    public void run(DevOptions options) throws IOException, InterruptedException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("simplex-bot dev").build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("simplex-bot")
                    .variable(LineReader.HISTORY_FILE, null).build();
            TerminalOutput output = new TerminalOutput(reader);
            ReloadNotices reloads = new ReloadNotices(output);
            try (TerminalLogAppender logs = TerminalLogAppender.install(reader);
                 DevEnvironment environment = DevEnvironment.start(options, reloads);
                 ChatConsole console = new ChatConsole(environment.simulator(), output, environment.webhookCaller())) {
                // The bot's setup (address, auto-accept, welcome) comes first, so you connect as a newcomer would.
                environment.awaitIdle(SETUP_WAIT);
                banner(reader, options, environment);
                console.enterAs(options.you());
                reloads.show(true);
                chat(reader, console);
                reloads.show(false);
            }
        }
    }

    /**
     * The same console for the standalone simulator: you chat as people with whatever bot connects to it (no bot runs
     * in this process); {@code banner} says where the bot and the control API connect.
     */
    public void runStandalone(Simulator simulator, String you, String banner) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(true).name("simplex-bot sim").build()) {
            LineReader reader = LineReaderBuilder.builder().terminal(terminal).appName("simplex-bot")
                    .variable(LineReader.HISTORY_FILE, null).build();
            TerminalOutput output = new TerminalOutput(reader);
            try (TerminalLogAppender logs = TerminalLogAppender.install(reader);
                 ChatConsole console = new ChatConsole(simulator, output)) {
                reader.printAbove(new AttributedStringBuilder().styled(AttributedStyle.BOLD, "simplex-bot sim")
                        .append(" - the simulated SimpleX CLI, for any bot\n").append(banner).append("\n")
                        .append("  type a message and press Enter to chat as " + you + "; /help lists the console's commands;"
                                + " /sim what people and the network can do; Ctrl-D quits")
                        .toAttributedString());
                console.enterAs(you);
                chat(reader, console);
            }
        }
    }

    private void chat(LineReader reader, ChatConsole console) {
        while (true) {
            String line;
            try {
                line = reader.readLine(prompt(console));
            } catch (UserInterruptException | EndOfFileException e) {
                return;
            }
            if (!console.handle(parser.parse(line))) {
                return;
            }
        }
    }

    private static String prompt(ChatConsole console) {
        return new AttributedStringBuilder().styled(TerminalOutput.YOU, console.where()).append("> ").toAnsi();
    }

    private static void banner(LineReader reader, DevOptions options, DevEnvironment environment) {
        StartReport report = environment.report();
        AttributedStringBuilder banner = new AttributedStringBuilder()
                .styled(AttributedStyle.BOLD, "simplex-bot dev").append(" - chat with your bot; no SimpleX CLI needed\n");
        if (!report.loaded().isEmpty()) {
            banner.append("  running ").styled(TerminalOutput.BOT, String.join(", ", report.loaded()))
                    .append(" from " + options.scripts() + "\n");
        }
        report.failures().forEach(failure -> banner.styled(TerminalOutput.ERROR,
                "  not running " + failure.name() + ": " + failure.message() + " (fix and save: it loads then)\n"));
        banner.append("  watching " + watchedFolder(options.scripts()) + ": save a file and the bot reloads\n")
                .append("  type a message and press Enter; /help lists the console's commands (other /commands go to the bot);"
                        + " Ctrl-D quits\n")
                .styled(TerminalOutput.DIM, "  simulated SimpleX CLI at " + environment.url() + " (other clients can connect)");
        environment.httpBase().ifPresent(http -> banner.append("\n").styled(TerminalOutput.DIM, "  HTTP server at " + http
                + ": /health, /metrics, /bots/NAME/... (/http POST /path {...} calls a webhook from here)"));
        reader.printAbove(banner.toAttributedString());
    }

    private static Path watchedFolder(Path scripts) {
        Path absolute = scripts.toAbsolutePath().normalize();
        return absolute.toFile().isDirectory() ? scripts : absolute.getParent();
    }

    /** Tells of reloads once the chat is open; the banner covers the first load, the error log a failed one. */
    private static final class ReloadNotices implements ScriptLifecycleListener {
        private final ConsoleOutput output;
        private volatile boolean showing;

        ReloadNotices(ConsoleOutput output) {
            this.output = output;
        }

        void show(boolean enabled) {
            showing = enabled;
        }

        @Override
        public void loaded(String name, Path file) {
            if (showing) {
                output.notice(name + " reloaded");
            }
        }

        @Override
        public void unloaded(String name, Path file) {
            if (showing) {
                output.notice(name + " stopped");
            }
        }
    }
}
