package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/** Evaluates an {@link Expr} with JavaScript semantics. Stateless apart from the immutable type expressions. */
final class ExprEvaluator {
    private final ApiSpec spec;
    private final Map<String, Expr> typeExpressions;

    ExprEvaluator(ApiSpec spec, Map<String, Expr> typeExpressions) {
        this.spec = spec;
        this.typeExpressions = typeExpressions;
    }

    /**
     * Variables of one evaluation. {@code rawJson} holds, per variable, its JSON text exactly as the caller's
     * JSON.stringify printed it; {@code JSON.stringify(variable)} copies that text.
     */
    record Scope(Map<String, JsonNode> values, Map<String, String> rawJson) {
        JsonNode get(String name) {
            JsonNode v = values.get(name);
            return v == null ? MissingNode.getInstance() : v;
        }
    }

    String render(Expr e, Scope scope) {
        return JsValues.toStr(eval(e, scope));
    }

    JsonNode eval(Expr e, Scope scope) {
        if (e instanceof Expr.Str s) {
            return TextNode.valueOf(s.value());
        } else if (e instanceof Expr.Var v) {
            return scope.get(v.name());
        } else if (e instanceof Expr.Concat c) {
            JsonNode acc = eval(c.parts().get(0), scope);
            for (int i = 1; i < c.parts().size(); i++) {
                acc = plus(acc, eval(c.parts().get(i), scope));
            }
            return acc;
        } else if (e instanceof Expr.Cond c) {
            return JsValues.truthy(eval(c.test(), scope)) ? eval(c.then(), scope) : eval(c.otherwise(), scope);
        } else if (e instanceof Expr.Not n) {
            return BooleanNode.valueOf(!JsValues.truthy(eval(n.operand(), scope)));
        } else if (e instanceof Expr.Eq eq) {
            return BooleanNode.valueOf(JsValues.looseEquals(eval(eq.left(), scope), eval(eq.right(), scope)));
        } else if (e instanceof Expr.TypeOf t) {
            return TextNode.valueOf(JsValues.typeOf(eval(t.operand(), scope)));
        } else if (e instanceof Expr.Join j) {
            return TextNode.valueOf(JsValues.join(eval(j.target(), scope), j.separator()));
        } else if (e instanceof Expr.Stringify s) {
            return stringify(s.operand(), scope);
        } else if (e instanceof Expr.CmdString c) {
            return TextNode.valueOf(cmdString(c.typeName(), eval(c.operand(), scope)));
        }
        throw new IllegalStateException("unknown expression " + e);
    }

    private JsonNode stringify(Expr operand, Scope scope) {
        if (operand instanceof Expr.Var v && scope.rawJson().containsKey(v.name())) {
            return TextNode.valueOf(scope.rawJson().get(v.name()));
        }
        JsonNode value = eval(operand, scope);
        return value.isMissingNode() ? value : TextNode.valueOf(JsJson.stringify(value));
    }

    /** {@code T.cmdString(value)}: enums see the value as {@code self}, records and unions see their fields. */
    String cmdString(String typeName, JsonNode value) {
        Expr typeExpr = typeExpressions.get(typeName);
        if (typeExpr == null) {
            throw new IllegalStateException("type " + typeName + " has no command syntax");
        }
        Map<String, JsonNode> vars = new HashMap<>();
        if (spec.requireType(typeName) instanceof TypeSpec.EnumType) {
            vars.put("self", value);
        } else if (value.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                vars.put(f.getKey(), f.getValue());
            }
        }
        return render(typeExpr, new Scope(vars, Map.of()));
    }

    /** JavaScript's binary {@code +}: string concatenation unless both sides are primitive non-strings. */
    private static JsonNode plus(JsonNode a, JsonNode b) {
        if (isNumeric(a) && isNumeric(b)) {
            return DoubleNode.valueOf(number(a) + number(b));
        }
        return TextNode.valueOf(JsValues.toStr(a) + JsValues.toStr(b));
    }

    private static boolean isNumeric(JsonNode v) {
        return v.isNumber() || v.isBoolean() || v.isNull() || v.isMissingNode();
    }

    private static double number(JsonNode v) {
        if (v.isMissingNode()) {
            return Double.NaN;
        }
        return v.isBoolean() ? (v.booleanValue() ? 1 : 0) : v.doubleValue();
    }
}
