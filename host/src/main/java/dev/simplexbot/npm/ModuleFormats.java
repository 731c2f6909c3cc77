package dev.simplexbot.npm;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Decides whether a file is an ES module or CommonJS, as Node does for packages: {@code .mjs} and {@code .cjs} say
 * so themselves; otherwise the package's {@code "type"}; without one, the file's syntax ({@code import}/{@code export}
 * declarations make it an ES module). The bots' own files (outside any package, or in the scripts folder's own
 * {@code package.json} scope) are ES modules whatever that {@code package.json} says, as bots always were; a bot
 * that wants a CommonJS file of its own names it {@code .cjs}.
 */
final class ModuleFormats {
    private final ScriptsRoot root;
    private final PackageJsons packages;
    private final Map<Path, ModuleFormat> byFile = new HashMap<>();

    ModuleFormats(ScriptsRoot root, PackageJsons packages) {
        this.root = root;
        this.packages = packages;
    }

    /** The format of {@code file}, a real path inside the root; {@code source} is read only if the syntax decides. */
    ModuleFormat of(Path file, SourceText source) {
        ModuleFormat known = byFile.get(file);
        if (known == null) {
            known = decide(file, source);
            byFile.put(file, known);
        }
        return known;
    }

    private ModuleFormat decide(Path file, SourceText source) {
        String name = file.getFileName().toString();
        if (name.endsWith(".mjs")) {
            return ModuleFormat.ES_MODULE;
        }
        if (name.endsWith(".cjs")) {
            return ModuleFormat.COMMONJS;
        }
        if (name.endsWith(".json")) {
            return ModuleFormat.JSON;
        }
        Optional<PackageJson> scope = packages.scopeOf(file);
        if (!inNodeModules(file) && packages.isBotsOwn(scope)) {
            return ModuleFormat.ES_MODULE;
        }
        if (scope.isPresent() && scope.get().isModuleType()) {
            return ModuleFormat.ES_MODULE;
        }
        if (scope.isPresent() && scope.get().isCommonJsType()) {
            return ModuleFormat.COMMONJS;
        }
        return ModuleSyntax.isEsModule(source.tokens()) ? ModuleFormat.ES_MODULE : ModuleFormat.COMMONJS;
    }

    private boolean inNodeModules(Path file) {
        for (Path part : root.path().relativize(file)) {
            if (part.toString().equals("node_modules")) {
                return true;
            }
        }
        return false;
    }
}
