package dev.simplexbot.script;

import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/** One-line descriptions of JavaScript errors: {@code /path/bot.js:3:7: TypeError: x is not a function}. */
public final class GuestErrors {
    /** GraalJS prefixes syntax error messages with its own (0-based column) location; we print ours instead. */
    private static final Pattern SYNTAX_LOCATION_PREFIX = Pattern.compile("^SyntaxError: .*?:\\d+:\\d+ ");

    private GuestErrors() {}

    public static String oneLine(PolyglotException error, String fallbackLocation) {
        SourceSection at = locationOf(error);
        String where = at == null ? fallbackLocation : sourcePath(at) + ":" + at.getStartLine() + ":" + at.getStartColumn();
        return where + ": " + firstLine(message(error));
    }

    /** The stack as JavaScript prints it, for log lines that go with a one-line summary. */
    static String stack(PolyglotException error) {
        StringBuilder out = new StringBuilder(message(error));
        for (PolyglotException.StackFrame frame : error.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && frame.getSourceLocation() != null) {
                out.append("\n    at ").append(frame);
            }
        }
        return out.toString();
    }

    private static String message(PolyglotException error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        if (error.isSyntaxError()) {
            message = SYNTAX_LOCATION_PREFIX.matcher(message).replaceFirst("SyntaxError: ");
        }
        return message;
    }

    private static SourceSection locationOf(PolyglotException error) {
        SourceSection thrownAt = error.getSourceLocation();
        if (thrownAt != null && thrownAt.isAvailable() && !isPrelude(thrownAt)) {
            return thrownAt;
        }
        for (PolyglotException.StackFrame frame : error.getPolyglotStackTrace()) {
            SourceSection section = frame.getSourceLocation();
            if (frame.isGuestFrame() && section != null && section.isAvailable() && !isPrelude(section)) {
                return section;
            }
        }
        return null;
    }

    /**
     * The host's own sources (prelude, reach, web globals, the CommonJS loader, all named {@code simplex-bot-...}): an
     * error's place is where the script called them.
     */
    private static boolean isPrelude(SourceSection section) {
        return section.getSource().getName().startsWith("simplex-bot-");
    }

    private static String sourcePath(SourceSection section) {
        String path = section.getSource().getPath();
        return path != null ? path : section.getSource().getName();
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
