package dev.simplexbot.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Which files are bots. In a folder, each top-level {@code *.js} is a bot, except {@code *.test.js} and names
 * starting with {@code _} or {@code .}; files in subfolders or starting with {@code _} are modules that bots
 * import. A single file path runs just that file; its folder is the import root.
 *
 * @param root the folder scripts may import from
 * @param singleFile the one bot when started with a file, else {@code null}
 */
record ScriptsLayout(Path root, Path singleFile) {

    static ScriptsLayout of(Path fileOrFolder) {
        Path path = fileOrFolder.toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            return new ScriptsLayout(realPath(path), null);
        }
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException("no such file or folder: " + fileOrFolder);
        }
        if (!path.getFileName().toString().endsWith(".js")) {
            throw new IllegalArgumentException("not a JavaScript file (expected *.js): " + fileOrFolder);
        }
        Path real = realPath(path);
        return new ScriptsLayout(real.getParent(), real);
    }

    List<Path> bots() throws IOException {
        if (singleFile != null) {
            return List.of(singleFile);
        }
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(this::isBot).sorted().toList();
        }
    }

    boolean isBot(Path file) {
        if (singleFile != null) {
            return file.equals(singleFile);
        }
        return root.equals(file.getParent()) && isBotFileName(file.getFileName().toString()) && !Files.isDirectory(file);
    }

    static boolean isBotFileName(String fileName) {
        return fileName.endsWith(".js") && !fileName.endsWith(".test.js")
                && !fileName.startsWith("_") && !fileName.startsWith(".");
    }

    /**
     * Files whose change reloads the bots: modules a bot may import, and what an npm (or yarn, pnpm) install
     * rewrites next to them ({@code package.json} and {@code package-lock.json} are {@code .json} files too).
     */
    static boolean isModuleFileName(String fileName) {
        return fileName.endsWith(".js") || fileName.endsWith(".mjs") || fileName.endsWith(".cjs")
                || fileName.endsWith(".json") || fileName.equals("yarn.lock") || fileName.equals("pnpm-lock.yaml");
    }

    /** Editors' temporary and backup files, never worth a reload. */
    static boolean isEditorNoise(String fileName) {
        return fileName.startsWith(".") || fileName.endsWith("~") || fileName.endsWith(".swp")
                || fileName.endsWith(".swx") || fileName.endsWith(".tmp") || fileName.matches("\\d+");
    }

    static String botName(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.length() - ".js".length());
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot open " + path + ": " + e.getMessage(), e);
        }
    }
}
