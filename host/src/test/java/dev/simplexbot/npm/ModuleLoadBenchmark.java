package dev.simplexbot.npm;

import dev.simplexbot.script.JsEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;

/**
 * Numbers for module loading (a main, not a test): a bot importing a generated package shaped like lodash-es
 * (an index re-exporting 640 one-function ES modules, each importing two others) and one of 300 CommonJS files,
 * by package name and, for comparison, by relative path into node_modules (what resolving the package name adds).
 * Each round is a fresh context on the shared engine, as a reload is; the first of each variant is the cold load
 * (the very first one also pays for the JVM's own warm-up). Run with
 * {@code java -cp <test classpath> dev.simplexbot.npm.ModuleLoadBenchmark [rounds]}.
 */
public final class ModuleLoadBenchmark {
    private static final int ES_MODULES = 640;
    private static final int COMMONJS_FILES = 300;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Path root = Files.createTempDirectory("bench-modules").toRealPath();
        writeEsPackage(root.resolve("node_modules/many-esm"));
        writeCommonJsPackage(root.resolve("node_modules/many-cjs"));
        JsEngine engine = JsEngine.shared();
        List<Variant> variants = List.of(
                new Variant("ES modules by package name", bot(root, "a", "import * as m from 'many-esm';")),
                new Variant("ES modules by relative path", bot(root, "b", "import * as m from './node_modules/many-esm/index.js';")),
                new Variant("CommonJS by package name", bot(root, "c", "import * as m from 'many-cjs';")),
                new Variant("CommonJS by relative path", bot(root, "d", "import * as m from './node_modules/many-cjs/index.js';")));
        // Rounds alternate between the variants, so none profits from a JVM warmed by the others.
        for (int round = 0; round < rounds; round++) {
            for (Variant variant : variants) {
                variant.load(engine, root);
            }
        }
        variants.forEach(Variant::print);
    }

    private static Path bot(Path root, String name, String importLine) throws IOException {
        return Files.writeString(root.resolve(name + ".mjs"), importLine + "\nexport const count = Object.keys(m).length;\n");
    }

    private static final class Variant {
        private final String label;
        private final Path bot;
        private final List<Long> millis = new ArrayList<>();
        private int exports;

        Variant(String label, Path bot) {
            this.label = label;
            this.bot = bot;
        }

        void load(JsEngine engine, Path root) throws IOException {
            long started = System.nanoTime();
            try (Context context = engine.newContext(root, OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
                exports = context.eval(Source.newBuilder("js", bot.toFile()).mimeType(JsEngine.MODULE_MIME_TYPE).build())
                        .getMember("count").asInt();
            }
            millis.add((System.nanoTime() - started) / 1_000_000);
        }

        void print() {
            List<Long> warm = new ArrayList<>(millis.subList(Math.min(2, millis.size() - 1), millis.size()));
            Collections.sort(warm);
            System.out.printf("%-28s first %6d ms, then median %5d ms (min %d, max %d) over %d rounds; %d exports%n",
                    label, millis.get(0), warm.get(warm.size() / 2), warm.get(0), warm.get(warm.size() - 1), warm.size(),
                    exports);
        }
    }

    private static void writeEsPackage(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("package.json"), "{ \"name\": \"many-esm\", \"type\": \"module\", \"sideEffects\": false }");
        StringBuilder index = new StringBuilder();
        for (int i = 0; i < ES_MODULES; i++) {
            String uses = i < 2 ? "" : "import f" + (i - 1) + " from './f" + (i - 1) + ".js';\nimport f" + (i - 2)
                    + " from './f" + (i - 2) + ".js';\n";
            String body = i < 2 ? "x + " + i : "f" + (i - 1) + "(x) + f" + (i - 2) + "(0) * 0";
            Files.writeString(dir.resolve("f" + i + ".js"), uses + "/** Adds a little. */\nfunction f" + i
                    + "(x) {\n  return " + body + ";\n}\nexport default f" + i + ";\n");
            index.append("export { default as f").append(i).append(" } from './f").append(i).append(".js';\n");
        }
        Files.writeString(dir.resolve("index.js"), index);
    }

    private static void writeCommonJsPackage(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("package.json"), "{ \"name\": \"many-cjs\", \"main\": \"index.js\" }");
        StringBuilder index = new StringBuilder("'use strict';\n");
        for (int i = 0; i < COMMONJS_FILES; i++) {
            String uses = i == 0 ? "" : "const previous = require('./c" + (i - 1) + "');\n";
            Files.writeString(dir.resolve("lib/c" + i + ".js"), "'use strict';\n" + uses + "exports.value = "
                    + (i == 0 ? "0" : "previous.value + 1") + ";\nexports.name = 'c" + i + "';\n");
            index.append("exports.c").append(i).append(" = require('./lib/c").append(i).append("').value;\n");
        }
        Files.writeString(dir.resolve("index.js"), index);
    }
}
