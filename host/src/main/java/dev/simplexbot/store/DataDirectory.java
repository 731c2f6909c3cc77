package dev.simplexbot.store;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * The host's data directory ({@code --data-dir}): created on first use, readable by its owner only. Its
 * {@code files} folder is the files area: where bots may have the CLI save received files and read files to send.
 */
public final class DataDirectory {
    private static final String FILES_AREA = "files";
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    private final Path root;

    private DataDirectory(Path root) {
        this.root = root;
    }

    /** Creates {@code root} (and parents) if missing and restricts it to its owner. */
    public static DataDirectory open(Path root) throws IOException {
        Path dir = root.toAbsolutePath().normalize();
        Files.createDirectories(dir);
        restrict(dir, OWNER_ONLY_DIR);
        return new DataDirectory(dir);
    }

    public Path root() {
        return root;
    }

    /** {@code <data-dir>/files}, by name. */
    public static Path filesAreaOf(Path dataDir) {
        return dataDir.toAbsolutePath().normalize().resolve(FILES_AREA);
    }

    /** Creates the files area if missing, and restricts it to the owner like the directory itself. */
    public Path createFilesArea() throws IOException {
        Path files = filesAreaOf(root);
        Files.createDirectories(files);
        restrict(files, OWNER_ONLY_DIR);
        return files;
    }

    /** A file inside the directory; created empty and owner-only when it does not exist yet. */
    public Path ownerOnlyFile(String name) throws IOException {
        Path file = root.resolve(name);
        if (Files.notExists(file)) {
            Files.createFile(file);
        }
        restrict(file, OWNER_ONLY_FILE);
        return file;
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, permissions);
        }
    }
}
