package dev.simplexbot.dev;

import dev.simplexbot.sim.BotOutput;
import java.util.Map;

/** Where the dev console shows things: a terminal with colours, or plain lines when piped. */
public interface ConsoleOutput {
    /**
     * A message the bot sent, edited or deleted.
     *
     * @param botName the bot's display name
     * @param you the person the console is acting as, to tell messages to you from messages to others
     */
    void bot(String botName, BotOutput output, String you);

    /** Something the console did or noticed (connected, switched person, reloaded a script). */
    void notice(String text);

    /** Something the console could not do, and what to do instead. */
    void error(String text);

    /** The console's commands with one line of help each. */
    void help(Map<String, String> words);
}
