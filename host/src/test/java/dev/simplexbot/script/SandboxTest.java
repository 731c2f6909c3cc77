package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each way out of the sandbox a script might try, and the error it gets instead. */
class SandboxTest {
    @TempDir
    Path dir;

    @Test
    void escapesFailWithClearErrors() throws Exception {
        Path root = Files.createDirectory(dir.resolve("bots"));
        Files.writeString(dir.resolve("outside.js"), "export const secret = 'leaked';\n");
        try (RuntimeHarness harness = new RuntimeHarness(root)) {
            harness.folder.write("escape.js", """
                    const attempts = {
                      "Java.type": () => Java.type("java.lang.Runtime"),
                      "Polyglot.eval": () => Polyglot.eval("js", "1"),
                      "Packages": () => Packages.java.lang.System,
                      "java": () => java.lang.System.exit(1),
                      "process": () => process.exit(1),
                      "require": () => require("fs"),
                      "fetch": () => fetch("http://example.com"),
                      "XMLHttpRequest": () => new XMLHttpRequest(),
                      "load": () => load("/etc/hostname"),
                      "Graal": () => Graal.versionJS,
                      "host bridge": () => host.send(1, "x", null),
                      "constructor escape": () => (() => {}).constructor("return this")().Java.type("java.lang.Runtime"),
                    };
                    export default function (bot) {
                      bot.on("go", async () => {
                        for (const [name, attempt] of Object.entries(attempts)) {
                          try { await attempt(); await bot.chat.raw(`${name}: ESCAPED`); }
                          catch (e) { await bot.chat.raw(`${name}: ${e.name}: ${e.message}`); }
                        }
                        for (const path of ["/etc/passwd", "../outside.js"]) {
                          try { await import(path); await bot.chat.raw(`import ${path}: ESCAPED`); }
                          catch (e) { await bot.chat.raw(`import ${path}: ${e.name}: ${e.message}`); }
                        }
                      });
                    }
                    """);
            assertThat(harness.start().loaded()).containsExactly("escape");
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(harness.gateway.next()).isEqualTo("Java.type: ReferenceError: Java is not defined");
            assertThat(harness.gateway.next()).isEqualTo("Polyglot.eval: ReferenceError: Polyglot is not defined");
            assertThat(harness.gateway.next()).isEqualTo("Packages: ReferenceError: Packages is not defined");
            assertThat(harness.gateway.next()).isEqualTo("java: ReferenceError: java is not defined");
            assertThat(harness.gateway.next()).isEqualTo("process: ReferenceError: process is not defined");
            assertThat(harness.gateway.next()).isEqualTo("require: ReferenceError: require is not defined");
            assertThat(harness.gateway.next()).isEqualTo("fetch: PermissionDenied: fetch http://example.com/ refused: "
                    + "net access to example.com is not granted; run with --allow-net=example.com");
            assertThat(harness.gateway.next()).isEqualTo("XMLHttpRequest: ReferenceError: XMLHttpRequest is not defined");
            assertThat(harness.gateway.next()).isEqualTo("load: ReferenceError: load is not defined");
            assertThat(harness.gateway.next()).isEqualTo("Graal: ReferenceError: Graal is not defined");
            assertThat(harness.gateway.next()).isEqualTo("host bridge: ReferenceError: host is not defined");
            assertThat(harness.gateway.next()).startsWith("constructor escape: TypeError:");
            assertThat(harness.gateway.next()).isEqualTo(
                    "import /etc/passwd: Error: scripts may only read files inside " + root.toRealPath() + ", not /etc/passwd");
            assertThat(harness.gateway.next()).startsWith(
                    "import ../outside.js: Error: scripts may only read files inside " + root.toRealPath());
        }
    }

    @Test
    void aStaticImportFromOutsideTheFolderFailsTheLoad() throws Exception {
        Path root = Files.createDirectory(dir.resolve("bots"));
        Files.writeString(dir.resolve("outside.js"), "export const secret = 'leaked';\n");
        try (RuntimeHarness harness = new RuntimeHarness(root)) {
            harness.folder.write("sneaky.js", "import { secret } from '../outside.js';\nexport default () => {};\n");

            StartReport report = harness.start();

            assertThat(report.failures()).singleElement().extracting(ScriptFailure::message).asString()
                    .contains("sneaky.js").contains("scripts may only read files inside " + root.toRealPath());
        }
    }

    @Test
    void anImportByANonFileUrlFailsTheLoadWithoutANetworkRequest() throws Exception {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("remote.js", "import { x } from 'https://example.com/x.mjs';\nexport default () => {};\n");

            StartReport report = harness.start();

            // GraalJS itself refuses URL sources when the context has no socket access.
            assertThat(report.failures()).singleElement().extracting(ScriptFailure::message).asString()
                    .contains("remote.js").contains("https://example.com/x.mjs").contains("Socket IO is not allowed");
        }
    }

    @Test
    void theFileSystemRefusesEveryUriSchemeButFile() throws Exception {
        ScriptsFileSystem files = new ScriptsFileSystem(dir);

        assertThatThrownBy(() -> files.parsePath(java.net.URI.create("https://example.com/x.mjs")))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("scripts may only import files from their folder, not https://example.com/x.mjs");
        assertThat(files.parsePath(dir.resolve("bot.js").toUri())).isEqualTo(dir.resolve("bot.js"));
    }

    @Test
    void scriptsCannotReachEachOther() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("first.js", "export default (bot) => { globalThis.shared = bot; };\n");
            harness.folder.write("second.js",
                    "export default (bot) => bot.on('go', () => bot.chat.raw('shared is ' + typeof globalThis.shared));\n");
            harness.start();
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(harness.gateway.next()).isEqualTo("shared is undefined");
        }
    }

    @Test
    void aPackageLinkedFromOutsideTheFolderIsRefused() throws Exception {
        Path root = Files.createDirectory(dir.resolve("bots"));
        Files.createDirectories(dir.resolve("elsewhere/linked"));
        Files.writeString(dir.resolve("elsewhere/linked/index.js"), "module.exports = 'read from outside';\n");
        Files.createDirectories(root.resolve("node_modules"));
        Files.createSymbolicLink(root.resolve("node_modules/linked"), dir.resolve("elsewhere/linked"));
        try (RuntimeHarness harness = new RuntimeHarness(root)) {
            harness.folder.write("linker.js", "import secret from 'linked';\nexport default () => {};\n");

            StartReport report = harness.start();

            assertThat(report.failures()).singleElement().extracting(ScriptFailure::message).asString().isEqualTo(
                    root.toRealPath() + "/linker.js: Error: node_modules/linked is a link to " + dir.toRealPath()
                            + "/elsewhere/linked, outside the scripts folder " + root.toRealPath() + "; bots may only read"
                            + " files inside it (install a copy instead of a link: npm install --install-links)");
        }
    }

    @Test
    void theCommonJsLoaderReadsNothingOutsideTheFolder() throws Exception {
        Path root = Files.createDirectory(dir.resolve("bots"));
        Files.writeString(dir.resolve("outside.js"), "module.exports = 'leaked';\n");
        try (RuntimeHarness harness = new RuntimeHarness(root)) {
            harness.folder.write("_inside.cjs", "module.exports = { outside: () => require('../outside.js'), "
                    + "absolute: () => require('/etc/hostname') };\n");
            harness.folder.write("loader.js", """
                    import inside from './_inside.cjs';
                    const load = globalThis[Symbol.for('simplex-bot.commonjs')];
                    const attempts = {
                      'loader /etc/passwd': () => load('/etc/passwd'),
                      'loader ../outside.js': () => load('%s/../outside.js'),
                      'require ../outside.js': () => inside.outside(),
                      'require /etc/hostname': () => inside.absolute(),
                    };
                    export default function (bot) {
                      bot.on('go', () => {
                        for (const [name, attempt] of Object.entries(attempts)) {
                          try { attempt(); bot.chat.raw(name + ': ESCAPED'); }
                          catch (e) { bot.chat.raw(name + ': ' + e.message); }
                        }
                      });
                    }
                    """.formatted(root.toRealPath()));
            assertThat(harness.start().loaded()).containsExactly("loader");
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(harness.gateway.next()).isEqualTo(
                    "loader /etc/passwd: scripts may only load modules inside " + root.toRealPath() + ", not /etc/passwd");
            assertThat(harness.gateway.next()).startsWith("loader ../outside.js: scripts may only load modules inside");
            assertThat(harness.gateway.next()).isEqualTo("require ../outside.js: '../outside.js' (required by _inside.cjs)"
                    + " is outside the scripts folder " + root.toRealPath());
            assertThat(harness.gateway.next()).isEqualTo("require /etc/hostname: '/etc/hostname' (required by _inside.cjs)"
                    + " is outside the scripts folder " + root.toRealPath());
        }
    }
}
