package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Parameter sets for every command: case {@code k} varies optional parameters (present, absent, falsy), booleans
 * both ways, enum values, ChatRef with and without group scope, every ChatDeleteMode, and JSON with ints, floats,
 * unicode, quotes and nested key order.
 */
final class CommandCases {
    static final int CASES = 5;
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private final ApiSpec spec;
    private final CompiledSpec compiled;
    private final SampleJson samples;

    CommandCases(ApiSpec spec) {
        this.spec = spec;
        this.compiled = new CompiledSpec(spec);
        this.samples = new SampleJson(spec);
    }

    ObjectNode params(CommandSpec command, int k) {
        CompiledCommand c = compiled.command(command.method()).orElseThrow();
        ObjectNode p = F.objectNode();
        for (ParamSpec param : command.params()) {
            boolean mustGive = !param.optional() || c.alwaysRendered().contains(param.name());
            if (!mustGive && k == 1) {
                continue; // absent
            }
            JsonNode v = value(param, k, c.jsonParams().contains(param.name()), mustGive);
            if (v != null) {
                p.set(param.name(), v);
            }
        }
        return p;
    }

    private JsonNode value(ParamSpec param, int k, boolean json, boolean mustGive) {
        String name = param.name();
        TypeExpr type = param.type();
        if (type instanceof TypeExpr.Primitive prim) {
            boolean falsy = !mustGive && k == 2;
            switch (prim.kind()) {
                case "bool":
                    return F.booleanNode(param.optional() ? k != 2 : k % 2 == 0);
                case "int64", "int":
                    return F.numberNode(falsy ? 0 : List.of(7L, 1L, 9007199254740991L, 42L, 86400L).get(k));
                case "JSONObject":
                    return falsy ? null : jsonObject(k);
                default:
                    if (falsy) {
                        return F.textNode("");
                    }
                    if (json) {
                        return F.textNode(List.of("pa\"ss\\wörd 😀", "simple", "x", "\u00e9\u20ac", "tab\there").get(k));
                    }
                    if (name.toLowerCase().contains("link")) {
                        return F.textNode(link(k));
                    }
                    return F.textNode(List.of("hello world", "x", "y", "/tmp/some dir/файл.txt", "über").get(k));
            }
        }
        if (type instanceof TypeExpr.ArrayOf a && a.of() instanceof TypeExpr.Primitive) {
            var array = F.arrayNode();
            List.of(List.of(1), List.of(1, 2, 3), List.of(10, 20), List.of(5), List.of(9007199254740991L, 0))
                    .get(k).forEach(n -> array.add(F.numberNode(n.longValue())));
            return array;
        }
        if (type instanceof TypeExpr.Ref ref) {
            switch (ref.name()) {
                case "ChatRef":
                    return chatRef(k);
                case "ChatDeleteMode":
                    return List.<JsonNode>of(
                            F.objectNode().put("type", "full").put("notify", true),
                            F.objectNode().put("type", "entity").put("notify", false),
                            F.objectNode().put("type", "messages"),
                            F.objectNode().put("type", "full").put("notify", false),
                            F.objectNode().put("type", "entity").put("notify", true)).get(k);
                case "CreatedConnLink":
                    ObjectNode link = F.objectNode().put("connFullLink", link(k));
                    return k % 2 == 0 ? link.put("connShortLink", "https://smp.example/a/short" + k) : link;
                default:
                    return samples.of(type, k);
            }
        }
        return samples.of(type, k);
    }

    private static String link(int k) {
        return List.of("https://simplex.chat/contact#/?v=2-7&smp=smp%3A%2F%2Fabc%3D%40host",
                "simplex:/invitation#/?v=2&x=y", "https://smp.example/g#abc", "https://a.b/c", "x").get(k);
    }

    private static ObjectNode chatRef(int k) {
        return switch (k) {
            case 0 -> F.objectNode().put("chatType", "direct").put("chatId", 5);
            case 1 -> {
                ObjectNode r = F.objectNode().put("chatType", "group").put("chatId", 7);
                r.putObject("chatScope").put("type", "memberSupport");
                yield r;
            }
            case 2 -> {
                ObjectNode r = F.objectNode().put("chatType", "group").put("chatId", 7);
                r.putObject("chatScope").put("type", "memberSupport").put("groupMemberId_", 12);
                yield r;
            }
            case 3 -> F.objectNode().put("chatType", "local").put("chatId", 1);
            default -> F.objectNode().put("chatType", "group").put("chatId", 9007199254740991L);
        };
    }

    private static ObjectNode jsonObject(int k) {
        ObjectNode o = F.objectNode();
        o.put("zeta", k).put("alpha", 1.5).put("big", 1e21).put("small", 1.0E-7).put("neg", -0.25);
        o.putObject("nested").put("q", "\"quoted\" \\ </script>").put("u", "ünïcødé 😀 \u2028").putArray("list").add(1).add("two").addNull();
        return o;
    }
}
