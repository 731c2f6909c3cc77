package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one renderer from parameters to the CLI command string: it validates the parameters, then interprets the
 * docs' JavaScript expression of the command (parsed once) with JavaScript semantics. Thread-safe.
 */
public final class CommandRenderer {
    private final CompiledSpec compiled;
    private final ParamValidator validator;
    private final CommandParser readBack;
    private final ApiSpec spec;
    private final Map<String, Boolean> writesFreeText = new ConcurrentHashMap<>();

    public CommandRenderer(ApiSpec spec) {
        this.spec = spec;
        this.compiled = new CompiledSpec(spec);
        this.validator = new ParamValidator(spec);
        this.readBack = new CommandParser(this);
    }

    /**
     * Renders the command for {@code method} (the JS method name, e.g. {@code apiSendMessages}, or the docs
     * name, e.g. {@code APISendMessages}). {@code paramsJson} is the parameters object as JSON text exactly
     * as JavaScript's JSON.stringify printed it ({@code null} or {@code "{}"} for none); JSON parameters are
     * copied from that text verbatim. A {@code null} value of an optional parameter means absent.
     *
     * @throws CommandValidationException unknown command, unknown/missing/wrong-typed parameter, or a text
     *     value that would break the command line
     */
    public String render(String method, String paramsJson) {
        CompiledCommand command = require(method);
        ParamsText params = ParamsText.read(command.spec().method(), paramsJson);
        return readsBackTheSame(command, params.values(), render(command, params.values(), params.raw()));
    }

    /** Same for Java callers: parameters as a Jackson tree ({@code null} for none); JSON is printed as JS would. */
    public String render(String method, JsonNode params) {
        CompiledCommand command = require(method);
        if (params != null && !params.isNull() && !params.isObject()) {
            throw new CommandValidationException(command.spec().method(), null,
                    command.spec().method() + ": parameters must be an object, got " + params.getNodeType());
        }
        JsonNode given = params == null ? com.fasterxml.jackson.databind.node.NullNode.instance : params;
        return readsBackTheSame(command, given, render(command, given, Map.of()));
    }

    /** Renders with the given verbatim JSON texts (the parser's check that a line reads back to itself). */
    String render(CompiledCommand command, JsonNode params, Map<String, String> rawJson) {
        Map<String, JsonNode> present = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isNull()) {
                present.put(e.getKey(), e.getValue());
            }
        }
        validator.validate(command, present);
        return compiled.evaluator().render(command.expr(), new ExprEvaluator.Scope(present, rawJson));
    }

    /**
     * Text that looks like the syntax after it can change what the CLI reads: {@code apiListGroups} with
     * {@code search: "@1"} renders {@code /_groups 1 @1}, which the CLI takes as a contact filter. Every value
     * the line reads back to must be one the caller gave.
     */
    private String readsBackTheSame(CompiledCommand command, JsonNode given, String line) {
        if (!writesFreeText(command)) {
            return line; // ids, booleans, enums and JSON only: validated values that cannot imitate the syntax
        }
        com.fasterxml.jackson.databind.node.ObjectNode back = readBack.readBack(command, line).orElseThrow(() ->
                new CommandValidationException(command.spec().method(), null,
                        command.spec().method() + ": the parameters render a line the CLI would not read back"));
        back.fields().forEachRemaining(read -> {
            JsonNode value = given.get(read.getKey());
            if (JsValues.truthy(read.getValue()) && (value == null || !read.getValue().equals(SAME_NUMBER, value))) {
                throw new CommandValidationException(command.spec().method(), culprit(command, given, read.getKey()),
                        command.spec().method() + ": a text parameter would be read as '" + read.getKey()
                                + "' by the CLI; change the text so it does not look like the command's syntax");
            }
        });
        return line;
    }

    /** Whether a caller's text (a string outside JSON) can reach the line; decided once per command. */
    private boolean writesFreeText(CompiledCommand command) {
        return writesFreeText.computeIfAbsent(command.spec().method(), method -> command.spec().params().stream()
                .filter(p -> !command.jsonParams().contains(p.name()))
                .anyMatch(p -> containsText(p.type(), new HashSet<>())));
    }

    private boolean containsText(TypeExpr type, Set<String> seen) {
        if (type instanceof TypeExpr.Primitive p) {
            return p.kind().equals("string");
        }
        if (type instanceof TypeExpr.ArrayOf a) {
            return containsText(a.of(), seen);
        }
        if (type instanceof TypeExpr.MapOf m) {
            return containsText(m.of(), seen);
        }
        String name = ((TypeExpr.Ref) type).name();
        if (!seen.add(name)) {
            return false;
        }
        return spec.type(name).map(t -> {
            if (t instanceof TypeSpec.RecordType r) {
                return r.fields().stream().anyMatch(f -> containsText(f.type(), seen));
            }
            if (t instanceof TypeSpec.UnionType u) {
                return u.variants().stream().flatMap(v -> v.fields().stream()).anyMatch(f -> containsText(f.type(), seen));
            }
            return false; // enums: only their documented values pass validation
        }).orElse(true);
    }

    /** The text parameter that produced the stray value: the last given one, as free text comes last. */
    private static String culprit(CompiledCommand command, JsonNode given, String fallback) {
        String culprit = fallback;
        for (ParamSpec p : command.spec().params()) {
            JsonNode v = given.get(p.name());
            if (v != null && v.isTextual()) {
                culprit = p.name();
            }
        }
        return culprit;
    }

    private static final java.util.Comparator<JsonNode> SAME_NUMBER = (a, b) ->
            a.equals(b) || (a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0) ? 0 : 1;

    CompiledSpec compiled() {
        return compiled;
    }

    private CompiledCommand require(String method) {
        return compiled.command(method).orElseThrow(() -> new CommandValidationException(method, null,
                "unknown command '" + method + "' (not one of the " + compiled.commands().size() + " documented commands)"));
    }
}
