package dev.simplexbot.npm;

import dev.simplexbot.npm.ModuleResolutionException.Code;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the file a specifier names, as Node does: {@link #resolveImport} for {@code import} (bare and {@code #}
 * specifiers; GraalJS resolves relative ones itself) and {@link #resolveRequire} for {@code require}. A package is
 * looked for in {@code node_modules} of the importing file's folder, then of each folder above it, never above the
 * scripts root; its {@code package.json} {@code "exports"} decide what it offers, else {@code "module"} (for
 * imports), the {@code "browser"} entry and {@code "main"}, else {@code index.js}; a {@code "browser"} map may then
 * swap the file ({@link BrowserField}). Every result is a real path inside the scripts root.
 *
 * <p>Conditions: an import matches {@code import}, {@code module-sync}, {@code module}, {@code worker},
 * {@code browser} and {@code default}; a require matches {@code require}, {@code worker}, {@code browser} and
 * {@code default}, in the order the package lists them, as in Node. {@code node} is left out because a package's
 * {@code node} build is the one that uses Node's built-in modules, which bots do not have; {@code browser} and
 * {@code worker} are in because those builds do without them. Only when nothing matches are {@code node} and the
 * other of {@code import}/{@code require} tried (a package exporting only {@code require} can still be imported:
 * its CommonJS is loaded through {@link CommonJsFacade}).
 */
public final class ModuleResolver {
    private final ScriptsRoot root;
    private final PackageJsons packages;
    /** Modules a package's {@code "browser"} map replaces with {@code false}: loaded as an empty object. */
    private final Set<Path> emptyModules = new HashSet<>();

    enum Mode {
        IMPORT("imports", Set.of("import", "module-sync", "module", "worker", "browser", "default"),
                Set.of("import", "module-sync", "module", "worker", "browser", "default", "node", "require"),
                List.of("", ".js", ".mjs", ".cjs", ".json"), List.of("index.js", "index.mjs", "index.json")),
        REQUIRE("requires", Set.of("require", "worker", "browser", "default"),
                Set.of("require", "worker", "browser", "default", "node", "import"),
                List.of("", ".js", ".json", ".node"), List.of("index.js", "index.json", "index.node"));

        private final String verb;
        private final Set<String> conditions;
        private final Set<String> fallbackConditions;
        private final List<String> extensions;
        private final List<String> indexFiles;

        Mode(String verb, Set<String> conditions, Set<String> fallbackConditions, List<String> extensions,
                List<String> indexFiles) {
            this.verb = verb;
            this.conditions = conditions;
            this.fallbackConditions = fallbackConditions;
            this.extensions = extensions;
            this.indexFiles = indexFiles;
        }
    }

    ModuleResolver(ScriptsRoot root, PackageJsons packages) {
        this.root = root;
        this.packages = packages;
    }

    /** The file {@code import ... from 'specifier'} in {@code referrer} loads; the specifier is bare or {@code #x}. */
    public Path resolveImport(String specifier, Path referrer) {
        return resolveBare(specifier, referrer, Mode.IMPORT);
    }

    /** The file {@code require('specifier')} in {@code referrer} loads. */
    public Path resolveRequire(String specifier, Path referrer) {
        if (!PackageSpecifier.isBare(specifier)) {
            Path base = referrer.resolveSibling(specifier).normalize();
            if (!root.contains(base)) {
                throw new ModuleResolutionException(Code.OUTSIDE_SCRIPTS_FOLDER, "'" + specifier + "' (required by "
                        + root.display(referrer) + ") is outside the scripts folder " + root.path());
            }
            Path found = fileOrDirectory(base, Mode.REQUIRE);
            if (found == null) {
                throw new ModuleResolutionException(Code.NOT_FOUND, "cannot find module '" + specifier + "' required by "
                        + root.display(referrer));
            }
            return checked(found, referrer, Mode.REQUIRE);
        }
        return resolveBare(specifier, referrer, Mode.REQUIRE);
    }

    /**
     * What {@code file}'s package's {@code "browser"} map puts in its place, for a file GraalJS found itself (a
     * relative import in an ES module): the file to load instead, {@code null} when it is replaced by nothing, or
     * {@code file} itself when the map does not name it.
     */
    Path browserReplacementOf(Path file) {
        Optional<PackageJson> owner = packages.scopeOf(file);
        BrowserField.Replacement replacement = owner.isEmpty() ? null : BrowserField.forFile(owner.get(), file);
        if (replacement instanceof BrowserField.Replacement.Empty) {
            return null;
        }
        if (replacement instanceof BrowserField.Replacement.File other) {
            return replacementFile(other.path(), root.display(file), file, Mode.IMPORT);
        }
        if (replacement instanceof BrowserField.Replacement.Module other) {
            return resolveUnmapped(other.specifier(), file, Mode.IMPORT);
        }
        return file;
    }

    /** Whether {@code file} is a module a {@code "browser"} map replaced with {@code false}. */
    boolean isEmptyModule(Path file) {
        return emptyModules.contains(file);
    }

    private Path resolveBare(String specifier, Path referrer, Mode mode) {
        Optional<PackageJson> scope = packages.scopeOf(referrer);
        BrowserField.Replacement replacement = scope.isEmpty() || specifier.startsWith("#") ? null
                : BrowserField.forSpecifier(scope.get(), specifier);
        if (replacement instanceof BrowserField.Replacement.Empty) {
            Path empty = scope.get().dir().resolve("(browser: false)").resolve(specifier.replace(':', '_')).normalize();
            emptyModules.add(empty);
            return empty;
        }
        if (replacement instanceof BrowserField.Replacement.File file) {
            return replacementFile(file.path(), specifier, referrer, mode);
        }
        if (replacement instanceof BrowserField.Replacement.Module other && !other.specifier().equals(specifier)) {
            return resolveUnmapped(other.specifier(), referrer, mode);
        }
        return resolveUnmapped(specifier, referrer, mode);
    }

    private Path resolveUnmapped(String specifier, Path referrer, Mode mode) {
        if (specifier.startsWith("node:")) {
            throw builtin(specifier, referrer, mode);
        }
        if (specifier.startsWith("#")) {
            return packageImport(specifier, referrer, mode);
        }
        return packageResolve(specifier, referrer, mode);
    }

    private Path packageResolve(String specifier, Path referrer, Mode mode) {
        PackageSpecifier parsed = PackageSpecifier.parse(specifier);
        Optional<PackageJson> scope = packages.scopeOf(referrer);
        if (scope.isPresent() && parsed.name().equals(scope.get().name()) && scope.get().exports() != null) {
            return exported(scope.get(), parsed.subpath(), referrer, mode);
        }
        for (Path dir = referrer.getParent(); dir != null && root.contains(dir); dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")) {
                continue;
            }
            Path candidate = dir.resolve("node_modules").resolve(parsed.name());
            if (Files.isDirectory(candidate)) {
                return fromPackageFolder(candidate, parsed, referrer, mode);
            }
        }
        if (NodeBuiltins.isBuiltin(specifier)) {
            throw builtin(specifier, referrer, mode);
        }
        String hint = Files.isRegularFile(referrer.resolveSibling(specifier))
                ? "; a file next to it is imported as './" + specifier + "'"
                : "; install it there with npm install";
        throw new ModuleResolutionException(Code.NOT_FOUND, "cannot find package '" + parsed.name() + "' "
                + describeUse(referrer, mode) + " (no node_modules/" + parsed.name()
                + " in its folder or above it, up to the scripts folder" + hint + ")");
    }

    private Path fromPackageFolder(Path candidate, PackageSpecifier parsed, Path referrer, Mode mode) {
        Path dir = root.realPath(candidate);
        Optional<PackageJson> pkg = packages.in(dir);
        if (pkg.isPresent() && pkg.get().exports() != null) {
            return exported(pkg.get(), parsed.subpath(), referrer, mode);
        }
        String label = pkg.map(PackageJson::label).orElse(parsed.name());
        Path found = parsed.subpath().equals(".")
                ? mainFile(dir, pkg, mode)
                : fileOrDirectory(dir.resolve(parsed.subpath().substring(2)), mode);
        if (found == null) {
            throw new ModuleResolutionException(Code.NOT_FOUND, parsed.subpath().equals(".")
                    ? "package '" + label + "' in " + root.display(dir) + " has no entry file (\"main\" or index.js)"
                    : "package '" + label + "' has no file " + parsed.subpath().substring(2) + " (imported from "
                            + root.display(referrer) + ")");
        }
        return checked(found, referrer, mode);
    }

    private Path exported(PackageJson pkg, String subpath, Path referrer, Mode mode) {
        PackageExports.Target target = PackageExports.exports(pkg, subpath, mode.conditions, root);
        if (target == null) {
            target = PackageExports.exports(pkg, subpath, mode.fallbackConditions, root);
        }
        if (!(target instanceof PackageExports.Target.File file)) {
            throw new ModuleResolutionException(Code.PATH_NOT_EXPORTED, "package '" + pkg.label() + "' does not export '"
                    + subpath + "' (see \"exports\" in " + root.display(pkg.dir().resolve("package.json"))
                    + "), " + describeUse(referrer, mode));
        }
        if (!Files.isRegularFile(file.path())) {
            throw new ModuleResolutionException(Code.NOT_FOUND, "package '" + pkg.label() + "' exports '" + subpath
                    + "' as " + root.display(file.path()) + ", which does not exist, " + describeUse(referrer, mode));
        }
        return checked(file.path(), referrer, mode);
    }

    private Path packageImport(String specifier, Path referrer, Mode mode) {
        if (specifier.equals("#") || specifier.startsWith("#/")) {
            throw new ModuleResolutionException(Code.INVALID_SPECIFIER, "'" + specifier + "' is not a valid import name, "
                    + describeUse(referrer, mode));
        }
        Optional<PackageJson> scope = packages.scopeOf(referrer);
        PackageExports.Target target = null;
        if (scope.isPresent()) {
            target = PackageExports.imports(scope.get(), specifier, mode.conditions, root);
            if (target == null) {
                target = PackageExports.imports(scope.get(), specifier, mode.fallbackConditions, root);
            }
        }
        if (target instanceof PackageExports.Target.File file) {
            if (!Files.isRegularFile(file.path())) {
                throw new ModuleResolutionException(Code.NOT_FOUND, "'" + specifier + "' leads to "
                        + root.display(file.path()) + ", which does not exist, " + describeUse(referrer, mode));
            }
            return checked(file.path(), referrer, mode);
        }
        if (target instanceof PackageExports.Target.Package other) {
            if (NodeBuiltins.isBuiltin(other.specifier())) {
                throw builtin(other.specifier(), referrer, mode);
            }
            return resolveUnmapped(other.specifier(), scope.get().dir().resolve("package.json"), mode);
        }
        throw new ModuleResolutionException(Code.IMPORT_NOT_DEFINED, "'" + specifier + "' is not defined by \"imports\""
                + scope.map(pkg -> " in " + root.display(pkg.dir().resolve("package.json"))).orElse(" (no package.json)")
                + ", " + describeUse(referrer, mode));
    }

    /**
     * The entry of a package without {@code "exports"}: {@code "module"} (imports only), the {@code "browser"} entry
     * (the build without Node's built-ins), {@code "main"}, then {@code index.js}.
     */
    private Path mainFile(Path dir, Optional<PackageJson> pkg, Mode mode) {
        if (pkg.isPresent()) {
            for (String entry : mode == Mode.IMPORT
                    ? new String[] {pkg.get().module(), pkg.get().browserEntry(), pkg.get().main()}
                    : new String[] {pkg.get().browserEntry(), pkg.get().main()}) {
                if (entry != null) {
                    Path base = dir.resolve(entry).normalize();
                    if (!base.startsWith(dir)) {
                        throw new ModuleResolutionException(Code.INVALID_TARGET, "package '" + pkg.get().label()
                                + "' names " + entry + " as its entry, outside the package");
                    }
                    Path found = fileOrIndex(base, mode);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return indexFile(dir, mode);
    }

    /** Node's LOAD_AS_FILE then LOAD_AS_DIRECTORY, with the probing of {@code mode}. */
    private Path fileOrDirectory(Path base, Mode mode) {
        Path file = fileOrIndex(base, mode);
        if (file != null || !Files.isDirectory(base)) {
            return file;
        }
        return mainFile(base, packages.in(base), mode);
    }

    private Path fileOrIndex(Path base, Mode mode) {
        for (String extension : mode.extensions) {
            Path file = extension.isEmpty() ? base : base.resolveSibling(base.getFileName() + extension);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return Files.isDirectory(base) ? indexFile(base, mode) : null;
    }

    private static Path indexFile(Path dir, Mode mode) {
        for (String index : mode.indexFiles) {
            Path file = dir.resolve(index);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        return null;
    }

    /**
     * The real path of a found file, after checking it is inside the root and not a native addon, and after its
     * package's {@code "browser"} map had its say.
     */
    private Path checked(Path file, Path referrer, Mode mode) {
        Path real = root.realPath(file);
        Optional<PackageJson> owner = packages.scopeOf(real);
        BrowserField.Replacement replacement = owner.isEmpty() ? null : BrowserField.forFile(owner.get(), real);
        if (replacement instanceof BrowserField.Replacement.Empty) {
            emptyModules.add(real);
        } else if (replacement instanceof BrowserField.Replacement.File other) {
            return replacementFile(other.path(), root.display(real), referrer, mode);
        } else if (replacement instanceof BrowserField.Replacement.Module other) {
            return resolveUnmapped(other.specifier(), real, mode);
        }
        return notAnAddon(real, referrer);
    }

    private Path replacementFile(Path path, String replaced, Path referrer, Mode mode) {
        Path found = fileOrIndex(path, mode);
        if (found == null) {
            throw new ModuleResolutionException(Code.NOT_FOUND, "the \"browser\" field replaces " + replaced + " with "
                    + root.display(path) + ", which does not exist (" + describeUse(referrer, mode) + ")");
        }
        return notAnAddon(root.realPath(found), referrer);
    }

    private Path notAnAddon(Path real, Path referrer) {
        if (real.getFileName().toString().endsWith(".node")) {
            throw new ModuleResolutionException(Code.NATIVE_ADDON, packageOf(referrer) + " needs the native addon "
                    + root.display(real) + ", which bots cannot load: only JavaScript runs in the sandbox");
        }
        return real;
    }

    ModuleResolutionException builtin(String specifier, Path referrer, Mode mode) {
        return builtin(specifier, referrer, mode, root.display(referrer));
    }

    /** The refusal of a Node built-in, naming the package (or the bot's file) that asked for it at {@code location}. */
    ModuleResolutionException builtin(String specifier, Path referrer, Mode mode, String location) {
        Optional<PackageJson> scope = packages.scopeOf(referrer);
        String who = packages.isBotsOwn(scope) ? location : "package '" + scope.get().label() + "' (" + location + ")";
        return new ModuleResolutionException(Code.NODE_BUILTIN, who + " " + mode.verb + " the Node built-in module '"
                + specifier + "', which bots do not have: only pure-JavaScript packages run in the sandbox");
    }

    /** {@code package 'x'} for a file of a package, else the file itself ({@code bot.js}). */
    private String packageOf(Path file) {
        Optional<PackageJson> scope = packages.scopeOf(file);
        return packages.isBotsOwn(scope) ? root.display(file) : "package '" + scope.get().label() + "'";
    }

    private String describeUse(Path referrer, Mode mode) {
        return (mode == Mode.IMPORT ? "imported from " : "required by ") + root.display(referrer);
    }
}
