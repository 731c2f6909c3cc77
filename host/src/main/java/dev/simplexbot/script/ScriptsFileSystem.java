package dev.simplexbot.script;

import dev.simplexbot.npm.ModuleResolutionException;
import dev.simplexbot.npm.ScriptModules;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
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
 *
 * <p>It is also where npm packages are found. GraalJS's ES module loader resolves a relative specifier against
 * the importing module's path, but hands a bare one ({@code 'lodash-es'}, {@code '@scope/pkg/sub'}) to
 * {@link #parsePath(String)} on its own, right after parsing the importing module's path
 * ({@code DefaultESModuleLoader.resolveImportedModule} in GraalJS 25). Its own ways of resolving packages
 * ({@code js.commonjs-require}, {@code js.esm-bare-specifier-relative-lookup}) are refused under
 * {@code SandboxPolicy.CONSTRAINED}; a custom URL scheme would not survive past the first module (GraalJS gives
 * modules it reads from files file sources), and rewriting specifiers in the served source would take a full
 * ES module parser and move error columns. So this file system remembers the absolute path parsed last as the importing
 * module and resolves the bare specifier that follows it as Node would ({@link ScriptModules#resolveImport}),
 * returning the real path of the file found: GraalJS keys the module by it and resolves that file's own relative
 * imports from there. Any other call in between forgets the importing module; a bare specifier without one
 * (code evaluated from a string) is resolved from the scripts root. NpmPackagesTest pins this order (a package
 * with its own nested copy of a dependency gets that copy), so a GraalJS upgrade that changed it would fail there.
 *
 * <p>What GraalJS reads for a module comes from {@link ScriptModules#moduleSource}: the file, or the ES module
 * facade of a CommonJS file.
 */
final class ScriptsFileSystem implements FileSystem {
    private final ScriptModules modules;
    private final FileSystem files = FileSystem.newReadOnlyFileSystem(FileSystem.newDefaultFileSystem());
    /** The module whose imports GraalJS is resolving: the absolute path it parsed last, until the next call. */
    private Path importingModule;

    ScriptsFileSystem(ScriptModules modules) {
        this.modules = modules;
    }

    ScriptsFileSystem(Path root) {
        this(new ScriptModules(root));
    }

    @Override
    public Path parsePath(URI uri) {
        importingModule = null;
        if ("node".equalsIgnoreCase(uri.getScheme())) {
            // GraalJS reads this path as the module; newByteChannel refuses it with a clear reason.
            return builtinModulePath(uri.toString());
        }
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
        Path importer = importingModule;
        importingModule = null;
        if (ScriptModules.isBareSpecifier(path)) {
            try {
                return modules.resolveImport(path, importer != null ? importer : modules.root().path().resolve("(eval)"));
            } catch (ModuleResolutionException e) {
                // GraalJS turns exactly this exception from parsePath into the import's Error, message unchanged.
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        Path parsed = Path.of(path);
        if (parsed.isAbsolute()) {
            importingModule = parsed;
        }
        return parsed;
    }

    @Override
    public Path toAbsolutePath(Path path) {
        return path.isAbsolute() ? path : modules.root().path().resolve(path);
    }

    @Override
    public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... options) throws IOException {
        importingModule = null;
        if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
            throw new SecurityException("scripts can only read files: " + path);
        }
        files.checkAccess(inside(path), modes, options);
    }

    @Override
    public SeekableByteChannel newByteChannel(Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs)
            throws IOException {
        importingModule = null;
        for (OpenOption option : options) {
            if (option != StandardOpenOption.READ) {
                throw new SecurityException("scripts can only read files: " + path);
            }
        }
        String builtin = builtinModuleName(path);
        if (builtin != null) {
            throw new IOException(ScriptModules.builtinRefusal(builtin));
        }
        Path file = inside(path);
        return new ByteArrayChannel(modules.moduleSource(Files.exists(file) ? file.toRealPath() : file));
    }

    @Override
    public Path toRealPath(Path path, LinkOption... options) throws IOException {
        importingModule = null;
        if (builtinModuleName(path) != null) {
            return path;
        }
        return inside(files.toRealPath(inside(path), options));
    }

    @Override
    public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options) throws IOException {
        importingModule = null;
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
        return modules.root().inside(path);
    }

    /** Where a {@code node:} import is read from: a name no file has, directly in the root. */
    private Path builtinModulePath(String specifier) {
        return modules.root().path().resolve(specifier);
    }

    private String builtinModuleName(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith("node:") && modules.root().path().equals(path.getParent())
                ? name.toString()
                : null;
    }
}
