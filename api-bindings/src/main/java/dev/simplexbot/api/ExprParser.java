package dev.simplexbot.api;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser of the JavaScript subset used by the docs, with JavaScript's precedence:
 * conditional &lt; equality &lt; additive &lt; unary ({@code !}, {@code typeof}) &lt; member call.
 */
final class ExprParser {
    private final String src;
    private int pos;

    private ExprParser(String src) {
        this.src = src;
    }

    static Expr parse(String js) {
        ExprParser p = new ExprParser(js);
        Expr e = p.conditional();
        p.skipSpace();
        if (p.pos != js.length()) {
            throw p.error("unexpected text");
        }
        return e;
    }

    private Expr conditional() {
        Expr test = equality();
        if (!accept("?")) {
            return test;
        }
        Expr then = conditional();
        expect(":");
        return new Expr.Cond(test, then, conditional());
    }

    private Expr equality() {
        Expr left = additive();
        if (accept("==")) {
            return new Expr.Eq(left, additive());
        }
        return left;
    }

    private Expr additive() {
        List<Expr> parts = new ArrayList<>();
        parts.add(unary());
        while (accept("+")) {
            parts.add(unary());
        }
        return parts.size() == 1 ? parts.get(0) : new Expr.Concat(List.copyOf(parts));
    }

    private Expr unary() {
        if (accept("!")) {
            return new Expr.Not(unary());
        }
        if (acceptWord("typeof")) {
            return new Expr.TypeOf(unary());
        }
        return call();
    }

    private Expr call() {
        skipSpace();
        if (peek() == '\'') {
            return new Expr.Str(stringLiteral());
        }
        if (accept("(")) {
            Expr inner = conditional();
            expect(")");
            return inner;
        }
        String name = identifier();
        if (!accept(".")) {
            return new Expr.Var(name);
        }
        String member = identifier();
        expect("(");
        Expr result;
        if (member.equals("join")) {
            skipSpace();
            result = new Expr.Join(new Expr.Var(name), stringLiteral());
        } else if (name.equals("JSON") && member.equals("stringify")) {
            result = new Expr.Stringify(conditional());
        } else if (member.equals("cmdString")) {
            result = new Expr.CmdString(name, conditional());
        } else {
            throw error("unsupported call " + name + "." + member);
        }
        expect(")");
        return result;
    }

    private String stringLiteral() {
        if (peek() != '\'') {
            throw error("string literal expected");
        }
        int end = src.indexOf('\'', pos + 1);
        if (end < 0 || src.substring(pos + 1, end).contains("\\")) {
            throw error("unsupported string literal");
        }
        String value = src.substring(pos + 1, end);
        pos = end + 1;
        return value;
    }

    private String identifier() {
        skipSpace();
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw error("identifier expected");
        }
        return src.substring(start, pos);
    }

    private boolean acceptWord(String word) {
        skipSpace();
        int end = pos + word.length();
        if (src.startsWith(word, pos) && end < src.length() && src.charAt(end) == ' ') {
            pos = end;
            return true;
        }
        return false;
    }

    private boolean accept(String token) {
        skipSpace();
        if (src.startsWith(token, pos)) {
            pos += token.length();
            return true;
        }
        return false;
    }

    private void expect(String token) {
        if (!accept(token)) {
            throw error("'" + token + "' expected");
        }
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < src.length() && src.charAt(pos) == ' ') {
            pos++;
        }
    }

    private IllegalStateException error(String message) {
        return new IllegalStateException(message + " at " + pos + " in spec expression: " + src);
    }
}
