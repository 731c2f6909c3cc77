package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Maps the spec JSON (written by tools/import_docs.py) onto the model records. */
final class SpecReader {
    private SpecReader() {}

    static ApiSpec read(InputStream in) throws IOException {
        JsonNode root = new ObjectMapper().readTree(in);
        return new ApiSpec(
                list(root.get("commands"), SpecReader::command),
                list(root.get("events"), SpecReader::event),
                list(root.get("types"), SpecReader::type));
    }

    private static CommandSpec command(JsonNode n) {
        return new CommandSpec(
                text(n, "name"),
                text(n, "method"),
                text(n, "group"),
                text(n, "description"),
                list(n.get("params"), p -> new ParamSpec(text(p, "name"), typeExpr(p.get("type")), p.get("optional").asBoolean())),
                text(n, "network"),
                text(n, "syntax"),
                text(n, "js"),
                list(n.get("responses"), r -> new ResponseSpec(text(r, "name"), text(r, "type"), text(r, "description"), fields(r))),
                list(n.get("errors"), e -> new ErrorSpec(text(e, "name"), text(e, "description"))));
    }

    private static EventSpec event(JsonNode n) {
        return new EventSpec(text(n, "name"), text(n, "type"), text(n, "description"), text(n, "group"), fields(n));
    }

    private static TypeSpec type(JsonNode n) {
        String name = text(n, "name");
        String description = text(n, "description");
        Optional<TypeSpec.TypeSyntax> syntax = n.has("js")
                ? Optional.of(new TypeSpec.TypeSyntax(text(n, "syntax"), text(n, "js")))
                : Optional.empty();
        return switch (text(n, "kind")) {
            case "record" -> new TypeSpec.RecordType(name, description, fields(n), syntax);
            case "union" -> new TypeSpec.UnionType(name, description,
                    list(n.get("variants"), v -> new TypeSpec.Variant(text(v, "name"), text(v, "tag"), fields(v))), syntax);
            case "enum" -> new TypeSpec.EnumType(name, description, list(n.get("values"), JsonNode::asText), syntax);
            default -> throw new IllegalStateException("unknown type kind in spec: " + n.get("kind"));
        };
    }

    private static List<FieldSpec> fields(JsonNode n) {
        return list(n.get("fields"), f -> new FieldSpec(text(f, "name"), typeExpr(f.get("type")), f.get("optional").asBoolean()));
    }

    static TypeExpr typeExpr(JsonNode n) {
        return switch (text(n, "kind")) {
            case "ref" -> new TypeExpr.Ref(text(n, "name"));
            case "array" -> new TypeExpr.ArrayOf(typeExpr(n.get("of")));
            case "map" -> new TypeExpr.MapOf(typeExpr(n.get("of")));
            default -> new TypeExpr.Primitive(text(n, "kind"));
        };
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalStateException("spec entry lacks text field '" + field + "': " + n);
        }
        return v.asText();
    }

    private static <T> List<T> list(JsonNode array, Function<JsonNode, T> item) {
        List<T> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(item.apply(n)));
        }
        return List.copyOf(out);
    }
}
