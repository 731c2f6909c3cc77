package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks JSON values against the docs' types, as a strict client would read them: every required field present with
 * the right JSON type, union tags and enum values the docs know, optional fields absent rather than {@code null}, and
 * no field the docs do not define. Each problem is one line with the JSON path: {@code $.chatItem.meta.itemId:
 * expected int64, got "7"}. An empty list means the value conforms.
 */
public final class SpecConformance {
    private static final BigInteger INT_MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger INT_MAX = BigInteger.valueOf(Integer.MAX_VALUE);
    private static final BigInteger WORD32_MAX = BigInteger.valueOf(0xFFFF_FFFFL);
    private static final int MAX_PROBLEMS = 50;

    private final ApiSpec spec;

    public SpecConformance(ApiSpec spec) {
        this.spec = spec;
    }

    /** An event frame's {@code resp}: its {@code type} must be a documented event and its fields the event's. */
    public List<String> checkEvent(JsonNode event) {
        Problems problems = new Problems();
        String type = event.path("type").asText(null);
        Optional<EventSpec> found = type == null ? Optional.empty() : spec.event(type);
        if (found.isEmpty()) {
            problems.add("$.type", "not a documented event: " + shown(event.get("type")));
        } else {
            fields(event, found.get().fields(), Set.of("type"), "$", problems);
        }
        return problems.list;
    }

    /** A command's response: its {@code type} must be one of the command's documented responses. */
    public List<String> checkResponse(String commandName, JsonNode response) {
        CommandSpec command = spec.command(commandName)
                .orElseThrow(() -> new IllegalArgumentException("not a documented command: " + commandName));
        Problems problems = new Problems();
        String type = response.path("type").asText(null);
        Optional<ResponseSpec> found = command.responses().stream().filter(r -> r.type().equals(type)).findFirst();
        if (found.isEmpty()) {
            problems.add("$.type", shown(response.get("type")) + " is not a response of " + commandName + " (its responses: "
                    + command.responses().stream().map(ResponseSpec::type).collect(Collectors.joining(", ")) + ")");
        } else {
            fields(response, found.get().fields(), Set.of("type"), "$", problems);
        }
        return problems.list;
    }

    /** Any value against a type expression, e.g. {@code new TypeExpr.Ref("ChatItem")}. */
    public List<String> check(JsonNode value, TypeExpr type) {
        Problems problems = new Problems();
        value(value, type, "$", problems);
        return problems.list;
    }

    private void value(JsonNode value, TypeExpr type, String path, Problems problems) {
        if (value == null || value.isNull()) {
            problems.add(path, "expected " + type + ", got null");
        } else if (type instanceof TypeExpr.Primitive primitive) {
            primitive(value, primitive.kind(), path, problems);
        } else if (type instanceof TypeExpr.ArrayOf array) {
            if (!value.isArray()) {
                problems.add(path, "expected " + type + ", got " + shown(value));
                return;
            }
            for (int i = 0; i < value.size(); i++) {
                value(value.get(i), array.of(), path + "[" + i + "]", problems);
            }
        } else if (type instanceof TypeExpr.MapOf map) {
            if (!value.isObject()) {
                problems.add(path, "expected " + type + ", got " + shown(value));
                return;
            }
            value.fields().forEachRemaining(e -> value(e.getValue(), map.of(), path + "." + e.getKey(), problems));
        } else {
            named(value, spec.requireType(((TypeExpr.Ref) type).name()), path, problems);
        }
    }

    private void named(JsonNode value, TypeSpec type, String path, Problems problems) {
        if (type instanceof TypeSpec.EnumType enumType) {
            if (!value.isTextual() || !enumType.values().contains(value.asText())) {
                problems.add(path, "expected one of " + type.name() + " " + enumType.values() + ", got " + shown(value));
            }
        } else if (!value.isObject()) {
            problems.add(path, "expected " + type.name() + " (an object), got " + shown(value));
        } else if (type instanceof TypeSpec.RecordType record) {
            fields(value, record.fields(), Set.of(), path, problems);
        } else {
            TypeSpec.UnionType union = (TypeSpec.UnionType) type;
            JsonNode tag = value.get("type");
            Optional<TypeSpec.Variant> variant = tag != null && tag.isTextual() ? union.variant(tag.asText()) : Optional.empty();
            if (variant.isEmpty()) {
                problems.add(path + ".type", "expected a " + type.name() + " tag ("
                        + union.variants().stream().map(TypeSpec.Variant::tag).collect(Collectors.joining(", ")) + "), got " + shown(tag));
                return;
            }
            fields(value, variant.get().fields(), Set.of("type"), path, problems);
        }
    }

    private void fields(JsonNode object, List<FieldSpec> fields, Set<String> alsoAllowed, String path, Problems problems) {
        Map<String, FieldSpec> byName = fields.stream().collect(Collectors.toMap(FieldSpec::name, f -> f));
        for (FieldSpec field : fields) {
            JsonNode value = object.get(field.name());
            String at = path + "." + field.name();
            if (value == null) {
                if (!field.optional()) {
                    problems.add(at, "missing (required " + field.type() + ")");
                }
            } else if (value.isNull()) {
                problems.add(at, field.optional() ? "null; an absent optional field is left out" : "null (required " + field.type() + ")");
            } else {
                value(value, field.type(), at, problems);
            }
        }
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!byName.containsKey(name) && !alsoAllowed.contains(name)) {
                problems.add(path + "." + name, "not a field the docs define");
            }
        }
    }

    private static void primitive(JsonNode value, String kind, String path, Problems problems) {
        boolean ok = switch (kind) {
            case "int64" -> value.isIntegralNumber() && value.canConvertToLong();
            case "int" -> value.isIntegralNumber() && within(value.bigIntegerValue(), INT_MIN, INT_MAX);
            case "word32" -> value.isIntegralNumber() && within(value.bigIntegerValue(), BigInteger.ZERO, WORD32_MAX);
            case "double" -> value.isNumber();
            case "bool" -> value.isBoolean();
            case "string" -> value.isTextual();
            case "UTCTime" -> value.isTextual() && isTimestamp(value.asText());
            case "JSONObject" -> value.isObject();
            default -> throw new IllegalStateException("unknown primitive in spec: " + kind);
        };
        if (!ok) {
            problems.add(path, "expected " + kind + ", got " + shown(value));
        }
    }

    private static boolean within(BigInteger value, BigInteger min, BigInteger max) {
        return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
    }

    /** UTCTime as the CLI writes it: ISO-8601 with a zone, e.g. {@code 2024-05-01T12:00:00.123Z}. */
    private static boolean isTimestamp(String text) {
        try {
            OffsetDateTime.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String shown(JsonNode value) {
        if (value == null) {
            return "nothing";
        }
        String text = value.toString();
        return text.length() > 60 ? text.substring(0, 60) + "..." : text;
    }

    /** Collected problems, capped so that one broken shape repeated in a long list stays readable. */
    private static final class Problems {
        final List<String> list = new ArrayList<>();

        void add(String path, String problem) {
            if (list.size() < MAX_PROBLEMS) {
                list.add(path + ": " + problem);
            }
        }
    }
}
