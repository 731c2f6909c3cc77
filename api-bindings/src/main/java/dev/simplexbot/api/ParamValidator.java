package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a command's parameters against the spec before anything is rendered: names, presence, JSON kinds,
 * integer ranges, enum values, the fields of types written into the line (ChatRef, ChatDeleteMode, ...), and text
 * that would break the command line.
 */
final class ParamValidator {
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;

    private final ApiSpec spec;

    ParamValidator(ApiSpec spec) {
        this.spec = spec;
    }

    /** {@code params} holds only non-null values. */
    void validate(CompiledCommand command, Map<String, JsonNode> params) {
        CommandSpec c = command.spec();
        for (String name : params.keySet()) {
            if (!declares(c, name)) {
                String known = c.params().isEmpty() ? "it takes no parameters"
                        : "expected " + c.params().stream().map(ParamSpec::name).collect(Collectors.joining(", "));
                throw fail(c, name, "unknown parameter '" + name + "' (" + known + ")");
            }
        }
        for (ParamSpec p : c.params()) {
            JsonNode value = params.get(p.name());
            if (value == null) {
                if (!p.optional()) {
                    throw fail(c, p.name(), "parameter '" + p.name() + "' is required");
                }
                if (command.alwaysRendered().contains(p.name())) {
                    throw fail(c, p.name(), "parameter '" + p.name() + "' is required (the command line always contains it)");
                }
                continue;
            }
            boolean inLine = !command.jsonParams().contains(p.name());
            check(c, p.name(), p.name(), p.type(), value, inLine);
            if (inLine && command.alwaysRendered().contains(p.name()) && value.isTextual() && value.textValue().isEmpty()) {
                throw fail(c, p.name(), "parameter '" + p.name() + "' must not be empty");
            }
        }
    }

    private static boolean declares(CommandSpec c, String name) {
        for (ParamSpec p : c.params()) {
            if (p.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private void check(CommandSpec c, String param, String path, TypeExpr type, JsonNode v, boolean inLine) {
        if (type instanceof TypeExpr.Primitive prim) {
            checkPrimitive(c, param, path, prim, v, inLine);
        } else if (type instanceof TypeExpr.ArrayOf array) {
            expect(c, param, path, v.isArray(), "an array", v);
            if (inLine && v.isEmpty()) {
                throw fail(c, param, "parameter '" + path + "' must not be empty");
            }
            for (int i = 0; i < v.size(); i++) {
                check(c, param, path + "[" + i + "]", array.of(), v.get(i), inLine);
            }
        } else if (type instanceof TypeExpr.MapOf map) {
            expect(c, param, path, v.isObject(), "an object", v);
            v.fields().forEachRemaining(e -> check(c, param, path + "." + e.getKey(), map.of(), e.getValue(), inLine));
        } else if (type instanceof TypeExpr.Ref ref) {
            checkRef(c, param, path, spec.requireType(ref.name()), v, inLine);
        }
    }

    private void checkRef(CommandSpec c, String param, String path, TypeSpec type, JsonNode v, boolean inLine) {
        // Messages are built only on failure: this runs for every value of every command a bot sends.
        if (type instanceof TypeSpec.EnumType e) {
            if (!(v.isTextual() && e.values().contains(v.textValue()))) {
                throw mismatch(c, param, path, "one of " + String.join(", ", e.values()) + " (" + e.name() + ")", v);
            }
            return;
        }
        if (!v.isObject()) {
            throw mismatch(c, param, path, "an object (" + type.name() + ")", v);
        }
        boolean deep = inLine && type.syntax().isPresent();
        if (type instanceof TypeSpec.UnionType u) {
            JsonNode tag = v.get("type");
            TypeSpec.Variant variant = tag != null && tag.isTextual() ? variant(u, tag.textValue()) : null;
            if (variant == null) {
                String tags = u.variants().stream().map(TypeSpec.Variant::tag).collect(Collectors.joining(", "));
                throw fail(c, param, "parameter '" + path + ".type' must be one of " + tags + " (" + u.name() + "), got " + describe(tag));
            }
            if (deep) {
                checkFields(c, param, path, variant.fields(), v);
            }
        } else if (type instanceof TypeSpec.RecordType r && deep) {
            checkFields(c, param, path, r.fields(), v);
        }
    }

    private static TypeSpec.Variant variant(TypeSpec.UnionType union, String tag) {
        for (TypeSpec.Variant variant : union.variants()) {
            if (variant.tag().equals(tag)) {
                return variant;
            }
        }
        return null;
    }

    private void checkFields(CommandSpec c, String param, String path, java.util.List<FieldSpec> fields, JsonNode v) {
        for (FieldSpec f : fields) {
            JsonNode fv = v.get(f.name());
            String fieldPath = path + "." + f.name();
            if (fv == null || fv.isNull()) {
                if (!f.optional()) {
                    throw fail(c, param, "parameter '" + fieldPath + "' is required");
                }
                continue;
            }
            check(c, param, fieldPath, f.type(), fv, true);
        }
    }

    private void checkPrimitive(CommandSpec c, String param, String path, TypeExpr.Primitive t, JsonNode v, boolean inLine) {
        switch (t.kind()) {
            case "int64", "int" -> expect(c, param, path, isSafeInteger(v), "an integer", v);
            case "word32" -> expect(c, param, path, isSafeInteger(v) && v.asLong() >= 0 && v.asLong() <= 0xFFFFFFFFL,
                    "an unsigned 32-bit integer", v);
            case "double" -> expect(c, param, path, v.isNumber(), "a number", v);
            case "bool" -> expect(c, param, path, v.isBoolean(), "a boolean", v);
            case "JSONObject" -> expect(c, param, path, v.isObject(), "an object", v);
            default -> {
                expect(c, param, path, v.isTextual(), "a string", v);
                if (inLine) {
                    checkLineText(c, param, path, v.textValue());
                }
            }
        }
    }

    private static void checkLineText(CommandSpec c, String param, String path, String text) {
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 0x20 || ch == 0x7f || ch == '\u2028' || ch == '\u2029') {
                throw fail(c, param, "parameter '" + path + "' must not contain line breaks or control characters");
            }
        }
        if (isSingleToken(path)) {
            if (text.chars().anyMatch(Character::isWhitespace)) {
                throw fail(c, param, "parameter '" + path + "' must be one word (a link without spaces)");
            }
        }
    }

    /** Links are one token of the command line: a space would split them into two arguments. */
    private static boolean isSingleToken(String path) {
        String last = path.substring(path.lastIndexOf('.') + 1);
        return last.toLowerCase(java.util.Locale.ROOT).contains("link");
    }

    private static boolean isSafeInteger(JsonNode v) {
        if (!v.isNumber()) {
            return false;
        }
        if (v.isIntegralNumber()) {
            return v.canConvertToLong() && Math.abs(v.longValue()) <= MAX_SAFE_INTEGER;
        }
        double d = v.doubleValue();
        return d == Math.rint(d) && Math.abs(d) <= MAX_SAFE_INTEGER;
    }

    private static void expect(CommandSpec c, String param, String path, boolean ok, String what, JsonNode v) {
        if (!ok) {
            throw mismatch(c, param, path, what, v);
        }
    }

    private static CommandValidationException mismatch(CommandSpec c, String param, String path, String what, JsonNode v) {
        return fail(c, param, "parameter '" + path + "' must be " + what + ", got " + describe(v));
    }

    private static String describe(JsonNode v) {
        if (v == null || v.isMissingNode()) {
            return "nothing";
        }
        String text = v.toString();
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    static CommandValidationException fail(CommandSpec c, String param, String message) {
        return new CommandValidationException(c.method(), param, c.method() + ": " + message);
    }
}
