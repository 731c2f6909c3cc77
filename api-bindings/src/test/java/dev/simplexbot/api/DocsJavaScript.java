package dev.simplexbot.api;

import java.util.LinkedHashSet;
import java.util.Set;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;

/**
 * The docs' own JavaScript expressions, evaluated by GraalJS: the reference the renderer must agree with.
 * Each type with a syntax becomes {@code T.cmdString}, each command a function of its parameters object.
 */
final class DocsJavaScript implements AutoCloseable {
    private final Context context;

    DocsJavaScript(ApiSpec spec) {
        context = Context.newBuilder("js")
                .engine(Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build())
                .build();
        StringBuilder js = new StringBuilder();
        for (TypeSpec t : spec.types()) {
            t.syntax().ifPresent(s -> js.append("var ").append(t.name()).append(" = { cmdString: ")
                    .append(t instanceof TypeSpec.EnumType ? "(self) => (" + s.js() + ")"
                            : "(v) => { const {" + String.join(", ", fieldNames(t)) + "} = v; return (" + s.js() + "); }")
                    .append(" };\n"));
        }
        js.append("var commands = {};\n");
        for (CommandSpec c : spec.commands()) {
            js.append("commands.").append(c.method()).append(" = (p) => { const {")
                    .append(String.join(", ", c.params().stream().map(ParamSpec::name).toList()))
                    .append("} = p || {}; return (").append(c.js()).append("); };\n");
        }
        context.eval("js", js.toString());
    }

    private static Set<String> fieldNames(TypeSpec t) {
        Set<String> names = new LinkedHashSet<>();
        if (t instanceof TypeSpec.RecordType r) {
            r.fields().forEach(f -> names.add(f.name()));
        } else if (t instanceof TypeSpec.UnionType u) {
            names.add("type");
            u.variants().forEach(v -> v.fields().forEach(f -> names.add(f.name())));
        }
        return names;
    }

    /** Runs the command's docs expression on {@code JSON.parse(paramsJson)}; returns [command string, JSON.stringify(params)]. */
    String[] evaluate(String method, String paramsJson) {
        Value fn = context.eval("js", "(m, text) => { const p = JSON.parse(text); return [commands[m](p), JSON.stringify(p)]; }");
        Value result = fn.execute(method, paramsJson);
        return new String[] {result.getArrayElement(0).asString(), result.getArrayElement(1).asString()};
    }

    @Override
    public void close() {
        context.close();
    }
}
