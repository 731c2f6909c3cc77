package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.StringJoiner;

/**
 * JavaScript semantics over Jackson values (MissingNode is {@code undefined}): truthiness, {@code typeof},
 * {@code ==} against primitives, String(value) and Number-to-string.
 */
final class JsValues {
    private JsValues() {}

    static boolean truthy(JsonNode v) {
        return switch (v.getNodeType()) {
            case MISSING, NULL -> false;
            case BOOLEAN -> v.booleanValue();
            case NUMBER -> v.doubleValue() != 0 && !Double.isNaN(v.doubleValue());
            case STRING -> !v.textValue().isEmpty();
            default -> true;
        };
    }

    static String typeOf(JsonNode v) {
        return switch (v.getNodeType()) {
            case MISSING -> "undefined";
            case BOOLEAN -> "boolean";
            case NUMBER -> "number";
            case STRING -> "string";
            default -> "object";
        };
    }

    /** {@code a == b} for the cases the docs use (primitives); objects compare by identity as in JS. */
    static boolean looseEquals(JsonNode a, JsonNode b) {
        boolean aNullish = a.isMissingNode() || a.isNull();
        boolean bNullish = b.isMissingNode() || b.isNull();
        if (aNullish || bNullish) {
            return aNullish && bNullish;
        }
        if (a.isContainerNode() || b.isContainerNode()) {
            return a == b;
        }
        if (a.getNodeType() == b.getNodeType()) {
            return a.getNodeType() == JsonNodeType.NUMBER ? a.doubleValue() == b.doubleValue() : a.equals(b);
        }
        return toNumber(a) == toNumber(b);
    }

    private static double toNumber(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? 1 : 0;
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        try {
            String s = v.asText().strip();
            return s.isEmpty() ? 0 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** {@code String(v)} */
    static String toStr(JsonNode v) {
        return switch (v.getNodeType()) {
            case MISSING -> "undefined";
            case NULL -> "null";
            case BOOLEAN -> Boolean.toString(v.booleanValue());
            case NUMBER -> numberToString(v);
            case STRING -> v.textValue();
            case ARRAY -> join(v, ",");
            default -> "[object Object]";
        };
    }

    /** {@code array.join(separator)}: null and undefined elements become empty strings. */
    static String join(JsonNode array, String separator) {
        StringJoiner out = new StringJoiner(separator);
        array.forEach(e -> out.add(e.isNull() || e.isMissingNode() ? "" : toStr(e)));
        return out.toString();
    }

    static String numberToString(JsonNode n) {
        if (n.isIntegralNumber()) {
            return n.canConvertToLong() ? Long.toString(n.longValue()) : n.bigIntegerValue().toString();
        }
        return numberToString(n.doubleValue());
    }

    /** JavaScript's Number.prototype.toString() for finite and special doubles. */
    static String numberToString(double d) {
        if (Double.isNaN(d)) {
            return "NaN";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "Infinity" : "-Infinity";
        }
        if (d == 0) {
            return "0";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e15) {
            return Long.toString((long) d); // an integer: the common case, without BigDecimal
        }
        BigDecimal exact = shortestDecimal(d);
        String digits = exact.unscaledValue().abs().toString();
        int exponent = digits.length() - exact.scale(); // value = 0.digits * 10^exponent
        String sign = d < 0 ? "-" : "";
        if (exponent > 21 || exponent < -5) {
            String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int e = exponent - 1;
            return sign + mantissa + "e" + (e >= 0 ? "+" : "") + e;
        }
        if (exponent <= 0) {
            return sign + "0." + "0".repeat(-exponent) + digits;
        }
        if (exponent >= digits.length()) {
            return sign + digits + "0".repeat(exponent - digits.length());
        }
        return sign + digits.substring(0, exponent) + "." + digits.substring(exponent);
    }

    /**
     * The decimal with the fewest significant digits that reads back as {@code d}, the closest to {@code d} when
     * several have that many (ECMAScript Number::toString). JDK 17's Double.toString is not always shortest
     * ({@code 4.9E-324} where JavaScript prints {@code 5e-324}), so the digits are searched here.
     */
    private static BigDecimal shortestDecimal(double d) {
        BigDecimal value = new BigDecimal(d);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = value.round(new MathContext(precision, mode));
                if (candidate.doubleValue() == d && (best == null
                        || candidate.subtract(value).abs().compareTo(best.subtract(value).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        return value.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }
}
