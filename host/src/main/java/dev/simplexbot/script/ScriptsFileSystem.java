package dev.simplexbot.script;

import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The only files a script context can see: read-only access to files under the scripts' root folder, so
 * {@code import './lib/x.js'} works and {@code import '../x.js'}, {@code import '/etc/passwd'} and
 * {@code load(...)} of host files fail with a clear error. Symbolic links leading outside are refused too.
 */
final class ScriptsFileSystem implements FileSystem {
    private final Path root;
    private final FileSystem files = FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());

    ScriptsFileSystem(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public Path parsePath(URI uri) {
        if (!"file".equalsIgnoreCase(uri.getScheme())) {
            // Not a stub: the polyglot FileSystem contract's way of refusing a URI scheme. GraalJS already refuses
            // URL imports itself in a context without socket access ("Socket IO is not allowed"); this keeps any
            // other caller of this file system to file: URIs as well.
            throw new UnsupportedOperationException("scripts may only import files from their folder, not " + uri);
        }
        return Path.of(uri);
    }

    @Override
    public Path parsePath(String path) {
        return Path.of(path);
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : root.resolve(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
            throw new SecurityException("scripts can only read files: " + path);
        }
        files.checkAccess(inside(path), modes, options);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        for (OpenOption option : options) {
            if (option != StandardOpenOption.READ) {
                throw new SecurityException("scripts can only read files: " + path);
            }
        }
        return files.newByteChannel(inside(path), options, attrs);
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        return inside(files.toRealPath(inside(path), options));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        return files.readAttributes(inside(path), attributes, options);
    }

    @Override
    public DirectoryStream<Path> newDirectoryStream(Path dir, DirectoryStream.Filter<? super Path> filter) {
        throw new SecurityException("scripts cannot list folders: " + dir);
    }

    @Override
    public void createDirectory(Path dir, FileAttribute<?>... attrs) {
        throw new SecurityException("scripts cannot create folders: " + dir);
    }

    @Override
    public void delete(Path path) {
        throw new SecurityException("scripts cannot delete files: " + path);
    }

    private Path inside(Path path) throws IOException {
        Path absolute = toAbsolutePath(path).normalize();
        if (!absolute.startsWith(root)) {
            throw new SecurityException("scripts may only read files inside " + root + ", not " + path);
        }
        if (java.nio.file.Files.exists(absolute) && !absolute.toRealPath().startsWith(root)) {
            throw new SecurityException("scripts may only read files inside " + root + ", not " + path + " (a link outside)");
        }
        return absolute;
    }
}
