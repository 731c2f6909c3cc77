package dev.simplexbot.api;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The spec's JavaScript expressions (of commands and of the types with a syntax), each parsed once. Immutable. */
final class CompiledSpec {
    private final ApiSpec spec;
    private final List<CompiledCommand> commands = new ArrayList<>();
    private final Map<String, CompiledCommand> byKey = new HashMap<>();
    private final Map<String, Expr> typeExpressions = new HashMap<>();
    private final ExprEvaluator evaluator;

    CompiledSpec(ApiSpec spec) {
        this.spec = spec;
        for (TypeSpec t : spec.types()) {
            t.syntax().ifPresent(s -> typeExpressions.put(t.name(), ExprParser.parse(s.js())));
        }
        for (CommandSpec c : spec.commands()) {
            CompiledCommand compiled = CompiledCommand.compile(c);
            commands.add(compiled);
            byKey.put(c.method(), compiled);
            byKey.put(c.name(), compiled);
        }
        this.evaluator = new ExprEvaluator(spec, Map.copyOf(typeExpressions));
    }

    ApiSpec spec() {
        return spec;
    }

    List<CompiledCommand> commands() {
        return commands;
    }

    Optional<CompiledCommand> command(String methodOrName) {
        return Optional.ofNullable(methodOrName == null ? null : byKey.get(methodOrName));
    }

    Optional<Expr> typeExpression(String typeName) {
        return Optional.ofNullable(typeExpressions.get(typeName));
    }

    ExprEvaluator evaluator() {
        return evaluator;
    }
}
