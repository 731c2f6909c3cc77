package dev.simplexbot.api.codegen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.CommandRenderer;
import dev.simplexbot.api.CommandSpec;
import dev.simplexbot.api.CommandValidationException;
import dev.simplexbot.api.FieldSpec;
import dev.simplexbot.api.ParamSpec;
import dev.simplexbot.api.TypeExpr;
import dev.simplexbot.api.TypeSpec;
import java.util.List;

/** Plausible example parameters for the docs, derived from the types: required parts only, first variants. */
final class ExampleValues {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private final ApiSpec spec;

    ExampleValues(ApiSpec spec) {
        this.spec = spec;
    }

    /** Required parameters, plus optional ones the renderer insists on (APIConnectPlan.connectionLink). */
    ObjectNode params(CommandSpec command, CommandRenderer renderer) {
        ObjectNode p = F.objectNode();
        for (ParamSpec param : command.params()) {
            if (!param.optional()) {
                p.set(param.name(), value(param.name(), param.type(), 0));
            }
        }
        for (int attempt = 0; attempt <= command.params().size(); attempt++) {
            try {
                renderer.render(command.method(), p);
                return p;
            } catch (CommandValidationException e) {
                ParamSpec missing = command.param(e.parameter()).orElseThrow(() -> e);
                p.set(missing.name(), value(missing.name(), missing.type(), 0));
            }
        }
        throw new IllegalStateException("no example parameters for " + command.method());
    }

    private JsonNode value(String name, TypeExpr type, int depth) {
        if (type instanceof TypeExpr.Primitive prim) {
            return switch (prim.kind()) {
                case "int64", "int", "word32" -> F.numberNode(1);
                case "double" -> F.numberNode(1.5);
                case "bool" -> F.booleanNode(false);
                case "JSONObject" -> F.objectNode();
                case "UTCTime" -> F.textNode("2025-01-01T00:00:00Z");
                default -> F.textNode(name.toLowerCase().contains("link") ? "https://simplex.chat/contact#/?v=2&smp=..." : "text");
            };
        }
        if (type instanceof TypeExpr.ArrayOf a) {
            return depth > 3 ? F.arrayNode() : F.arrayNode().add(value(name, a.of(), depth + 1));
        }
        if (type instanceof TypeExpr.MapOf) {
            return F.objectNode();
        }
        TypeSpec t = spec.type(((TypeExpr.Ref) type).name()).orElseThrow();
        if (t instanceof TypeSpec.EnumType e) {
            return F.textNode(e.values().contains("member") ? "member" : e.values().get(0));
        }
        if (t instanceof TypeSpec.UnionType u) {
            TypeSpec.Variant v = u.variants().get(0);
            ObjectNode o = F.objectNode().put("type", v.tag());
            o.setAll(fields(v.fields(), depth));
            return o;
        }
        return fields(((TypeSpec.RecordType) t).fields(), depth);
    }

    private ObjectNode fields(List<FieldSpec> fields, int depth) {
        ObjectNode o = F.objectNode();
        for (FieldSpec f : fields) {
            if (!f.optional() && depth < 6) {
                o.set(f.name(), value(f.name(), f.type(), depth + 1));
            }
        }
        return o;
    }
}
