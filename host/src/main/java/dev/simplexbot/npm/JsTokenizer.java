package dev.simplexbot.npm;

import dev.simplexbot.npm.JsToken.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Splits JavaScript source into names, strings, numbers and punctuators, skipping comments, so that the
 * module-syntax and CommonJS-exports scanners never mistake text inside a string, comment, template or regular
 * expression for code. It does not parse: whether a {@code /} starts a regular expression is decided from the
 * token before it, as es-module-lexer and cjs-module-lexer do (after {@code )} it is a division unless the
 * parentheses belonged to {@code if}, {@code while}, {@code for} or {@code with}; after {@code }} it is a division
 * only when the braces were an object literal).
 */
final class JsTokenizer {
    private static final Set<String> KEYWORDS_BEFORE_EXPRESSION = Set.of("return", "typeof", "instanceof", "in", "of",
            "new", "delete", "void", "throw", "case", "do", "else", "yield", "await", "extends");
    private static final Set<String> KEYWORDS_BEFORE_CONDITION = Set.of("if", "while", "for", "with");
    private static final Set<String> KEYWORDS_BEFORE_BLOCK = Set.of("else", "do", "try", "finally");
    private static final String[] PUNCTUATORS = {">>>=", "...", "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=",
            "||=", "??=", "=>", "==", "!=", "<=", ">=", "&&", "||", "??", "?.", "++", "--", "+=", "-=", "*=", "/=",
            "%=", "&=", "|=", "^=", "**", "<<", ">>"};

    private enum Brace { BLOCK, EXPRESSION, TEMPLATE }

    private final String source;
    private final List<JsToken> tokens = new ArrayList<>();
    private final Deque<Brace> braces = new ArrayDeque<>();
    private final Deque<Boolean> conditionParens = new ArrayDeque<>();
    private int pos;
    private boolean regexAllowed = true;

    private JsTokenizer(String source) {
        this.source = source;
    }

    static List<JsToken> tokenize(String source) {
        JsTokenizer tokenizer = new JsTokenizer(source);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        if (source.startsWith("#!")) {
            skipLine();
        }
        while (pos < source.length()) {
            char c = source.charAt(pos);
            char next = pos + 1 < source.length() ? source.charAt(pos + 1) : '\0';
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\ufeff' || isLineTerminator(c)) {
                pos++;
            } else if (c == '/' && next == '/') {
                skipLine();
            } else if (c == '/' && next == '*') {
                int end = source.indexOf("*/", pos + 2);
                pos = end < 0 ? source.length() : end + 2;
            } else if (c == '/' && regexAllowed) {
                readRegex();
            } else if (c == '\'' || c == '"') {
                readString(c);
            } else if (c == '`') {
                pos++;
                readTemplate(pos - 1);
            } else if (isDigit(c) || (c == '.' && isDigit(next))) {
                readNumber();
            } else if (isNameStart(c) || c == '\\' || c == '#') {
                readName();
            } else {
                readPunctuator();
            }
        }
    }

    private void skipLine() {
        while (pos < source.length() && !isLineTerminator(source.charAt(pos))) {
            pos++;
        }
    }

    private void add(Kind kind, String text, int start, boolean regexMayFollow) {
        tokens.add(new JsToken(kind, text, start));
        regexAllowed = regexMayFollow;
    }

    private JsToken previous() {
        return tokens.isEmpty() ? null : tokens.get(tokens.size() - 1);
    }

    private void readName() {
        int start = pos;
        pos++;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '\\' && pos + 1 < source.length() && source.charAt(pos + 1) == 'u') {
                pos += 2;
            } else if (isNamePart(c)) {
                pos++;
            } else {
                break;
            }
        }
        String name = source.substring(start, pos);
        JsToken before = previous();
        boolean isProperty = before != null && before.isMemberAccess();
        add(Kind.NAME, name, start, !isProperty && KEYWORDS_BEFORE_EXPRESSION.contains(name));
    }

    private void readNumber() {
        int start = pos;
        boolean hex = source.startsWith("0x", pos) || source.startsWith("0X", pos);
        pos++;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            char before = source.charAt(pos - 1);
            if (isNamePart(c) || c == '.' || ((c == '+' || c == '-') && !hex && (before == 'e' || before == 'E'))) {
                pos++;
            } else {
                break;
            }
        }
        add(Kind.NUMBER, source.substring(start, pos), start, false);
    }

    private void readString(char quote) {
        int start = pos;
        StringBuilder value = new StringBuilder();
        pos++;
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == quote) {
                pos++;
                break;
            }
            if (isLineTerminator(c)) {
                break; // unterminated: the rest of the line is not a string
            }
            if (c == '\\') {
                pos = readEscape(value);
            } else {
                value.append(c);
                pos++;
            }
        }
        add(Kind.STRING, value.toString(), start, false);
    }

    /** Decodes the escape sequence at {@code pos} (a backslash) into {@code value}; returns the offset after it. */
    private int readEscape(StringBuilder value) {
        int at = pos + 1;
        if (at >= source.length()) {
            return at;
        }
        char c = source.charAt(at);
        switch (c) {
            case 'n' -> value.append('\n');
            case 't' -> value.append('\t');
            case 'r' -> value.append('\r');
            case 'b' -> value.append('\b');
            case 'f' -> value.append('\f');
            case 'v' -> value.append('\u000b');
            case '0' -> value.append('\0');
            case '\r' -> {
                return source.startsWith("\n", at + 1) ? at + 2 : at + 1;
            }
            case '\n', '\u2028', '\u2029' -> {
                return at + 1;
            }
            case 'x' -> {
                return appendCodePoint(value, at + 1, at + 3);
            }
            case 'u' -> {
                if (source.startsWith("{", at + 1)) {
                    int close = source.indexOf('}', at + 2);
                    return close < 0 ? at + 1 : appendCodePoint(value, at + 2, close) + 1;
                }
                return appendCodePoint(value, at + 1, at + 5);
            }
            default -> value.append(c);
        }
        return at + 1;
    }

    private int appendCodePoint(StringBuilder value, int from, int to) {
        if (to > source.length()) {
            return from;
        }
        try {
            value.appendCodePoint(Integer.parseInt(source.substring(from, to), 16));
        } catch (IllegalArgumentException notHex) {
            return from;
        }
        return to;
    }

    /** Reads template characters from {@code pos} up to the closing backtick or a {@code ${}. */
    private void readTemplate(int start) {
        while (pos < source.length()) {
            char c = source.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '`') {
                pos++;
                add(Kind.TEMPLATE, source.substring(start, pos), start, false);
                return;
            } else if (c == '$' && pos + 1 < source.length() && source.charAt(pos + 1) == '{') {
                pos += 2;
                braces.push(Brace.TEMPLATE);
                add(Kind.TEMPLATE, source.substring(start, pos), start, true);
                return;
            } else {
                pos++;
            }
        }
        add(Kind.TEMPLATE, source.substring(start), start, false);
    }

    private void readRegex() {
        int start = pos;
        int at = pos + 1;
        boolean inClass = false;
        while (at < source.length()) {
            char c = source.charAt(at);
            if (isLineTerminator(c)) {
                // Not a regular expression after all: read the slash as a division.
                readPunctuator();
                return;
            }
            if (c == '\\') {
                at += 2;
                continue;
            }
            if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                break;
            }
            at++;
        }
        at++;
        while (at < source.length() && isNamePart(source.charAt(at))) {
            at++;
        }
        pos = Math.min(at, source.length());
        add(Kind.REGEX, source.substring(start, pos), start, false);
    }

    private void readPunctuator() {
        int start = pos;
        String punctuator = String.valueOf(source.charAt(pos));
        for (String candidate : PUNCTUATORS) {
            if (source.startsWith(candidate, pos)) {
                // "?.5" is a conditional followed by a number, not optional chaining
                if (!(candidate.equals("?.") && pos + 2 < source.length() && isDigit(source.charAt(pos + 2)))) {
                    punctuator = candidate;
                    break;
                }
            }
        }
        pos += punctuator.length();
        switch (punctuator) {
            case "{" -> {
                braces.push(braceOpenedAfter(previous()));
                add(Kind.PUNCTUATOR, punctuator, start, true);
            }
            case "}" -> {
                Brace closed = braces.isEmpty() ? Brace.BLOCK : braces.pop();
                if (closed == Brace.TEMPLATE) {
                    readTemplate(start);
                } else {
                    add(Kind.PUNCTUATOR, punctuator, start, closed == Brace.BLOCK);
                }
            }
            case "(" -> {
                JsToken before = previous();
                conditionParens.push(before != null && before.kind() == Kind.NAME
                        && KEYWORDS_BEFORE_CONDITION.contains(before.text()));
                add(Kind.PUNCTUATOR, punctuator, start, true);
            }
            case ")" -> add(Kind.PUNCTUATOR, punctuator, start, !conditionParens.isEmpty() && conditionParens.pop());
            case "]", "++", "--" -> add(Kind.PUNCTUATOR, punctuator, start, false);
            default -> add(Kind.PUNCTUATOR, punctuator, start, true);
        }
    }

    private Brace braceOpenedAfter(JsToken before) {
        if (before == null) {
            return Brace.BLOCK;
        }
        return switch (before.kind()) {
            case PUNCTUATOR -> switch (before.text()) {
                case ")", "=>", ";", "{", "}" -> Brace.BLOCK;
                case ":" -> braces.peek() == Brace.EXPRESSION ? Brace.EXPRESSION : Brace.BLOCK;
                default -> Brace.EXPRESSION;
            };
            case NAME -> KEYWORDS_BEFORE_EXPRESSION.contains(before.text())
                    && !KEYWORDS_BEFORE_BLOCK.contains(before.text()) ? Brace.EXPRESSION : Brace.BLOCK;
            default -> Brace.BLOCK;
        };
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNameStart(char c) {
        return Character.isLetter(c) || c == '$' || c == '_' || (c > 127 && Character.isUnicodeIdentifierStart(c));
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '$' || c == '_' || c == '\u200c' || c == '\u200d'
                || (c > 127 && Character.isUnicodeIdentifierPart(c));
    }
}
