package dev.simplexbot.dev;

import dev.simplexbot.sim.BotOutput;
import dev.simplexbot.sim.SimMessage;
import java.io.PrintStream;
import java.util.Map;

/**
 * The console's output as plain lines for pipes and files: {@code bot> text} for the bot's messages to you,
 * {@code bot to bob> text} and {@code bot in #team> text} for the others; {@code * notice} and {@code ! error} on
 * stderr, so stdout holds only the conversation. No ANSI codes.
 */
public final class PlainOutput implements ConsoleOutput {
    private final PrintStream out;
    private final PrintStream err;

    public PlainOutput(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public void bot(String botName, BotOutput output, String you) {
        StringBuilder line = new StringBuilder("bot");
        if (output.group()) {
            line.append(" in #").append(output.chat());
        } else if (!output.chat().equals(you)) {
            line.append(" to ").append(output.chat());
        }
        switch (output.change()) {
            case UPDATED -> line.append(" (edited)");
            case DELETED -> line.append(" (deleted)");
            case SENT -> { }
        }
        SimMessage message = output.message();
        line.append("> ").append(message.text());
        if (message.file() != null) {
            line.append(message.text().isEmpty() ? "" : " ").append("[file ").append(message.file().fileName())
                    .append(", ").append(message.file().fileSize()).append(" bytes]");
        }
        out.println(line);
        out.flush();
    }

    @Override
    public void notice(String text) {
        err.println("* " + text);
        err.flush();
    }

    @Override
    public void error(String text) {
        err.println("! " + text);
        err.flush();
    }

    @Override
    public void help(Map<String, String> words) {
        words.forEach((word, help) -> out.printf("  %-26s %s%n", word, help));
        out.flush();
    }
}
