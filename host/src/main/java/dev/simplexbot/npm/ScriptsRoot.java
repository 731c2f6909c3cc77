package dev.simplexbot.npm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The folder a bot's modules and packages must come from. Every path the module loader reads is checked here:
 * it must lie inside the root, and when it exists its real path (symbolic links followed) must too, so a link to
 * a folder outside (from {@code npm link}, say) is refused while links within the root (a pnpm layout under
 * {@code node_modules/.pnpm}) work. One instance serves one load of one bot (its context's thread), so what it
 * has checked it remembers for that load.
 */
public final class ScriptsRoot {
    private final Path root;
    /** Paths already found inside, with their real paths: GraalJS checks each module file several times per load. */
    private final Map<Path, Path> checked = new HashMap<>();

    public ScriptsRoot(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException notThere) {
            real = absolute;
        }
        this.root = real;
    }

    public Path path() {
        return root;
    }

    /**
     * {@code path} made absolute and normalised, after checking it stays inside the root.
     *
     * @throws SecurityException when the path, or the real path it links to, is outside the root
     */
    public Path inside(Path path) throws IOException {
        Path absolute = (path.isAbsolute() ? path : root.resolve(path)).normalize();
        if (!absolute.startsWith(root)) {
            throw new SecurityException("scripts may only read files inside " + root + ", not " + path);
        }
        if (!checked.containsKey(absolute) && Files.exists(absolute)) {
            Path real = absolute.toRealPath();
            if (!real.startsWith(root)) {
                throw new SecurityException("scripts may only read files inside " + root + ", not " + path + " (a link outside)");
            }
            checked.put(absolute, real);
        }
        return absolute;
    }

    /** Whether {@code path} (absolute and normalised) is the root or below it. */
    boolean contains(Path path) {
        return path.startsWith(root);
    }

    /** The real path of an existing file or folder that must be inside the root. */
    Path realPath(Path path) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new ModuleResolutionException(ModuleResolutionException.Code.NOT_FOUND,
                    "cannot read " + display(path) + ": " + e.getMessage());
        }
        if (!real.startsWith(root)) {
            throw new ModuleResolutionException(ModuleResolutionException.Code.OUTSIDE_SCRIPTS_FOLDER,
                    display(path) + " is a link to " + real + ", outside the scripts folder " + root
                            + "; bots may only read files inside it (install a copy instead of a link: npm install --install-links)");
        }
        return real;
    }

    /** {@code path} relative to the root, for messages ({@code node_modules/pkg/index.js}). */
    public String display(Path path) {
        Path normalized = path.toAbsolutePath().normalize();
        return normalized.startsWith(root) && !normalized.equals(root)
                ? root.relativize(normalized).toString().replace('\\', '/')
                : normalized.toString();
    }
}
