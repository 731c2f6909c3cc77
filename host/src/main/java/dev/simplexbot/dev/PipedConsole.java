package dev.simplexbot.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;

/**
 * The dev console when stdin is not a terminal: one line at a time from stdin, the bot's messages as plain
 * {@code bot> text} lines on stdout, notices and errors on stderr. After each line it waits for the bot to go
 * quiet, so replies follow the line that caused them; at the end of input it waits once more, then returns.
 */
public final class PipedConsole {
    /** How long the bot must stay quiet to count as done, and the most it is waited for after one line. */
    public record Pacing(Duration quiet, Duration cap) {
        public static final Pacing DEFAULT = new Pacing(Duration.ofMillis(300), Duration.ofSeconds(10));
    }

    private final ConsoleInputParser parser = new ConsoleInputParser();
    private final Pacing pacing;

    public PipedConsole(Pacing pacing) {
        this.pacing = pacing;
    }

    public void run(DevEnvironment environment, String you, BufferedReader in, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        try (ChatConsole console = new ChatConsole(environment.simulator(), new PlainOutput(out, err), environment.activity())) {
            settle(environment, console);
            console.enterAs(you);
            settle(environment, console);
            String line;
            while ((line = in.readLine()) != null) {
                boolean goOn = console.handle(parser.parse(line));
                settle(environment, console);
                if (!goOn) {
                    break;
                }
            }
        }
    }

    private void settle(DevEnvironment environment, ChatConsole console) throws InterruptedException {
        environment.activity().awaitQuiet(pacing.quiet(), pacing.cap());
        console.flush();
    }
}
