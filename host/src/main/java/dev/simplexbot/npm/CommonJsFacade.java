package dev.simplexbot.npm;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The ES module that stands in for a CommonJS file when an ES module imports it. Evaluating it runs the file
 * through the CommonJS loader (once: the loader caches it, so {@code require} elsewhere gets the same module), makes
 * {@code module.exports} the default export, and exports each name {@link CommonJsExports} finds, followed through
 * re-exports of other CommonJS files, with its value once the file has run — what Node gives an {@code import} of
 * CommonJS.
 */
final class CommonJsFacade {
    /** The global symbol the loader is installed under; the facade is the only code meant to use it. */
    static final String LOADER_SYMBOL = "simplex-bot.commonjs";
    private static final int MAX_REEXPORT_DEPTH = 32;

    private final ModuleResolver resolver;
    private final ModuleFormats formats;

    CommonJsFacade(ModuleResolver resolver, ModuleFormats formats) {
        this.resolver = resolver;
        this.formats = formats;
    }

    String of(Path file, SourceText source) {
        StringBuilder text = new StringBuilder()
                .append("const e = globalThis[Symbol.for(").append(quote(LOADER_SYMBOL)).append(")](")
                .append(quote(file.toString())).append(");\n")
                .append("export default e;\n")
                .append("const o = e !== null && (typeof e === 'object' || typeof e === 'function') ? e : {};\n");
        Set<String> names = new LinkedHashSet<>();
        collectNames(file, source, names, new HashSet<>(), 0);
        StringBuilder exports = new StringBuilder();
        int i = 0;
        for (String name : names) {
            text.append("const n").append(i).append(" = o[").append(quote(name)).append("];\n");
            exports.append(i == 0 ? "" : ", ").append('n').append(i).append(" as ").append(quote(name));
            i++;
        }
        if (!names.isEmpty()) {
            text.append("export { ").append(exports).append(" };\n");
        }
        return text.toString();
    }

    private void collectNames(Path file, SourceText source, Set<String> names, Set<Path> seen, int depth) {
        if (!seen.add(file) || depth > MAX_REEXPORT_DEPTH) {
            return;
        }
        CommonJsExports found = CommonJsExports.of(source.tokens());
        names.addAll(found.names());
        for (String specifier : found.reexports()) {
            Path target;
            try {
                target = resolver.resolveRequire(specifier, file);
            } catch (ModuleResolutionException unresolvable) {
                continue; // the require itself reports it when the file runs
            }
            SourceText targetSource = new SourceText(target);
            if (formats.of(target, targetSource) == ModuleFormat.COMMONJS) {
                collectNames(target, targetSource, names, seen, depth + 1);
            }
        }
    }

    /** {@code value} as a JavaScript string literal. */
    static String quote(String value) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }
}
