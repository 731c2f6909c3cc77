package dev.simplexbot.api;

import java.util.List;

/** AST of the docs' JavaScript expression subset that builds command strings. */
sealed interface Expr {
    record Str(String value) implements Expr {}

    record Var(String name) implements Expr {}

    /** {@code a + b + ...} */
    record Concat(List<Expr> parts) implements Expr {}

    /** {@code test ? then : otherwise} */
    record Cond(Expr test, Expr then, Expr otherwise) implements Expr {}

    record Not(Expr operand) implements Expr {}

    /** {@code left == right} */
    record Eq(Expr left, Expr right) implements Expr {}

    record TypeOf(Expr operand) implements Expr {}

    /** {@code target.join(separator)} */
    record Join(Expr target, String separator) implements Expr {}

    /** {@code JSON.stringify(operand)} */
    record Stringify(Expr operand) implements Expr {}

    /** {@code Type.cmdString(operand)}: the type's own expression with the value's fields (or {@code self}) bound. */
    record CmdString(String typeName, Expr operand) implements Expr {}
}
