package dev.simplexbot.dev;

import dev.simplexbot.sim.BotOutput;
import dev.simplexbot.sim.SimMessage;
import java.util.Map;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;

/** The console's output in a terminal: printed above the prompt, so typing is never garbled, with colours. */
public final class TerminalOutput implements ConsoleOutput {
    static final AttributedStyle BOT = AttributedStyle.BOLD.foreground(AttributedStyle.CYAN);
    static final AttributedStyle YOU = AttributedStyle.BOLD.foreground(AttributedStyle.GREEN);
    static final AttributedStyle GROUP = AttributedStyle.DEFAULT.foreground(AttributedStyle.MAGENTA);
    static final AttributedStyle MARK = AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW);
    static final AttributedStyle DIM = AttributedStyle.DEFAULT.faint();
    static final AttributedStyle ERROR = AttributedStyle.DEFAULT.foreground(AttributedStyle.RED);

    private final LineReader reader;

    public TerminalOutput(LineReader reader) {
        this.reader = reader;
    }

    @Override
    public void bot(String botName, BotOutput output, String you) {
        AttributedStringBuilder line = new AttributedStringBuilder().styled(BOT, botName);
        if (output.group()) {
            line.append(" in ").styled(GROUP, "#" + output.chat());
        } else if (!output.chat().equals(you)) {
            line.styled(DIM, " to " + output.chat());
        }
        switch (output.change()) {
            case UPDATED -> line.styled(MARK, " (edited)");
            case DELETED -> line.styled(MARK, " (deleted)");
            case SENT -> { }
        }
        line.append(": ");
        SimMessage message = output.message();
        AttributedStyle textStyle = output.change() == BotOutput.Change.DELETED ? DIM.crossedOut() : AttributedStyle.DEFAULT;
        line.styled(textStyle, message.text());
        if (message.file() != null) {
            line.styled(MARK, (message.text().isEmpty() ? "" : " ") + "[file " + message.file().fileName() + ", "
                    + message.file().fileSize() + " bytes: " + message.file().path() + "]");
        }
        reader.printAbove(line.toAttributedString());
    }

    @Override
    public void notice(String text) {
        reader.printAbove(new AttributedString("* " + text, DIM.foreground(AttributedStyle.GREEN)));
    }

    @Override
    public void error(String text) {
        reader.printAbove(new AttributedString("! " + text, ERROR));
    }

    @Override
    public void help(Map<String, String> words) {
        AttributedStringBuilder help = new AttributedStringBuilder()
                .append("Lines go to the bot. Console commands (anything else starting with / goes to the bot too):");
        words.forEach((word, text) -> help.append("\n  ").styled(YOU, String.format("%-26s", word)).append(" ").append(text));
        reader.printAbove(help.toAttributedString());
    }
}
