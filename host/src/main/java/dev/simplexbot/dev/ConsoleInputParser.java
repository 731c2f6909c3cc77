package dev.simplexbot.dev;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Reads console lines. The rule: a line goes to the bot unless it starts with one of the console's own words
 * ({@link #WORDS}). Any other {@code /command} goes to the bot; {@code //word} sends {@code /word} to the bot,
 * for bots whose commands collide with console words. {@code #group text} writes to a group.
 */
public final class ConsoleInputParser {
    /** The console's words and their one-line help, in the order {@code /help} lists them. */
    public static final Map<String, String> WORDS = orderedWords(
            "/help", "this help (the line is sent to the bot too)",
            "/as <name>", "become another person (connects them to the bot if new)",
            "/group <name> <person...>", "make a group with you, those people and the bot",
            "/to #<group> | /to @bot", "write to a group from now on, or back to the bot directly",
            "#<group> <text>", "send one message to a group",
            "/file <path> [text]", "send a file with an optional caption",
            "/react <emoji> [n]", "react to the bot's last message (or its n-th last)",
            "/edit <text>", "edit your last message",
            "/delete", "delete your last message",
            "/people", "who is here, and which groups exist",
            "/sim [action ...]", "make something happen: what people do, the network, errors (/sim lists them)",
            "/http <METHOD> <path> [-H name:value]... [body]", "call the bot's webhook, e.g. /http POST /hook {\"a\":1} (needs --http)",
            "/quit", "leave (Ctrl-D and Ctrl-C too)",
            "//<text>", "send /<text> to the bot, e.g. //group when the bot has a /group command");

    public ConsoleInput parse(String line) {
        String text = line.strip();
        if (text.isEmpty()) {
            return new ConsoleInput.Nothing();
        }
        if (text.startsWith("//")) {
            return new ConsoleInput.Say(text.substring(1), null);
        }
        if (text.startsWith("#")) {
            return groupMessage(text);
        }
        if (!text.startsWith("/")) {
            return new ConsoleInput.Say(text, null);
        }
        String[] parts = text.split("\\s+", 2);
        String rest = parts.length > 1 ? parts[1] : "";
        return switch (parts[0]) {
            case "/help" -> new ConsoleInput.Help();
            case "/as" -> switchPerson(rest);
            case "/group" -> group(rest);
            case "/to" -> target(rest);
            case "/file" -> file(rest);
            case "/react" -> react(rest);
            case "/edit" -> rest.isEmpty() ? usage("/edit <text>: the new text of your last message") : new ConsoleInput.Edit(rest);
            case "/delete" -> rest.isEmpty() ? new ConsoleInput.Delete() : usage("/delete takes no arguments: it deletes your last message");
            case "/people" -> new ConsoleInput.People();
            case "/sim" -> new ConsoleInput.Simulate(rest);
            case "/http" -> http(rest);
            case "/quit", "/exit" -> new ConsoleInput.Quit();
            default -> new ConsoleInput.Say(text, null);
        };
    }

    private static ConsoleInput groupMessage(String text) {
        String[] parts = text.substring(1).split("\\s+", 2);
        if (parts[0].isEmpty() || parts.length < 2) {
            return usage("#<group> <text>: e.g. #team hello");
        }
        return new ConsoleInput.Say(parts[1], parts[0]);
    }

    private static ConsoleInput switchPerson(String rest) {
        if (rest.isEmpty() || rest.contains(" ")) {
            return usage("/as <name>: e.g. /as bob");
        }
        return new ConsoleInput.SwitchPerson(rest);
    }

    private static ConsoleInput group(String rest) {
        List<String> words = rest.isEmpty() ? List.of() : Arrays.asList(rest.split("\\s+"));
        if (words.isEmpty()) {
            return usage("/group <name> <person...>: e.g. /group team alice bob");
        }
        String name = words.get(0).startsWith("#") ? words.get(0).substring(1) : words.get(0);
        if (name.isEmpty()) {
            return usage("/group <name> <person...>: e.g. /group team alice bob");
        }
        return new ConsoleInput.CreateGroup(name, words.subList(1, words.size()));
    }

    private static ConsoleInput target(String rest) {
        if (rest.equals("@bot") || rest.equals("bot") || rest.equals("@")) {
            return new ConsoleInput.Target(null);
        }
        String group = rest.startsWith("#") ? rest.substring(1) : rest;
        if (group.isEmpty() || group.contains(" ")) {
            return usage("/to #<group> or /to @bot: e.g. /to #team");
        }
        return new ConsoleInput.Target(group);
    }

    private static ConsoleInput file(String rest) {
        if (rest.isEmpty()) {
            return usage("/file <path> [text]: e.g. /file notes.txt here you go");
        }
        String[] parts = rest.split("\\s+", 2);
        return new ConsoleInput.SendFile(parts[0], parts.length > 1 ? parts[1] : "");
    }

    private static ConsoleInput react(String rest) {
        String[] parts = rest.isEmpty() ? new String[0] : rest.split("\\s+");
        if (parts.length == 0 || parts.length > 2) {
            return usage("/react <emoji> [n]: e.g. /react 👍, or /react 👍 2 for the bot's message before its last");
        }
        int nth = 1;
        if (parts.length == 2) {
            try {
                nth = Integer.parseInt(parts[1]);
            } catch (NumberFormatException e) {
                nth = 0;
            }
            if (nth < 1) {
                return usage("/react <emoji> [n]: n counts the bot's messages back from its last (1), got " + parts[1]);
            }
        }
        return new ConsoleInput.React(parts[0], nth);
    }

    private static ConsoleInput http(String rest) {
        String[] parts = rest.isEmpty() ? new String[0] : rest.split("\\s+", 3);
        if (parts.length < 2 || !parts[0].matches("[A-Za-z]+") || !parts[1].startsWith("/")) {
            return usage("/http <METHOD> <path> [-H name:value]... [body]: e.g. /http POST /hook {\"text\":\"hi\"}");
        }
        List<ConsoleInput.Http.Header> headers = new java.util.ArrayList<>();
        String body = parts.length > 2 ? parts[2] : "";
        while (body.startsWith("-H ")) {
            String[] header = body.substring(3).strip().split("\\s+", 2);
            int colon = header[0].indexOf(':');
            if (colon <= 0) {
                return usage("/http: a header is -H name:value, e.g. -H X-Token:abc");
            }
            headers.add(new ConsoleInput.Http.Header(header[0].substring(0, colon), header[0].substring(colon + 1)));
            body = header.length > 1 ? header[1] : "";
        }
        return new ConsoleInput.Http(parts[0].toUpperCase(java.util.Locale.ROOT), parts[1], headers, body);
    }

    private static ConsoleInput usage(String message) {
        return new ConsoleInput.Usage(message);
    }

    private static Map<String, String> orderedWords(String... pairs) {
        java.util.LinkedHashMap<String, String> words = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            words.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(words);
    }
}
