package dev.simplexbot.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SimpleX Chat bot API as data, loaded from the spec resource {@code simplex-api.json}. Immutable, thread-safe. */
public final class ApiSpec {
    static final String RESOURCE = "simplex-api.json";

    private static final class Shipped {
        static final ApiSpec SPEC = readResource();
    }

    private final List<CommandSpec> commands;
    private final List<EventSpec> events;
    private final Map<String, TypeSpec> types;
    private final Map<String, CommandSpec> commandsByKey = new LinkedHashMap<>();

    ApiSpec(List<CommandSpec> commands, List<EventSpec> events, List<TypeSpec> types) {
        this.commands = List.copyOf(commands);
        this.events = List.copyOf(events);
        Map<String, TypeSpec> byName = new LinkedHashMap<>();
        types.forEach(t -> byName.put(t.name(), t));
        this.types = java.util.Collections.unmodifiableMap(byName);
        for (CommandSpec c : commands) {
            commandsByKey.put(c.method(), c);
            commandsByKey.put(c.name(), c);
        }
    }

    /** The spec shipped in this jar (read once, then cached). */
    public static ApiSpec load() {
        return Shipped.SPEC;
    }

    private static ApiSpec readResource() {
        try (InputStream in = ApiSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("spec resource missing: " + RESOURCE);
            }
            return SpecReader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read spec resource " + RESOURCE, e);
        }
    }

    /** In docs order. */
    public List<CommandSpec> commands() {
        return commands;
    }

    /** By JS method name ({@code apiSendMessages}) or docs name ({@code APISendMessages}). */
    public Optional<CommandSpec> command(String methodOrName) {
        return Optional.ofNullable(commandsByKey.get(methodOrName));
    }

    /** In docs order. */
    public List<EventSpec> events() {
        return events;
    }

    public Optional<EventSpec> event(String type) {
        return events.stream().filter(e -> e.type().equals(type)).findFirst();
    }

    /** In docs (alphabetical) order. */
    public List<TypeSpec> types() {
        return List.copyOf(types.values());
    }

    public Optional<TypeSpec> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** The named type; the spec's references are checked by the importer, so a miss is a bug. */
    TypeSpec requireType(String name) {
        TypeSpec t = types.get(name);
        if (t == null) {
            throw new IllegalStateException("spec has no type " + name);
        }
        return t;
    }
}
