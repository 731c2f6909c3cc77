package dev.simplexbot.dev;

import java.util.List;

/** One line typed into the dev console, read by {@link ConsoleInputParser}. */
public sealed interface ConsoleInput {
    /** Text for the bot, in the current chat ({@code group == null}) or in the named group. */
    record Say(String text, String group) implements ConsoleInput {}

    /** {@code /help}: the console's help; the line is also sent to the bot, whose own help people expect. */
    record Help() implements ConsoleInput {}

    record SwitchPerson(String name) implements ConsoleInput {}

    record CreateGroup(String name, List<String> members) implements ConsoleInput {}

    /** {@code /to #group} or {@code /to @bot}: where plain lines go; {@code group == null} means direct. */
    record Target(String group) implements ConsoleInput {}

    record SendFile(String path, String caption) implements ConsoleInput {}

    /** React to the bot's {@code nthLast} message (1 = its last one) in the current chat. */
    record React(String emoji, int nthLast) implements ConsoleInput {}

    /** Edit your last message in the current chat. */
    record Edit(String text) implements ConsoleInput {}

    /** Delete your last message in the current chat. */
    record Delete() implements ConsoleInput {}

    record People() implements ConsoleInput {}

    /** {@code /sim [action args]}: a simulator action (what people do, network, errors); alone, the list of them. */
    record Simulate(String line) implements ConsoleInput {}
    /** {@code /http POST /hook -H name:value body}: a request to a bot's webhook on the host's HTTP server. */
    record Http(String method, String path, List<Header> headers, String body) implements ConsoleInput {
        public record Header(String name, String value) {}
    }

    record Quit() implements ConsoleInput {}

    /** A console word used wrongly: what to type instead. */
    record Usage(String message) implements ConsoleInput {}

    /** An empty line: nothing to do. */
    record Nothing() implements ConsoleInput {}
}
