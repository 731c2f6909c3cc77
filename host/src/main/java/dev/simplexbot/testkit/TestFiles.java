package dev.simplexbot.testkit;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Finds {@code *.test.js} files: the file itself, or every one under a folder except in node_modules and dot-folders. */
final class TestFiles {
    static final String SUFFIX = ".test.js";

    private TestFiles() {}

    /** @throws IllegalArgumentException when {@code path} is neither a folder nor a {@code *.test.js} file */
    static List<Path> find(Path path) throws IOException {
        if (Files.isRegularFile(path)) {
            if (!path.getFileName().toString().endsWith(SUFFIX)) {
                throw new IllegalArgumentException("not a test file (expected *" + SUFFIX + "): " + path);
            }
            return List.of(path);
        }
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("no such file or folder: " + path);
        }
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(path, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skipped = !dir.equals(path) && (name.equals("node_modules") || name.startsWith("."));
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && file.getFileName().toString().endsWith(SUFFIX)) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }
}
