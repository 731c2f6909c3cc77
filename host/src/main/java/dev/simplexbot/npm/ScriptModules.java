package dev.simplexbot.npm;

import dev.simplexbot.npm.ModuleResolver.Mode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

/**
 * Module loading for one script context: npm packages found as Node finds them, CommonJS run through a loader,
 * everything read from inside the scripts root. The context's file system asks it what a bare specifier names
 * ({@link #resolveImport}) and what to give GraalJS for a module file ({@link #moduleSource}); the CommonJS loader
 * script installed by {@link #installCommonJs} asks through {@link CommonJsHost}. A reload makes a new instance,
 * so nothing read here outlives one version of a bot.
 */
public final class ScriptModules {
    /** Source name of the CommonJS loader script, which error locations skip as they skip the prelude. */
    public static final String LOADER_SOURCE_NAME = "simplex-bot-commonjs.js";
    private static final Source LOADER = loadLoader();
    private static final byte[] EMPTY_MODULE = "export default {};\n".getBytes(StandardCharsets.UTF_8);

    private final ScriptsRoot root;
    private final ModuleResolver resolver;
    private final ModuleFormats formats;
    private final CommonJsFacade facades;
    private final Runnable onModuleRead;

    public ScriptModules(Path root) {
        this(root, () -> { });
    }

    /** {@code onModuleRead} runs each time a module file is read for the script (to tell its watchdog). */
    public ScriptModules(Path root, Runnable onModuleRead) {
        this.onModuleRead = onModuleRead;
        this.root = new ScriptsRoot(root);
        PackageJsons packages = new PackageJsons(this.root);
        this.resolver = new ModuleResolver(this.root, packages);
        this.formats = new ModuleFormats(this.root, packages);
        this.facades = new CommonJsFacade(resolver, formats);
    }

    public ScriptsRoot root() {
        return root;
    }

    ModuleResolver resolver() {
        return resolver;
    }

    /**
     * The file an {@code import} of the bare or {@code #} specifier in {@code referrer} loads.
     *
     * @throws ModuleResolutionException with one line saying which package or module and why not
     */
    public Path resolveImport(String specifier, Path referrer) {
        return resolver.resolveImport(specifier, referrer);
    }

    /**
     * Whether GraalJS hands {@code specifier} to the file system as it is, to be resolved here: not a path
     * ({@code /}, {@code ./}, {@code ../}) and not empty (the working directory).
     */
    public static boolean isBareSpecifier(String specifier) {
        return PackageSpecifier.isBare(specifier);
    }

    /**
     * What GraalJS reads for the module file {@code file} (a real path inside the root): the file itself, or for a
     * CommonJS file the ES module facade that runs it. An ES module that statically imports a {@code node:} built-in
     * is refused here, where the importing file is known.
     *
     * @throws IOException when the file cannot be read, or is refused with a one-line reason
     */
    public byte[] moduleSource(Path file) throws IOException {
        onModuleRead.run();
        SourceText source = new SourceText(file);
        try {
            return switch (formatOf(file, source)) {
                case EMPTY -> EMPTY_MODULE;
                case COMMONJS -> facades.of(file, source).getBytes(StandardCharsets.UTF_8);
                case ES_MODULE -> esModuleSource(file, source);
                case JSON -> source.bytes();
            };
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (ModuleResolutionException e) {
            throw new ModuleRefusedException(e.getMessage());
        }
    }

    /** An ES module as it is, or what its package's {@code "browser"} map puts in its place (re-exported). */
    private byte[] esModuleSource(Path file, SourceText source) {
        Path replacement = resolver.browserReplacementOf(file);
        if (replacement == null) {
            return EMPTY_MODULE;
        }
        if (!replacement.equals(file)) {
            String quoted = CommonJsFacade.quote(replacement.toString());
            boolean hasDefault = ModuleSyntax.hasDefaultExport(new SourceText(replacement).tokens());
            return ("export * from " + quoted + ";\n" + (hasDefault ? "export { default } from " + quoted + ";\n" : ""))
                    .getBytes(StandardCharsets.UTF_8);
        }
        refuseBuiltinImports(file, source);
        return source.bytes();
    }

    /** Why an import of the {@code node:} built-in {@code specifier} fails, when the importing file is not known. */
    public static String builtinRefusal(String specifier) {
        return "'" + specifier + "' is a Node built-in module, which bots do not have: only pure-JavaScript packages"
                + " run in the sandbox";
    }

    /** Makes the CommonJS loader available to the module facades in {@code context}; call once, before any module. */
    public void installCommonJs(Context context) {
        context.eval(LOADER).execute(new CommonJsHost(this, context));
    }

    void moduleRead() {
        onModuleRead.run();
    }

    ModuleFormat formatOf(Path file) {
        return formatOf(file, new SourceText(file));
    }

    private ModuleFormat formatOf(Path file, SourceText source) {
        return resolver.isEmptyModule(file) ? ModuleFormat.EMPTY : formats.of(file, source);
    }

    private void refuseBuiltinImports(Path file, SourceText source) {
        if (!source.containsAscii("node:")) {
            return;
        }
        for (ModuleSyntax.StaticImport each : ModuleSyntax.staticImports(source.tokens())) {
            if (each.specifier().startsWith("node:")) {
                throw resolver.builtin(each.specifier(), file, Mode.IMPORT,
                        root.display(file) + ":" + ModuleSyntax.lineOf(source.text(), each.offset()));
            }
        }
    }

    private static Source loadLoader() {
        try (InputStream in = ScriptModules.class.getResourceAsStream("commonjs.js")) {
            if (in == null) {
                throw new IllegalStateException("commonjs.js missing from the simplex-bot jar");
            }
            return Source.newBuilder("js", new String(in.readAllBytes(), StandardCharsets.UTF_8), LOADER_SOURCE_NAME)
                    .buildLiteral();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A module GraalJS must not load, with the reason as the message (an IOException is what a read may throw). */
    static final class ModuleRefusedException extends IOException {
        ModuleRefusedException(String message) {
            super(message);
        }
    }
}
