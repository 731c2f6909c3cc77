package dev.simplexbot.npm;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * What the CommonJS loader script asks of the host: resolving {@code require}, and reading, compiling or importing
 * a resolved file. The loader is reachable from any script code, so every path it passes is checked again here
 * against the scripts root. Errors a script should see come back as JSON {@code {message, code}}.
 */
public final class CommonJsHost {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * A CommonJS file runs as the body of the inner function, on the file's first line so line numbers stay right
     * (as Node wraps it), outside strict mode as CommonJS code expects. The outer function gives it {@code process}
     * and {@code global} as bindings it may shadow with its own declarations (parameters of the inner function could
     * not be redeclared with {@code let}).
     */
    private static final String WRAPPER_START =
            "(function (process, global) { return function (exports, require, module, __filename, __dirname) {";
    private static final String WRAPPER_END = "\n}; })";

    private final ScriptModules modules;
    private final Context context;

    CommonJsHost(ScriptModules modules, Context context) {
        this.modules = modules;
        this.context = context;
    }

    /** {@code {"path", "format"}} of what {@code require(specifier)} in {@code from} loads, or {@code {"error"}}. */
    @HostAccess.Export
    public String resolve(String specifier, String from) {
        ObjectNode answer = JSON.createObjectNode();
        try {
            Path file = modules.resolver().resolveRequire(specifier, moduleFile(from));
            answer.put("path", file.toString());
            answer.put("format", modules.formatOf(file).jsName());
        } catch (ModuleResolutionException e) {
            ObjectNode error = answer.putObject("error");
            error.put("message", e.getMessage());
            error.put("code", e.code().nodeCode());
        }
        return answer.toString();
    }

    /** The format of a file the loader was asked for directly (by an ES module facade). */
    @HostAccess.Export
    public String format(String file) {
        Path path = insideRoot(file);
        return modules.formatOf(modules.resolver().isEmptyModule(path) ? path : modules.root().realPath(path)).jsName();
    }

    /**
     * The CommonJS file as a function of {@code (process, global)} that returns the module function of
     * {@code (exports, require, module, __filename, __dirname)}.
     */
    @HostAccess.Export
    public Value compile(String file) {
        Path path = moduleFile(file);
        modules.moduleRead();
        String text = new SourceText(path).text();
        if (text.startsWith("#!")) {
            text = "//" + text.substring(2);
        }
        return context.eval(Source.newBuilder("js", WRAPPER_START + text + WRAPPER_END, path.toString()).buildLiteral());
    }

    @HostAccess.Export
    public String readJson(String file) {
        modules.moduleRead();
        return new SourceText(moduleFile(file)).text();
    }

    /** {@code require} of an ES module: its namespace, once the module graph has run (no top-level await). */
    @HostAccess.Export
    public Value importModule(String file) {
        Path path = moduleFile(file);
        modules.moduleRead();
        try {
            return context.eval(Source.newBuilder("js", path.toFile()).mimeType(ModuleFormat.ES_MODULE_MIME_TYPE).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path moduleFile(String file) {
        return modules.root().realPath(insideRoot(file));
    }

    private Path insideRoot(String file) {
        Path path;
        try {
            path = Path.of(file).normalize();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a module path: " + file);
        }
        if (!path.isAbsolute() || !modules.root().contains(path)) {
            throw new SecurityException("scripts may only load modules inside " + modules.root().path() + ", not " + file);
        }
        return path;
    }
}
