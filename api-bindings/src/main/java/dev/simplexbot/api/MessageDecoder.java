package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code type} tag of a response or event object and checks the object against its documented shape.
 * Unknown fields are tolerated (newer CLIs add fields); missing required fields and wrong JSON kinds are reported.
 */
public final class MessageDecoder {
    private final ApiSpec spec;
    private final Map<String, EventSpec> events = new HashMap<>();
    private final Map<String, ResponseSpec> responses = new HashMap<>();

    /** The documented shape a message was recognised as, and what did not match it (empty when it conforms). */
    public record Decoded(String type, Optional<EventSpec> event, Optional<ResponseSpec> response, List<String> problems) {
        public boolean known() {
            return event.isPresent() || response.isPresent();
        }
    }

    public MessageDecoder(ApiSpec spec) {
        this.spec = spec;
        spec.events().forEach(e -> events.put(e.type(), e));
        spec.commands().forEach(c -> c.responses().forEach(r -> responses.putIfAbsent(r.type(), r)));
    }

    public Decoded decode(JsonNode message) {
        JsonNode tag = message == null ? null : message.get("type");
        if (tag == null || !tag.isTextual()) {
            return new Decoded(null, Optional.empty(), Optional.empty(), List.of("no string field 'type'"));
        }
        String type = tag.textValue();
        Optional<EventSpec> event = Optional.ofNullable(events.get(type));
        Optional<ResponseSpec> response = Optional.ofNullable(responses.get(type));
        List<String> problems = new ArrayList<>();
        event.map(EventSpec::fields).or(() -> response.map(ResponseSpec::fields))
                .ifPresentOrElse(fields -> checkFields(type, fields, message, problems),
                        () -> problems.add("undocumented type '" + type + "'"));
        return new Decoded(type, event, response, List.copyOf(problems));
    }

    private void checkFields(String path, List<FieldSpec> fields, JsonNode object, List<String> problems) {
        for (FieldSpec f : fields) {
            JsonNode v = object.get(f.name());
            if (v == null || v.isNull()) {
                if (!f.optional()) {
                    problems.add(path + "." + f.name() + " is missing");
                }
            } else {
                check(path + "." + f.name(), f.type(), v, problems);
            }
        }
    }

    private void check(String path, TypeExpr type, JsonNode v, List<String> problems) {
        if (type instanceof TypeExpr.Primitive p) {
            boolean ok = switch (p.kind()) {
                case "int64", "int", "word32" -> v.isIntegralNumber() || (v.isNumber() && v.doubleValue() == Math.rint(v.doubleValue()));
                case "double" -> v.isNumber();
                case "bool" -> v.isBoolean();
                case "JSONObject" -> v.isObject();
                default -> v.isTextual();
            };
            if (!ok) {
                problems.add(path + " should be " + p.kind() + ", is " + v.getNodeType());
            }
        } else if (type instanceof TypeExpr.ArrayOf a) {
            if (!v.isArray()) {
                problems.add(path + " should be an array");
            } else {
                for (int i = 0; i < v.size(); i++) {
                    check(path + "[" + i + "]", a.of(), v.get(i), problems);
                }
            }
        } else if (type instanceof TypeExpr.MapOf m) {
            if (!v.isObject()) {
                problems.add(path + " should be an object");
            } else {
                v.fields().forEachRemaining(e -> check(path + "." + e.getKey(), m.of(), e.getValue(), problems));
            }
        } else if (type instanceof TypeExpr.Ref ref) {
            checkNamed(path, spec.requireType(ref.name()), v, problems);
        }
    }

    private void checkNamed(String path, TypeSpec type, JsonNode v, List<String> problems) {
        if (type instanceof TypeSpec.EnumType e) {
            // an unknown enum value from a newer CLI is tolerated like an unknown field; only the JSON kind matters
            if (!v.isTextual()) {
                problems.add(path + " should be a string (" + e.name() + ")");
            }
        } else if (!v.isObject()) {
            problems.add(path + " should be an object (" + type.name() + ")");
        } else if (type instanceof TypeSpec.UnionType u) {
            JsonNode tag = v.get("type");
            Optional<TypeSpec.Variant> variant = tag == null ? Optional.empty() : u.variant(tag.asText());
            variant.ifPresent(var -> checkFields(path, var.fields(), v, problems));
            if (tag == null || !tag.isTextual()) {
                problems.add(path + ".type is missing (" + u.name() + ")");
            }
        } else if (type instanceof TypeSpec.RecordType r) {
            checkFields(path, r.fields(), v, problems);
        }
    }
}
