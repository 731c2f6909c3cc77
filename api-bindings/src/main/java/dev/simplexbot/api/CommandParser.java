package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a command line back into command + parameters using the same expressions as {@link CommandRenderer}.
 * A command matches when its expression, run backwards, consumes the whole line and rendering the parameters it
 * found gives the line back. When several commands match, the one whose syntax matched the most literal
 * characters wins, then the one documented first ({@code /_connect 1} is APIAddContact, not APIConnect).
 * Thread-safe.
 */
public final class CommandParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CommandRenderer renderer;
    private final CompiledSpec compiled;

    public CommandParser(ApiSpec spec) {
        this(new CommandRenderer(spec));
    }

    /** Shares the renderer's compiled spec (the renderer's own read-back check). */
    CommandParser(CommandRenderer renderer) {
        this.renderer = renderer;
        this.compiled = renderer.compiled();
    }

    /** @throws CommandParseException when the line matches no documented command syntax */
    public ParsedCommand parse(String commandLine) {
        if (commandLine == null || commandLine.isEmpty()) {
            throw new CommandParseException("empty command line");
        }
        Candidate best = null;
        for (CompiledCommand command : compiled.commands()) {
            if (!commandLine.startsWith(command.leadingText())) {
                continue; // its expression starts with this text, so it cannot match: spares the matcher's set-up
            }
            Candidate found = tryCommand(command, commandLine);
            if (found != null && (best == null || found.literals() > best.literals())) {
                best = found;
            }
        }
        if (best == null) {
            throw new CommandParseException("not a documented command: " + abbreviate(commandLine));
        }
        return new ParsedCommand(best.command().spec(), best.params());
    }

    /**
     * The documented commands {@code line} could be: those whose every line starts with text the line starts with
     * ({@code /_send @1 text hi} could be APISendMessages, whose lines start with {@code /_send }). A line that
     * {@link #parse parses} is one of them; one that does not may still start like them.
     */
    public java.util.List<CommandSpec> candidates(String line) {
        if (line == null) {
            return java.util.List.of();
        }
        return compiled.commands().stream().filter(c -> line.startsWith(c.leadingText())).map(CompiledCommand::spec).toList();
    }

    /** The parameters {@code line} reads back to as {@code command}, the way the CLI's parser would take them. */
    java.util.Optional<ObjectNode> readBack(CompiledCommand command, String line) {
        Candidate found = tryCommand(command, line);
        return found == null ? java.util.Optional.empty() : java.util.Optional.of(found.params());
    }

    private record Candidate(CompiledCommand command, ObjectNode params, int literals) {}

    private Candidate tryCommand(CompiledCommand command, String line) {
        LineMatcher matcher = new LineMatcher(compiled, line);
        Map<String, LineMatcher.VarInfo> scope = new HashMap<>();
        command.spec().params().forEach(p -> scope.put(p.name(), matcher.varInfo(p.name(), p.type())));
        Candidate[] result = new Candidate[1];
        matcher.match(command.expr(), scope, new LineMatcher.State(0, Map.of(), Map.of(), 0), s -> {
            if (s.pos() != line.length()) {
                return false;
            }
            ObjectNode params = toParams(command.spec(), s.bindings());
            if (!rendersBack(command, params, s.raw(), line)) {
                return false;
            }
            result[0] = new Candidate(command, params, s.literals());
            return true;
        });
        return result[0];
    }

    private boolean rendersBack(CompiledCommand command, ObjectNode params, Map<String, String> raw, String line) {
        try {
            return renderer.render(command, params, raw).equals(line);
        } catch (CommandValidationException e) {
            return false;
        }
    }

    /** Dotted paths ({@code sendRef.chatScope.type}) to nested objects, in the order the spec lists parameters. */
    private static ObjectNode toParams(CommandSpec command, Map<String, JsonNode> bindings) {
        ObjectNode root = MAPPER.createObjectNode();
        java.util.List<String> order = command.params().stream().map(ParamSpec::name).toList();
        bindings.entrySet().stream()
                .filter(e -> e.getValue() != LineMatcher.ABSENT)
                .sorted(java.util.Comparator.<Map.Entry<String, JsonNode>>comparingInt(
                                e -> order.indexOf(e.getKey().split("\\.")[0]))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> {
                    String[] path = e.getKey().split("\\.");
                    ObjectNode node = root;
                    for (int i = 0; i < path.length - 1; i++) {
                        node = node.has(path[i]) ? (ObjectNode) node.get(path[i]) : node.putObject(path[i]);
                    }
                    node.set(path[path.length - 1], e.getValue());
                });
        // in the spec's parameter order; required booleans the syntax does not carry (Connect.incognito) read as false
        ObjectNode ordered = MAPPER.createObjectNode();
        for (ParamSpec p : command.params()) {
            if (root.has(p.name())) {
                ordered.set(p.name(), root.get(p.name()));
            } else if (!p.optional() && p.type().equals(new TypeExpr.Primitive("bool"))) {
                ordered.put(p.name(), false);
            }
        }
        return ordered;
    }

    private static String abbreviate(String s) {
        return s.length() > 80 ? s.substring(0, 80) + "..." : s;
    }
}
