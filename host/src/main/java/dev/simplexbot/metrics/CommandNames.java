package dev.simplexbot.metrics;

import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.CommandParser;
import dev.simplexbot.api.CommandSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The docs name of a command line ({@code APISendMessages} for {@code /_send @5 json ...}), for metric labels: a
 * bounded set (the spec's names, or {@code other}) that costs a few string operations per command. Each command's key
 * is the literal words its syntax starts with (plus a {@code #}/{@code @} that follows them); a line takes the command
 * of the longest key it starts with. Where two commands share a key ({@code /_connect}), the spec's parser decides.
 */
public final class CommandNames {
    static final String OTHER = "other";

    private final Map<String, List<String>> byKey = new HashMap<>();
    private final ApiSpec spec;
    private volatile CommandParser parser;

    public CommandNames(ApiSpec spec) {
        this.spec = spec;
        for (CommandSpec command : spec.commands()) {
            byKey.computeIfAbsent(String.join(" ", syntaxKey(command.syntax())), key -> new ArrayList<>()).add(command.name());
        }
    }

    public String of(String line) {
        List<String> words = lineKey(line);
        for (int n = words.size(); n > 0; n--) {
            List<String> names = byKey.get(String.join(" ", words.subList(0, n)));
            if (names != null) {
                return names.size() == 1 ? names.get(0) : parsed(line, names.get(0));
            }
        }
        return OTHER;
    }

    private String parsed(String line, String fallback) {
        CommandParser reader = parser;
        if (reader == null) {
            reader = new CommandParser(spec); // only for the few commands that share their first words
            parser = reader;
        }
        try {
            return reader.parse(line).command().name();
        } catch (RuntimeException notDocumented) {
            return fallback;
        }
    }

    /** The literal words a syntax starts with, and the sigil ({@code #}, {@code @}) of a parameter right after them. */
    private static List<String> syntaxKey(String syntax) {
        List<String> key = new ArrayList<>();
        for (String token : syntax.split(" ")) {
            int special = indexOfAny(token, "<[|");
            if (special < 0) {
                key.add(token);
                continue;
            }
            String literal = token.substring(0, special);
            if (literal.equals("#") || literal.equals("@")) {
                key.add(literal);
            } else if (!literal.isEmpty() && key.isEmpty()) {
                key.add(literal);
            }
            break;
        }
        return key;
    }

    /** The words of a command line the same way: lower-case words, then the sigil of the first argument. */
    private static List<String> lineKey(String line) {
        List<String> key = new ArrayList<>();
        int start = 0;
        while (start < line.length() && key.size() < 6) {
            int end = line.indexOf(' ', start);
            String token = line.substring(start, end < 0 ? line.length() : end);
            if (isWord(token, key.isEmpty())) {
                key.add(token);
            } else {
                if (!token.isEmpty() && (token.charAt(0) == '#' || token.charAt(0) == '@')) {
                    key.add(token.substring(0, 1));
                }
                break;
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return key;
    }

    private static boolean isWord(String token, boolean first) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || c == '_' || (first && i == 0 && c == '/');
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int indexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
