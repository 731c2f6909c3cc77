package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Serialises a Jackson tree exactly as JavaScript's JSON.stringify would print the same value. */
final class JsJson {
    private JsJson() {}

    static String stringify(JsonNode value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(JsonNode v, StringBuilder out) {
        switch (v.getNodeType()) {
            case OBJECT -> {
                out.append('{');
                boolean first = true;
                for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    if (e.getValue().isMissingNode()) {
                        continue; // undefined members are skipped, as in JS
                    }
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    quote(e.getKey(), out);
                    out.append(':');
                    write(e.getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < v.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    JsonNode e = v.get(i);
                    write(e.isMissingNode() ? com.fasterxml.jackson.databind.node.NullNode.instance : e, out);
                }
                out.append(']');
            }
            case STRING -> quote(v.textValue(), out);
            case NUMBER -> {
                boolean finite = v.isIntegralNumber() || Double.isFinite(v.doubleValue());
                out.append(finite ? JsValues.numberToString(v) : "null");
            }
            case BOOLEAN -> out.append(v.booleanValue());
            default -> out.append("null");
        }
    }

    /** JSON.stringify's string quoting (well-formed JSON.stringify: lone surrogates escaped). */
    static void quote(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return false;
    }
}
