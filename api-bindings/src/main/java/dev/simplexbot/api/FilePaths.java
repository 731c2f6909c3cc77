package dev.simplexbot.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which command parameters carry file system paths, and whether the CLI reads or writes the file there: derived
 * from the spec, so a command or type that gains a path is checked without a change here.
 *
 * <p><b>Which values are paths.</b> The docs do not mark paths with a type of their own, but they name them
 * consistently: every file system path in COMMANDS.md and TYPES.md is a {@code string} called {@code filePath}
 * ({@code filePath_} for the optional one of a union variant, the docs' convention for optional variant fields);
 * the CLI's own word for a directory is "folder" (its files folder, temp folder). So a parameter or field is a path
 * when its type is {@code string} (or an array or map of strings) and its name, without a trailing {@code _}, is
 * {@code path}, {@code paths}, {@code folder} or {@code folders}, or ends in one of them capitalised
 * ({@code filePath}, {@code filePaths}, {@code filesFolder}). "Dir" is left out on purpose: in the docs it means
 * direction ({@code chatDir}, {@code msgDir}). Values are found wherever such a field sits in a parameter's type:
 * through records, union variants (told apart by their {@code type} tag), arrays and maps. Today that is
 * {@code APISendMessages.composedMessages[].fileSource.filePath} (ComposedMessage.fileSource is a CryptoFile) and
 * {@code ReceiveFile.filePath}.
 *
 * <p><b>Reading or writing.</b> The docs say it in the command's name: a command that receives a file
 * ({@code ReceiveFile}) has the CLI write it at the path; one that sends ({@code APISendMessages}) has the CLI read
 * it. A path of any other command may be either, so both must be allowed ({@link Access#READ_WRITE}).
 *
 * <p>Thread-safe and immutable once built.
 */
public final class FilePaths {
    private static final Pattern PATH_NAME = Pattern.compile("(?:paths?|folders?|.*[a-z0-9](?:Paths?|Folders?))_?");
    private static final Pattern CAMEL_WORDS = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])");

    /** What the CLI does with the file at a path. */
    public enum Access {
        READ, WRITE, READ_WRITE;

        public boolean reads() {
            return this != WRITE;
        }

        public boolean writes() {
            return this != READ;
        }
    }

    /** Where paths sit in a command's parameters, e.g. {@code composedMessages[].fileSource.filePath}. */
    public record Site(CommandSpec command, String location, Access access) {}

    /**
     * One path in a command's parameters: {@code parameter} is the top-level parameter holding it and
     * {@code location} the exact place, e.g. {@code composedMessages[1].fileSource.filePath}.
     */
    public record Found(CommandSpec command, String parameter, String location, String path, Access access) {}

    private final ApiSpec spec;
    private final Set<String> typesCarryingPaths;
    private final Map<String, CommandPaths> byMethod = new LinkedHashMap<>();
    private final List<Site> sites = new ArrayList<>();
    private final Set<String> pathNames = new LinkedHashSet<>();

    /** The command's parameters that lead to paths, and which of them are written into the line as they are. */
    private record CommandPaths(CommandSpec command, Access access, List<ParamSpec> params, Set<String> inLine) {}

    private FilePaths(ApiSpec spec) {
        this.spec = spec;
        this.typesCarryingPaths = typesCarryingPaths(spec);
        for (CommandSpec command : spec.commands()) {
            List<ParamSpec> params = command.params().stream().filter(p -> carriesPaths(p.name(), p.type())).toList();
            if (params.isEmpty()) {
                continue;
            }
            Access access = accessOf(command);
            Set<String> json = CompiledCommand.compile(command).jsonParams();
            Set<String> inLine = new HashSet<>();
            params.forEach(p -> {
                if (!json.contains(p.name())) {
                    inLine.add(p.name());
                }
            });
            CommandPaths paths = new CommandPaths(command, access, params, Set.copyOf(inLine));
            byMethod.put(command.method(), paths);
            byMethod.put(command.name(), paths);
            for (ParamSpec p : params) {
                List<String> locations = new ArrayList<>();
                collectSites(p.name(), p.type(), p.name(), new HashSet<>(), locations);
                locations.forEach(location -> sites.add(new Site(command, location, access)));
            }
        }
    }

    public static FilePaths of(ApiSpec spec) {
        return new FilePaths(spec);
    }

    /** Whether a parameter or field of this name holds paths (when its type is text): the naming rule above. */
    public static boolean isPathName(String name) {
        return PATH_NAME.matcher(name).matches();
    }

    /** Every place a command's parameters can hold a path, in docs order. */
    public List<Site> sites() {
        return List.copyOf(sites);
    }

    /** Whether the command (JS method or docs name) can carry a path at all. */
    public boolean carriesPaths(String methodOrName) {
        return methodOrName != null && byMethod.containsKey(methodOrName);
    }

    /**
     * The names that path values sit under ({@code filePath}). A parameters text that contains none of them, not
     * even through a JSON escape (which needs a backslash), holds no path.
     */
    public Set<String> pathNames() {
        return Collections.unmodifiableSet(pathNames);
    }

    /**
     * Every path in the parameters of the command, in parameter order. A parameter written into the command line
     * only when it is truthy (ReceiveFile's {@code filePath}) is no path when empty: nothing reaches the CLI.
     */
    public List<Found> find(String methodOrName, JsonNode params) {
        CommandPaths paths = methodOrName == null ? null : byMethod.get(methodOrName);
        if (paths == null || params == null || !params.isObject()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (ParamSpec p : paths.params()) {
            JsonNode value = params.get(p.name());
            if (value != null && paths.inLine().contains(p.name()) && value.isTextual() && value.textValue().isEmpty()) {
                continue;
            }
            collectValues(paths, p.name(), p.name(), p.type(), value, p.name(), found);
        }
        return found;
    }

    static Access accessOf(CommandSpec command) {
        List<String> words = List.of(CAMEL_WORDS.split(command.name()));
        if (words.contains("Receive")) {
            return Access.WRITE;
        }
        if (words.contains("Send")) {
            return Access.READ;
        }
        return Access.READ_WRITE;
    }

    private void collectValues(CommandPaths paths, String parameter, String name, TypeExpr type, JsonNode value,
                               String location, List<Found> out) {
        if (value == null || value.isNull()) {
            return;
        }
        if (type instanceof TypeExpr.Primitive p) {
            if (p.kind().equals("string") && isPathName(name) && value.isTextual()) {
                out.add(new Found(paths.command(), parameter, location, value.textValue(), paths.access()));
            }
        } else if (type instanceof TypeExpr.ArrayOf array) {
            for (int i = 0; i < value.size(); i++) {
                collectValues(paths, parameter, name, array.of(), value.get(i), location + "[" + i + "]", out);
            }
        } else if (type instanceof TypeExpr.MapOf map) {
            value.fields().forEachRemaining(e ->
                    collectValues(paths, parameter, name, map.of(), e.getValue(), location + "." + e.getKey(), out));
        } else if (type instanceof TypeExpr.Ref ref && typeCarriesPaths(ref.name()) && value.isObject()) {
            for (FieldSpec f : fieldsFor(spec.requireType(ref.name()), value)) {
                collectValues(paths, parameter, f.name(), f.type(), value.get(f.name()), location + "." + f.name(), out);
            }
        }
    }

    /** A record's fields; a union's variant by its tag, or every variant's fields when the tag is unknown. */
    private static List<FieldSpec> fieldsFor(TypeSpec type, JsonNode value) {
        if (type instanceof TypeSpec.RecordType r) {
            return r.fields();
        }
        if (type instanceof TypeSpec.UnionType u) {
            JsonNode tag = value.get("type");
            Optional<TypeSpec.Variant> variant = tag != null && tag.isTextual() ? u.variant(tag.textValue()) : Optional.empty();
            if (variant.isPresent()) {
                return variant.get().fields();
            }
            Map<String, FieldSpec> all = new LinkedHashMap<>();
            u.variants().forEach(v -> v.fields().forEach(f -> all.putIfAbsent(f.name(), f)));
            return List.copyOf(all.values());
        }
        return List.of();
    }

    /** Which types lead to a path, to a fixed point: types refer to each other, sometimes in cycles. */
    private static Set<String> typesCarryingPaths(ApiSpec spec) {
        Set<String> carrying = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (TypeSpec type : spec.types()) {
                if (!carrying.contains(type.name())
                        && allFields(type).stream().anyMatch(f -> carriesPaths(carrying, f.name(), f.type()))) {
                    carrying.add(type.name());
                    changed = true;
                }
            }
        }
        return Set.copyOf(carrying);
    }

    private static boolean carriesPaths(Set<String> carryingTypes, String name, TypeExpr type) {
        if (type instanceof TypeExpr.Primitive p) {
            return p.kind().equals("string") && isPathName(name);
        }
        if (type instanceof TypeExpr.ArrayOf a) {
            return carriesPaths(carryingTypes, name, a.of());
        }
        if (type instanceof TypeExpr.MapOf m) {
            return carriesPaths(carryingTypes, name, m.of());
        }
        return carryingTypes.contains(((TypeExpr.Ref) type).name());
    }

    private boolean carriesPaths(String name, TypeExpr type) {
        return carriesPaths(typesCarryingPaths, name, type);
    }

    private boolean typeCarriesPaths(String typeName) {
        return typesCarryingPaths.contains(typeName);
    }

    private static List<FieldSpec> allFields(TypeSpec type) {
        if (type instanceof TypeSpec.RecordType r) {
            return r.fields();
        }
        if (type instanceof TypeSpec.UnionType u) {
            return u.variants().stream().flatMap(v -> v.fields().stream()).toList();
        }
        return List.of();
    }

    private void collectSites(String name, TypeExpr type, String location, Set<String> visiting, List<String> out) {
        if (type instanceof TypeExpr.Primitive p) {
            if (p.kind().equals("string") && isPathName(name)) {
                out.add(location);
                pathNames.add(name);
            }
        } else if (type instanceof TypeExpr.ArrayOf a) {
            collectSites(name, a.of(), location + "[]", visiting, out);
        } else if (type instanceof TypeExpr.MapOf m) {
            collectSites(name, m.of(), location + ".*", visiting, out);
        } else if (type instanceof TypeExpr.Ref ref && typeCarriesPaths(ref.name()) && visiting.add(ref.name())) {
            Set<String> seen = new HashSet<>();
            for (FieldSpec f : allFields(spec.requireType(ref.name()))) {
                if (seen.add(f.name())) {
                    collectSites(f.name(), f.type(), location + "." + f.name(), visiting, out);
                }
            }
            visiting.remove(ref.name());
        }
    }
}
