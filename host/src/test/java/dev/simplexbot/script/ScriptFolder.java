package dev.simplexbot.script;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** A folder of scripts in a test's temp directory; {@link #write} saves like an editor (temp file + rename). */
record ScriptFolder(Path root) {
    Path write(String relativePath, String source) {
        try {
            Path file = root.resolve(relativePath);
            Files.createDirectories(file.getParent());
            Path temp = file.resolveSibling("." + file.getFileName() + ".swp");
            Files.writeString(temp, source);
            return Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String relativePath) {
        try {
            Files.delete(root.resolve(relativePath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path(String relativePath) {
        return root.resolve(relativePath);
    }
}
