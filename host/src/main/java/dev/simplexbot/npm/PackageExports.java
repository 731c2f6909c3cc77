package dev.simplexbot.npm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.simplexbot.npm.ModuleResolutionException.Code;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Node's {@code PACKAGE_EXPORTS_RESOLVE} and {@code PACKAGE_IMPORTS_RESOLVE}: a subpath ({@code "."},
 * {@code "./sub/path"}) or a {@code #name} through a package's {@code "exports"} or {@code "imports"} map, with
 * condition objects (first key in the package's own order that is {@code "default"} or one of the conditions wins,
 * nested), {@code *} patterns (the most specific key wins), arrays of fallbacks and {@code null} for "not exported".
 * A target must start with {@code ./} and may not contain {@code ..}, {@code .} or {@code node_modules} segments,
 * so no map can lead out of its package.
 */
final class PackageExports {
    /** Where a map leads: a file of the package, or (from {@code "imports"} only) another package's specifier. */
    sealed interface Target {
        record File(Path path) implements Target {}

        record Package(String specifier) implements Target {}

        /** {@code null} in the map: explicitly not exported. */
        record Excluded() implements Target {}
    }

    private final PackageJson pkg;
    private final ScriptsRoot root;
    private final Set<String> conditions;
    /** The subpath or {@code #name} being resolved, for messages. */
    private final String entry;

    private PackageExports(PackageJson pkg, ScriptsRoot root, Set<String> conditions, String entry) {
        this.pkg = pkg;
        this.root = root;
        this.conditions = conditions;
        this.entry = entry;
    }

    /**
     * The target of {@code subpath} in {@code pkg}'s exports, or {@code null} when the map has no entry for it under
     * these conditions.
     */
    static Target exports(PackageJson pkg, String subpath, Set<String> conditions, ScriptsRoot root) {
        return new PackageExports(pkg, root, conditions, subpath).resolveExport(subpath);
    }

    /** The target of {@code #name} in {@code pkg}'s imports, or {@code null} when it has no entry for it. */
    static Target imports(PackageJson pkg, String specifier, Set<String> conditions, ScriptsRoot root) {
        if (pkg.imports() == null || !pkg.imports().isObject()) {
            return null;
        }
        return new PackageExports(pkg, root, conditions, specifier).resolveMapEntry(specifier, pkg.imports(), true);
    }

    private Target resolveExport(String subpath) {
        JsonNode exports = pkg.exports();
        boolean subpathKeys = hasSubpathKeys(exports);
        if (subpath.equals(".")) {
            JsonNode main = subpathKeys ? exports.get(".") : exports;
            return main == null ? null : target(main, null, false);
        }
        return subpathKeys ? resolveMapEntry(subpath, exports, false) : null;
    }

    private boolean hasSubpathKeys(JsonNode exports) {
        if (!exports.isObject()) {
            return false;
        }
        boolean subpaths = false;
        boolean conditionNames = false;
        for (Iterator<String> keys = exports.fieldNames(); keys.hasNext(); ) {
            if (keys.next().startsWith(".")) {
                subpaths = true;
            } else {
                conditionNames = true;
            }
        }
        if (subpaths && conditionNames) {
            throw new ModuleResolutionException(Code.INVALID_PACKAGE_JSON, "\"exports\" in " + packageJson()
                    + " mixes subpaths (keys starting with \".\") and conditions (other keys) in one object");
        }
        return subpaths;
    }

    /** {@code PACKAGE_IMPORTS_EXPORTS_RESOLVE}: an exact key first, then the most specific {@code *} pattern. */
    private Target resolveMapEntry(String matchKey, JsonNode map, boolean isImports) {
        JsonNode exact = map.get(matchKey);
        if (exact != null && !matchKey.contains("*")) {
            return target(exact, null, isImports);
        }
        List<String> patterns = new ArrayList<>();
        for (Iterator<String> keys = map.fieldNames(); keys.hasNext(); ) {
            String key = keys.next();
            int star = key.indexOf('*');
            if (star >= 0 && star == key.lastIndexOf('*')) {
                patterns.add(key);
            }
        }
        patterns.sort(PackageExports::patternKeyCompare);
        for (String key : patterns) {
            int star = key.indexOf('*');
            String base = key.substring(0, star);
            String trailer = key.substring(star + 1);
            if (matchKey.startsWith(base) && !matchKey.equals(base)
                    && (trailer.isEmpty() || (matchKey.endsWith(trailer) && matchKey.length() >= key.length()))) {
                String match = matchKey.substring(base.length(), matchKey.length() - trailer.length());
                return target(map.get(key), match, isImports);
            }
        }
        return null;
    }

    /** Node's {@code PATTERN_KEY_COMPARE}: longer prefix before the {@code *} first, then longer key. */
    private static int patternKeyCompare(String a, String b) {
        int aStar = a.indexOf('*');
        int bStar = b.indexOf('*');
        int aBase = aStar < 0 ? a.length() : aStar + 1;
        int bBase = bStar < 0 ? b.length() : bStar + 1;
        if (aBase != bBase) {
            return aBase > bBase ? -1 : 1;
        }
        if (aStar < 0) {
            return 1;
        }
        if (bStar < 0) {
            return -1;
        }
        return Integer.compare(b.length(), a.length());
    }

    /** {@code PACKAGE_TARGET_RESOLVE}; {@code null} means no condition matched (try the next one). */
    private Target target(JsonNode target, String patternMatch, boolean isImports) {
        if (target.isTextual()) {
            return stringTarget(target.asText(), patternMatch, isImports);
        }
        if (target.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = target.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (isArrayIndex(field.getKey())) {
                    throw new ModuleResolutionException(Code.INVALID_PACKAGE_JSON, "\"exports\" in " + packageJson()
                            + " uses the number \"" + field.getKey() + "\" as a condition name");
                }
                if (field.getKey().equals("default") || conditions.contains(field.getKey())) {
                    Target resolved = target(field.getValue(), patternMatch, isImports);
                    if (resolved != null) {
                        return resolved;
                    }
                }
            }
            return null;
        }
        if (target.isArray()) {
            return firstValidFallback(target, patternMatch, isImports);
        }
        if (target.isNull()) {
            return new Target.Excluded();
        }
        throw invalidTarget(target.toString());
    }

    private Target firstValidFallback(JsonNode targets, String patternMatch, boolean isImports) {
        if (targets.isEmpty()) {
            return new Target.Excluded();
        }
        ModuleResolutionException lastError = null;
        Target last = null;
        for (JsonNode each : targets) {
            try {
                last = target(each, patternMatch, isImports);
                lastError = null;
            } catch (ModuleResolutionException e) {
                if (e.code() != Code.INVALID_TARGET) {
                    throw e;
                }
                lastError = e;
                continue;
            }
            if (last != null) {
                return last;
            }
        }
        if (lastError != null) {
            throw lastError;
        }
        return last;
    }

    private Target stringTarget(String target, String patternMatch, boolean isImports) {
        if (!target.startsWith("./")) {
            if (!isImports || target.startsWith("../") || target.startsWith("/") || isNonBuiltinUrl(target)) {
                throw invalidTarget(target);
            }
            return new Target.Package(patternMatch == null ? target : target.replace("*", patternMatch));
        }
        String relative = target.substring(2);
        if (hasInvalidSegment(relative, false)) {
            throw invalidTarget(target);
        }
        if (patternMatch != null && hasInvalidSegment(patternMatch, true)) {
            throw new ModuleResolutionException(Code.INVALID_SPECIFIER, "'" + patternMatch + "' may not be used with the"
                    + " pattern \"" + target + "\" of package '" + pkg.label() + "': it has a '.', '..' or"
                    + " 'node_modules' part");
        }
        Path resolved = pkg.dir().resolve(patternMatch == null ? relative : relative.replace("*", patternMatch)).normalize();
        if (!resolved.startsWith(pkg.dir())) {
            throw invalidTarget(target);
        }
        return new Target.File(resolved);
    }

    /**
     * Whether {@code path} split on {@code /} or {@code \\} has a {@code .}, {@code ..} or {@code node_modules}
     * segment, also percent-encoded and in any case; in a target (not in what a {@code *} matched) an empty
     * segment is refused too.
     */
    private static boolean hasInvalidSegment(String path, boolean patternMatch) {
        for (String raw : path.split("[/\\\\]", -1)) {
            String segment = decodePercent(raw).toLowerCase(Locale.ROOT);
            if ((segment.isEmpty() && !patternMatch) || segment.equals(".") || segment.equals("..")
                    || segment.equals("node_modules")) {
                return true;
            }
        }
        return false;
    }

    private static String decodePercent(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        StringBuilder decoded = new StringBuilder();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()) {
                try {
                    decoded.append((char) Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException notEncoded) {
                    // a literal '%'
                }
            }
            decoded.append(c);
        }
        return decoded.toString();
    }

    private static boolean isNonBuiltinUrl(String target) {
        int colon = target.indexOf(':');
        return colon > 0 && !target.startsWith("node:") && target.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
    }

    private static boolean isArrayIndex(String key) {
        return !key.isEmpty() && key.chars().allMatch(Character::isDigit);
    }

    private ModuleResolutionException invalidTarget(String target) {
        return new ModuleResolutionException(Code.INVALID_TARGET, "package '" + pkg.label() + "' maps '" + entry
                + "' to " + target + " (" + packageJson() + "), which is not allowed: targets must start with \"./\""
                + " and stay inside the package");
    }

    private String packageJson() {
        return root.display(pkg.dir().resolve("package.json"));
    }
}
