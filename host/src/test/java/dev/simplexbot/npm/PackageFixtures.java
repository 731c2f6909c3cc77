package dev.simplexbot.npm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The small hand-written npm packages in test resources ({@code npm/node_modules}), copied into a test's scripts
 * folder so a test can add links and files without touching the originals.
 */
public final class PackageFixtures {
    private PackageFixtures() {}

    /** Copies every fixture package into {@code root/node_modules}; returns {@code root}. */
    public static Path installInto(Path root) {
        try {
            Path source = Path.of(PackageFixtures.class.getResource("/npm/node_modules").toURI());
            try (Stream<Path> files = Files.walk(source)) {
                for (Path from : (Iterable<Path>) files::iterator) {
                    Path to = root.resolve("node_modules").resolve(source.relativize(from).toString());
                    if (Files.isDirectory(from)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(from, to);
                    }
                }
            }
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
