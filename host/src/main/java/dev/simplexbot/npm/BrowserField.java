package dev.simplexbot.npm;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * A package's {@code "browser"} map, as bundlers apply it to browser builds: {@code {"./lib/node.js":
 * "./lib/browser.js", "fs": false}} replaces a file of the package or a module it requires with another, or with
 * an empty module ({@code false}). Packages use it to swap out code that needs Node's built-in modules, so the
 * loader honours it like the {@code browser} condition of {@code "exports"}. (A {@code "browser"} string is the
 * package's browser entry; {@link ModuleResolver} reads that itself.)
 */
final class BrowserField {
    /** What the map puts in place of a module. */
    sealed interface Replacement {
        /** {@code false}: a module whose exports are an empty object. */
        record Empty() implements Replacement {}

        /** Another file of the package. */
        record File(Path path) implements Replacement {}

        /** Another module, by specifier (resolved from the package). */
        record Module(String specifier) implements Replacement {}
    }

    private static final String[] FILE_KEY_FORMS = {"", ".js", ".json", "/index.js"};

    private BrowserField() {}

    /** The replacement for {@code require}/{@code import} of the bare {@code specifier} inside {@code pkg}, or null. */
    static Replacement forSpecifier(PackageJson pkg, String specifier) {
        JsonNode map = pkg.browser();
        if (map == null || !map.isObject() || !map.has(specifier)) {
            return null;
        }
        return replacement(pkg, map.get(specifier));
    }

    /** The replacement for {@code file} (a file of {@code pkg}), or null. */
    static Replacement forFile(PackageJson pkg, Path file) {
        JsonNode map = pkg.browser();
        if (map == null || !map.isObject()) {
            return null;
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = map.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getKey().startsWith("./") && names(pkg.dir(), entry.getKey(), file)) {
                return replacement(pkg, entry.getValue());
            }
        }
        return null;
    }

    /** Whether the key {@code ./lib/node} names {@code file} ({@code lib/node}, {@code .js}, {@code .json}, index). */
    private static boolean names(Path dir, String key, Path file) {
        String base = key.endsWith("/") ? key.substring(0, key.length() - 1) : key;
        for (String form : FILE_KEY_FORMS) {
            if (dir.resolve(base + form).normalize().equals(file)) {
                return true;
            }
        }
        return false;
    }

    private static Replacement replacement(PackageJson pkg, JsonNode value) {
        if (value.isBoolean() && !value.asBoolean()) {
            return new Replacement.Empty();
        }
        if (!value.isTextual()) {
            return null;
        }
        String target = value.asText();
        if (target.startsWith("./") || target.startsWith("../")) {
            Path path = pkg.dir().resolve(target).normalize();
            return path.startsWith(pkg.dir()) ? new Replacement.File(path) : null;
        }
        return new Replacement.Module(target);
    }
}
