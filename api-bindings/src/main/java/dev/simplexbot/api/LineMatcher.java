package dev.simplexbot.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a command's expression backwards against a command line: a backtracking matcher that walks the same AST
 * the renderer evaluates, binding variables (by dotted path, e.g. {@code sendRef.chatScope.groupMemberId_}) as
 * it consumes text. A condition's two branches are tried in order, each assuming the test true or false.
 * Candidates are only proposed; {@link CommandParser} accepts one when rendering it gives the line back.
 */
final class LineMatcher {
    /** Marks a variable the line shows to be absent (or falsy). */
    static final JsonNode ABSENT = MissingNode.getInstance();

    private static final Pattern INTEGER = Pattern.compile("-?\\d+");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");
    private static final Pattern INTEGER_LIST = Pattern.compile("-?\\d+(?:,-?\\d+)*");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a variable of the expression stands for: where its value goes, its type, and its choices (enums, tags). */
    record VarInfo(String path, TypeExpr type, List<String> choices) {}

    /** Bindings and verbatim JSON texts so far; {@code literals} counts the literal characters matched. */
    record State(int pos, Map<String, JsonNode> bindings, Map<String, String> raw, int literals) {
        State bind(String path, JsonNode value) {
            JsonNode old = bindings.get(path);
            if (old != null) {
                return old.equals(value) ? this : null;
            }
            Map<String, JsonNode> b = new HashMap<>(bindings);
            b.put(path, value);
            return new State(pos, b, raw, literals);
        }

        State at(int newPos) {
            return new State(newPos, bindings, raw, literals);
        }
    }

    interface Next {
        /** @return true to stop the search (a result was accepted) */
        boolean accept(State s);
    }

    private final CompiledSpec compiled;
    private final String line;

    LineMatcher(CompiledSpec compiled, String line) {
        this.compiled = compiled;
        this.line = line;
    }

    boolean match(Expr e, Map<String, VarInfo> scope, State s, Next next) {
        if (e instanceof Expr.Str str) {
            return line.startsWith(str.value(), s.pos())
                    && next.accept(new State(s.pos() + str.value().length(), s.bindings(), s.raw(), s.literals() + str.value().length()));
        } else if (e instanceof Expr.Concat c) {
            return sequence(c.parts(), 0, scope, s, next);
        } else if (e instanceof Expr.Cond c) {
            State yes = assume(c.test(), true, scope, s);
            if (yes != null && match(c.then(), scope, yes, next)) {
                return true;
            }
            State no = assume(c.test(), false, scope, s);
            return no != null && match(c.otherwise(), scope, no, next);
        } else if (e instanceof Expr.Var v) {
            return value(info(scope, v), s, next);
        } else if (e instanceof Expr.Join j && j.target() instanceof Expr.Var v) {
            return integerList(info(scope, v), j.separator(), s, next);
        } else if (e instanceof Expr.Stringify st && st.operand() instanceof Expr.Var v) {
            return json(info(scope, v), s, next);
        } else if (e instanceof Expr.CmdString c && c.operand() instanceof Expr.Var v) {
            VarInfo owner = info(scope, v);
            if (s.bindings().get(owner.path()) == ABSENT) {
                return false;
            }
            Expr typeExpr = compiled.typeExpression(c.typeName()).orElseThrow();
            State inside = s;
            // a one-variant union's syntax need not show its tag (GroupChatScope is "(_support...)"), yet it is known
            if (compiled.spec().requireType(c.typeName()) instanceof TypeSpec.UnionType u && u.variants().size() == 1) {
                inside = s.bind(owner.path() + ".type", TextNode.valueOf(u.variants().get(0).tag()));
            }
            return inside != null && match(typeExpr, fieldsOf(c.typeName(), owner.path()), inside, next);
        }
        throw new IllegalStateException("cannot read back expression " + e);
    }

    private boolean sequence(List<Expr> parts, int i, Map<String, VarInfo> scope, State s, Next next) {
        if (i == parts.size()) {
            return next.accept(s);
        }
        return match(parts.get(i), scope, s, after -> sequence(parts, i + 1, scope, after, next));
    }

    /** The bindings under which {@code test} has the given truth, or null when they contradict what is bound. */
    private State assume(Expr test, boolean truth, Map<String, VarInfo> scope, State s) {
        if (test instanceof Expr.Not n) {
            return assume(n.operand(), !truth, scope, s);
        }
        if (test instanceof Expr.Var v) {
            VarInfo info = info(scope, v);
            if (isBool(info.type())) {
                return s.bind(info.path(), BooleanNode.valueOf(truth));
            }
            return truth ? s : s.bind(info.path(), ABSENT);
        }
        if (test instanceof Expr.Eq eq && eq.right() instanceof Expr.Str lit) {
            if (eq.left() instanceof Expr.Var v) {
                VarInfo info = info(scope, v);
                if (truth) {
                    return s.bind(info.path(), TextNode.valueOf(lit.value()));
                }
                return TextNode.valueOf(lit.value()).equals(s.bindings().get(info.path())) ? null : s;
            }
            if (eq.left() instanceof Expr.TypeOf t && t.operand() instanceof Expr.Var v && lit.value().equals("boolean")) {
                return truth ? s : s.bind(info(scope, v).path(), ABSENT);
            }
        }
        throw new IllegalStateException("cannot read back condition " + test);
    }

    private boolean value(VarInfo info, State s, Next next) {
        if (info.choices() != null) {
            List<String> longestFirst = new ArrayList<>(info.choices());
            longestFirst.sort(Comparator.comparingInt(String::length).reversed());
            for (String choice : longestFirst) {
                if (line.startsWith(choice, s.pos())) {
                    State b = s.bind(info.path(), TextNode.valueOf(choice));
                    if (b != null && next.accept(b.at(s.pos() + choice.length()))) {
                        return true;
                    }
                }
            }
            return false;
        }
        TypeExpr.Primitive prim = info.type() instanceof TypeExpr.Primitive p ? p : new TypeExpr.Primitive("string");
        if (prim.isInteger()) {
            return regex(INTEGER, s, text -> integer(text), info, next);
        }
        switch (prim.kind()) {
            case "double":
                return regex(NUMBER, s, text -> MAPPER.getNodeFactory().numberNode(Double.parseDouble(text)), info, next);
            case "bool":
                return regex(Pattern.compile("true|false"), s, text -> BooleanNode.valueOf(text.equals("true")), info, next);
            default:
                break;
        }
        if (info.path().toLowerCase(java.util.Locale.ROOT).contains("link")) {
            return regex(TOKEN, s, TextNode::valueOf, info, next);
        }
        for (int end = line.length(); end > s.pos(); end--) {
            State b = s.bind(info.path(), TextNode.valueOf(line.substring(s.pos(), end)));
            if (b != null && next.accept(b.at(end))) {
                return true;
            }
        }
        return false;
    }

    private boolean integerList(VarInfo info, String separator, State s, Next next) {
        if (!separator.equals(",")) {
            throw new IllegalStateException("cannot read back join with " + separator);
        }
        return regex(INTEGER_LIST, s, text -> {
            var array = MAPPER.createArrayNode();
            for (String item : text.split(",")) {
                array.add(integer(item));
            }
            return array;
        }, info, next);
    }

    private boolean json(VarInfo info, State s, Next next) {
        String rest = line.substring(s.pos());
        JsonNode value;
        int length;
        // A key given twice is no documented command: the CLI's JSON parser might keep the other value.
        try (JsonParser p = MAPPER.getFactory().createParser(rest).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) {
            if (p.nextToken() == null) {
                return false;
            }
            value = MAPPER.readTree(p);
            length = (int) p.currentLocation().getCharOffset();
        } catch (IOException e) {
            return false;
        }
        State b = s.bind(info.path(), value);
        if (b == null) {
            return false;
        }
        Map<String, String> raw = new HashMap<>(b.raw());
        raw.put(info.path(), rest.substring(0, length));
        return next.accept(new State(s.pos() + length, b.bindings(), raw, b.literals()));
    }

    private boolean regex(Pattern pattern, State s, java.util.function.Function<String, JsonNode> convert, VarInfo info, Next next) {
        Matcher m = pattern.matcher(line).region(s.pos(), line.length());
        if (!m.lookingAt()) {
            return false;
        }
        JsonNode value;
        try {
            value = convert.apply(m.group());
        } catch (NumberFormatException e) {
            return false;
        }
        State b = s.bind(info.path(), value);
        return b != null && next.accept(b.at(m.end()));
    }

    private static JsonNode integer(String text) {
        long v = Long.parseLong(text);
        return v == (int) v ? IntNode.valueOf((int) v) : LongNode.valueOf(v);
    }

    /** Variables of a type's own expression: {@code self} for enums, the fields (and {@code type} tag) otherwise. */
    private Map<String, VarInfo> fieldsOf(String typeName, String path) {
        TypeSpec type = compiled.spec().requireType(typeName);
        Map<String, VarInfo> scope = new HashMap<>();
        if (type instanceof TypeSpec.EnumType e) {
            scope.put("self", new VarInfo(path, new TypeExpr.Ref(typeName), e.values()));
        } else if (type instanceof TypeSpec.RecordType r) {
            r.fields().forEach(f -> scope.put(f.name(), varInfo(path + "." + f.name(), f.type())));
        } else if (type instanceof TypeSpec.UnionType u) {
            scope.put("type", new VarInfo(path + ".type", new TypeExpr.Primitive("string"),
                    u.variants().stream().map(TypeSpec.Variant::tag).toList()));
            u.variants().forEach(v -> v.fields().forEach(f -> scope.put(f.name(), varInfo(path + "." + f.name(), f.type()))));
        }
        return scope;
    }

    VarInfo varInfo(String path, TypeExpr type) {
        List<String> choices = null;
        if (type instanceof TypeExpr.Ref ref && compiled.spec().requireType(ref.name()) instanceof TypeSpec.EnumType e) {
            choices = e.values();
        }
        return new VarInfo(path, type, choices);
    }

    private static VarInfo info(Map<String, VarInfo> scope, Expr.Var v) {
        VarInfo info = scope.get(v.name());
        if (info == null) {
            throw new IllegalStateException("expression uses unknown variable " + v.name());
        }
        return info;
    }

    private static boolean isBool(TypeExpr t) {
        return t instanceof TypeExpr.Primitive p && p.kind().equals("bool");
    }
}
