package dev.simplexbot.npm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fields of a {@code package.json} that module resolution reads.
 *
 * @param dir the package's folder (its real path)
 * @param name {@code "name"}, or {@code null}
 * @param type {@code "type"} ({@code "module"} or {@code "commonjs"}), or {@code null}
 * @param main {@code "main"}, or {@code null}
 * @param module {@code "module"} (the ES module entry bundlers use), or {@code null}
 * @param exports {@code "exports"} as written (key order kept, it decides which condition wins), or {@code null}
 * @param imports {@code "imports"} (the package's private {@code #name} map), or {@code null}
 * @param browser {@code "browser"}: the browser entry (a string) or a map of replacements ({@link BrowserField}), or
 *     {@code null}
 */
record PackageJson(Path dir, String name, String type, String main, String module, JsonNode exports, JsonNode imports,
        JsonNode browser) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static PackageJson read(Path dir, ScriptsRoot root) {
        Path file = dir.resolve("package.json");
        JsonNode json;
        try {
            json = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new ModuleResolutionException(ModuleResolutionException.Code.INVALID_PACKAGE_JSON,
                    root.display(file) + " is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new ModuleResolutionException(ModuleResolutionException.Code.INVALID_PACKAGE_JSON,
                    "cannot read " + root.display(file) + ": " + e.getMessage());
        }
        if (json == null || !json.isObject()) {
            throw new ModuleResolutionException(ModuleResolutionException.Code.INVALID_PACKAGE_JSON,
                    root.display(file) + " is not a JSON object");
        }
        return new PackageJson(dir, text(json, "name"), text(json, "type"), text(json, "main"), text(json, "module"),
                present(json.get("exports")), present(json.get("imports")), present(json.get("browser")));
    }

    /** The {@code "browser"} entry, when it is a string (not a map of replacements). */
    String browserEntry() {
        return browser != null && browser.isTextual() && !browser.asText().isEmpty() ? browser.asText() : null;
    }

    boolean isModuleType() {
        return "module".equals(type);
    }

    boolean isCommonJsType() {
        return "commonjs".equals(type);
    }

    /** How messages name the package: its name, or its folder when it has none. */
    String label() {
        return name != null ? name : dir.getFileName().toString();
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value != null && value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
    }

    private static JsonNode present(JsonNode value) {
        return value == null || value.isNull() ? null : value;
    }
}
