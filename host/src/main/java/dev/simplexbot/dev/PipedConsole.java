package dev.simplexbot.dev;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The dev console when stdin is not a terminal: one line at a time from stdin, the bot's messages as plain
 * {@code bot> text} lines on stdout, notices and errors on stderr. After each line it waits for the bot to go
 * idle ({@link DevEnvironment#awaitIdle}), so replies follow the line that caused them and none is lost at the
 * end of input. Replies the bot schedules for later (timers not yet due) are not waited for.
 */
public final class PipedConsole {
    private static final Logger log = LoggerFactory.getLogger(PipedConsole.class);
    /** The longest the bot is waited for after one line. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

    private final ConsoleInputParser parser = new ConsoleInputParser();
    private final Duration wait;

    public PipedConsole(Duration wait) {
        this.wait = wait;
    }

    public void run(ConsoleBackend environment, String you, BufferedReader in, PrintStream out, PrintStream err)
            throws IOException, InterruptedException {
        try (ChatConsole console = new ChatConsole(environment.simulator(), new PlainOutput(out, err), environment.webhookCaller())) {
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

    private void settle(ConsoleBackend environment, ChatConsole console) throws InterruptedException {
        if (!environment.awaitIdle(wait)) {
            log.warn("the bot is still busy after {}; reading on", wait);
        }
        console.flush();
    }
}
