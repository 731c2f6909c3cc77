package dev.simplexbot.api;

import java.util.HashSet;
import java.util.Set;

/**
 * A command with its JavaScript expression parsed once. {@code jsonParams} are rendered through
 * {@code JSON.stringify}; {@code alwaysRendered} are concatenated unconditionally (so even an optional one
 * must be given, or the line would contain {@code undefined}); every line of the command starts with
 * {@code leadingText} (e.g. {@code /_send }).
 */
record CompiledCommand(CommandSpec spec, Expr expr, Set<String> jsonParams, Set<String> alwaysRendered, String leadingText) {

    static CompiledCommand compile(CommandSpec spec) {
        Expr expr = ExprParser.parse(spec.js());
        Set<String> json = new HashSet<>();
        collectStringified(expr, false, json);
        Set<String> always = new HashSet<>();
        collectUnconditional(expr, always);
        return new CompiledCommand(spec, expr, Set.copyOf(json), Set.copyOf(always), leadingText(expr));
    }

    /** The literal text the expression always starts with: a string, or the first part of a concatenation. */
    private static String leadingText(Expr e) {
        if (e instanceof Expr.Str s) {
            return s.value();
        }
        if (e instanceof Expr.Concat c && !c.parts().isEmpty()) {
            return leadingText(c.parts().get(0));
        }
        return "";
    }

    private static void collectStringified(Expr e, boolean inside, Set<String> out) {
        if (e instanceof Expr.Var v && inside) {
            out.add(v.name());
        } else if (e instanceof Expr.Stringify s) {
            collectStringified(s.operand(), true, out);
        } else if (e instanceof Expr.Concat c) {
            c.parts().forEach(p -> collectStringified(p, inside, out));
        } else if (e instanceof Expr.Cond c) {
            collectStringified(c.then(), inside, out);
            collectStringified(c.otherwise(), inside, out);
        }
    }

    private static void collectUnconditional(Expr e, Set<String> out) {
        if (e instanceof Expr.Var v) {
            out.add(v.name());
        } else if (e instanceof Expr.Concat c) {
            c.parts().forEach(p -> collectUnconditional(p, out));
        } else if (e instanceof Expr.Stringify s) {
            collectUnconditional(s.operand(), out);
        } else if (e instanceof Expr.CmdString c) {
            collectUnconditional(c.operand(), out);
        } else if (e instanceof Expr.Join j) {
            collectUnconditional(j.target(), out);
        }
    }
}
