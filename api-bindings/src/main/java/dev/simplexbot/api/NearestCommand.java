package dev.simplexbot.api;

import java.util.List;
import java.util.Optional;

/**
 * The documented command a command line that is not documented most likely meant, for error messages that point
 * a script author at the {@code bot.chat} method to use. First the command whose syntax starts with the longest
 * literal text the line starts with ({@code /_send @1 text hi} → APISendMessages, whose syntax starts
 * {@code /_send }); else the command whose first word is closest to the line's (one a prefix of the other, as
 * the CLI's short forms are — {@code /fr} for {@code /freceive} — or a typo apart: one edit in a word of up to five
 * characters, two in a longer one). Immutable.
 */
public final class NearestCommand {
    private static final int SHORT_WORD = 5;
    private static final int MIN_PREFIX = 3;

    private record Candidate(CommandSpec command, String literalPrefix, String firstWord) {}

    private final List<Candidate> candidates;

    public NearestCommand(ApiSpec spec) {
        this.candidates = spec.commands().stream()
                .map(c -> new Candidate(c, literalPrefix(c.syntax()), firstWord(literalPrefix(c.syntax()))))
                .toList();
    }

    public Optional<CommandSpec> to(String line) {
        if (line == null || line.isBlank()) {
            return Optional.empty();
        }
        Candidate best = null;
        for (Candidate c : candidates) {
            if (startsWithWord(line, c.literalPrefix())
                    && (best == null || c.literalPrefix().length() > best.literalPrefix().length())) {
                best = c;
            }
        }
        if (best != null) {
            return Optional.of(best.command());
        }
        String word = firstWord(line.strip());
        int bestDistance = Integer.MAX_VALUE;
        for (Candidate c : candidates) {
            int distance = distance(word, c.firstWord());
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        int allowed = word.length() <= SHORT_WORD ? 1 : 2;
        return bestDistance <= allowed ? Optional.of(best.command()) : Optional.empty();
    }

    /** The syntax up to its first placeholder or optional part: {@code /_send } of {@code /_send <str(sendRef)>...}. */
    private static String literalPrefix(String syntax) {
        int end = syntax.length();
        for (char stop : new char[] {'<', '['}) {
            int at = syntax.indexOf(stop);
            if (at >= 0) {
                end = Math.min(end, at);
            }
        }
        return syntax.substring(0, end);
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return space < 0 ? text : text.substring(0, space);
    }

    /** {@code line} starts with {@code prefix} and does not go on with more of the same word. */
    private static boolean startsWithWord(String line, String prefix) {
        if (prefix.isEmpty() || !line.startsWith(prefix)) {
            return false;
        }
        return line.length() == prefix.length() || !isWordChar(prefix.charAt(prefix.length() - 1))
                || !isWordChar(line.charAt(prefix.length()));
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** 0 for one word a prefix of the other (at least 3 characters), else the edit distance. */
    private static int distance(String word, String documented) {
        if (word.length() >= MIN_PREFIX && documented.length() >= MIN_PREFIX
                && (documented.startsWith(word) || word.startsWith(documented))) {
            return 0;
        }
        return editDistance(word, documented);
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
