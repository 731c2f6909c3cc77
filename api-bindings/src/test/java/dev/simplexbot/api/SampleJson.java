package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Builds sample JSON values from the spec's type definitions; {@code variant} picks union variants and values. */
final class SampleJson {
    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> TEXTS = List.of("text", "ünïcødé \"quoted\" \\ 😀", "line\nbreak\ttab");

    private final ApiSpec spec;

    SampleJson(ApiSpec spec) {
        this.spec = spec;
    }

    JsonNode of(TypeExpr type, int variant) {
        return of(type, variant, 0);
    }

    ObjectNode fields(List<FieldSpec> fields, int variant, int depth) {
        ObjectNode o = F.objectNode();
        for (FieldSpec f : fields) {
            if (!f.optional() || (variant % 2 == 0 && depth < 3)) {
                o.set(f.name(), of(f.type(), variant, depth + 1));
            }
        }
        return o;
    }

    private JsonNode of(TypeExpr type, int variant, int depth) {
        if (depth > 20) {
            throw new IllegalStateException("spec has a required cycle through " + type);
        }
        if (type instanceof TypeExpr.Primitive p) {
            return switch (p.kind()) {
                case "int64", "int", "word32" -> F.numberNode(5 + variant);
                case "double" -> F.numberNode(2.5 + variant);
                case "bool" -> F.booleanNode(variant % 2 == 0);
                case "UTCTime" -> F.textNode("2024-05-01T12:00:00Z");
                case "JSONObject" -> F.objectNode().put("key", "value").put("n", 1);
                default -> F.textNode(TEXTS.get(variant % TEXTS.size()));
            };
        }
        if (type instanceof TypeExpr.ArrayOf a) {
            ArrayNode array = F.arrayNode();
            if (depth < 4) {
                array.add(of(a.of(), variant, depth + 1));
            }
            return array;
        }
        if (type instanceof TypeExpr.MapOf m) {
            ObjectNode o = F.objectNode();
            if (depth < 4) {
                o.set("key", of(m.of(), variant, depth + 1));
            }
            return o;
        }
        TypeSpec t = spec.type(((TypeExpr.Ref) type).name()).orElseThrow();
        if (t instanceof TypeSpec.EnumType e) {
            return F.textNode(e.values().get(variant % e.values().size()));
        }
        if (t instanceof TypeSpec.UnionType u) {
            TypeSpec.Variant v = u.variants().get(variant % u.variants().size());
            ObjectNode o = F.objectNode().put("type", v.tag());
            o.setAll(fields(v.fields(), variant, depth));
            return o;
        }
        return fields(((TypeSpec.RecordType) t).fields(), variant, depth);
    }
}
