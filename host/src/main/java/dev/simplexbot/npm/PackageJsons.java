package dev.simplexbot.npm;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code package.json} files one load of a bot reads, each read and parsed once: a library of hundreds of
 * files asks for the same few many times. One instance serves one script context (one thread), so it needs no
 * locking, and a reload starts with a fresh one, so an {@code npm install} in between is seen.
 */
final class PackageJsons {
    private final ScriptsRoot root;
    private final Map<Path, Optional<PackageJson>> byFolder = new HashMap<>();

    PackageJsons(ScriptsRoot root) {
        this.root = root;
    }

    /** The {@code package.json} directly in {@code dir}, if there is one. */
    Optional<PackageJson> in(Path dir) {
        Optional<PackageJson> known = byFolder.get(dir);
        if (known == null) {
            known = Files.isRegularFile(dir.resolve("package.json"))
                    ? Optional.of(PackageJson.read(dir, root))
                    : Optional.empty();
            byFolder.put(dir, known);
        }
        return known;
    }

    /**
     * The package {@code file} belongs to: the nearest {@code package.json} in its folder or above, up to the
     * scripts root, never past a {@code node_modules} folder (as Node's package scope lookup).
     */
    Optional<PackageJson> scopeOf(Path file) {
        for (Path dir = file.getParent(); dir != null && root.contains(dir); dir = dir.getParent()) {
            if (dir.getFileName() != null && dir.getFileName().toString().equals("node_modules")) {
                return Optional.empty();
            }
            Optional<PackageJson> found = in(dir);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Whether a package scope is none at all or the scripts root's own {@code package.json}: the bots' files. */
    boolean isBotsOwn(Optional<PackageJson> scope) {
        return scope.isEmpty() || scope.get().dir().equals(root.path());
    }
}
