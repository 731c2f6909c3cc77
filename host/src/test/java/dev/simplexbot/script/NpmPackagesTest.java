package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.npm.PackageFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bots importing npm packages from node_modules (the fixtures in test resources), as a user installs them. */
class NpmPackagesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void install() throws Exception {
        dir = PackageFixtures.installInto(dir).toRealPath();
    }

    /** A bot that sends each of {@code expressions} (JavaScript, after {@code imports}) as one command on "go". */
    private static String reporting(String imports, String... expressions) {
        return imports + "\nexport default function (bot) {\n  bot.on('go', () => {\n"
                + String.join("", java.util.Arrays.stream(expressions)
                        .map(expression -> "    bot.chat.raw(String(" + expression + "));\n").toList())
                + "  });\n}\n";
    }

    private void expectReplies(RuntimeHarness harness, String... replies) {
        harness.runtime.onEvent(Events.of("go", ""));
        for (String reply : replies) {
            assertThat(harness.gateway.next()).isEqualTo(reply);
        }
    }

    @Test
    void esModulePackagesResolveThroughExportsModuleAndMainAsNodeDoes() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bot.js", reporting("""
                    import greet, { flavour } from 'esm-exports';
                    import { where } from 'esm-exports/feature';
                    import { shout } from 'esm-exports/utils/strings';
                    import data from 'esm-exports/data.json' with { type: 'json' };
                    import fallback from 'esm-exports/fallback';
                    import { build, twice } from 'legacy-module';
                    import Counter from 'main-only';
                    """,
                    "greet('bot')", "flavour", "where", "shout('hi')", "data.answer", "fallback === greet",
                    "build + ' ' + twice(21)", "new Counter(41).next() + ' ' + Counter.version"));

            assertThat(harness.start().loaded()).containsExactly("bot");
            expectReplies(harness,
                    "hello bot (from #internal)", // "import" wins over "node" and "require"; #internal via "imports"
                    "import",
                    "browser build", // "browser" before "default", "node" skipped (its build imports node:os)
                    "HI!", // the "./utils/*" pattern
                    "42", // JSON through a package's exports
                    "true", // an invalid first fallback is skipped
                    "esm 42", // "module" before "main" when there are no exports
                    "42 main-only 1"); // "main" without an extension, CommonJS
        }
    }

    @Test
    void scopedPackagesFindTheirOwnNestedDependenciesAndThemselves() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bot.js", reporting("""
                    import { name, depVersion } from '@scope/pkg';
                    import { extra } from '@scope/pkg/extra';
                    import dep from 'dep';
                    """, "name", "depVersion", "extra", "dep.version"));

            assertThat(harness.start().loaded()).containsExactly("bot");
            expectReplies(harness, "@scope/pkg", "2", "extra of @scope/pkg", "1");
        }
    }

    @Test
    void commonJsPackagesGiveModuleExportsAsDefaultAndTheNamesTheyAssign() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bot.js", reporting("""
                    import graph, { sum, configName, depVersion, cycle, sloppy, answer, sameInstance } from 'cjs-graph';
                    """,
                    "sum(1, 2, 3)", "configName", "depVersion", "cycle", "sloppy", "answer", "sameInstance",
                    "graph.file", "graph.dirname === '" + dir + "/node_modules/cjs-graph'",
                    "graph.resolved.endsWith('/node_modules/cjs-graph/lib/index.js')", "graph.sum === sum"));

            assertThat(harness.start().loaded()).containsExactly("bot");
            expectReplies(harness, "6", "cjs-graph config", "1", "a sees b, b saw a partial", "named 8", "42", "true",
                    "index.js", "true", "true", "true");
        }
    }

    @Test
    void commonJsCanRequireEsModulesAndFallsBackWhenAnOptionalBuiltinIsMissing() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bot.js", reporting("""
                    import required from 'requires-esm';
                    import optional from 'optional-builtin';
                    """, "required.scopedName", "required.dualFlavour", "optional.hasCrypto", "optional.fallbackReason"));

            assertThat(harness.start().loaded()).containsExactly("bot");
            expectReplies(harness, "@scope/pkg", "require", "false", "MODULE_NOT_FOUND");
        }
    }

    @Test
    void browserMapsAndEntriesReplaceWhatNeedsNodeAndCommonJsSeesABundlersProcess() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bot.js", reporting("""
                    import mapped from 'browser-map';
                    import { osKeys, platform, where } from 'browser-map/esm.mjs';
                    import entry from 'browser-entry';
                    """, "mapped.impl", "mapped.dropped", "mapped.env", "mapped.browser", "mapped.node", "mapped.global",
                    "osKeys", "platform + ', ' + where", "entry.where", "typeof process"));

            assertThat(harness.start().loaded()).containsExactly("bot");
            expectReplies(harness, "browser implementation", "{} {}", "production", "true", "false", "true", "0",
                    "browser platform default, browser platform", "browser entry", "undefined");
        }
    }

    @Test
    void aBotsOwnCommonJsFileIsNamedCjsAndItsOtherFilesStayEsModules() throws Exception {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            Files.writeString(dir.resolve("package.json"), "{ \"name\": \"my-bots\", \"type\": \"commonjs\" }");
            harness.folder.write("lib/_legacy.cjs", "exports.kind = typeof module + ' ' + require('dep').version;\n");
            harness.folder.write("lib/_modern.js", "export const kind = 'esm';\n");
            harness.folder.write("bot.js", reporting("""
                    import { kind } from './lib/_legacy.cjs';
                    import { kind as modern } from './lib/_modern.js';
                    """, "kind", "modern"));

            assertThat(harness.start().loaded()).containsExactly("bot");
            expectReplies(harness, "object 1", "esm");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "import x from 'uses-builtin'; | bot.js: Error: package 'uses-builtin' (node_modules/uses-builtin/index.js) imports the Node built-in module 'fs', which bots do not have",
        "import { join } from 'uses-node-builtin'; | bot.js: Error: package 'uses-node-builtin' (node_modules/uses-node-builtin/index.js:2) imports the Node built-in module 'node:path', which bots do not have",
        "import run from 'cjs-builtin'; | node_modules/cjs-builtin/index.js:2:22: Error: package 'cjs-builtin' (node_modules/cjs-builtin/index.js) requires the Node built-in module 'child_process', which bots do not have",
        "import fs from 'fs'; | bot.js: Error: bot.js imports the Node built-in module 'fs', which bots do not have",
        "import fs from 'node:fs'; | bot.js: Error: 'node:fs' is a Node built-in module, which bots do not have",
    })
    void aPackageNeedingANodeBuiltinKeepsTheBotFromStartingWithOneLine(String imports, String expected) {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bot.js", imports + "\nexport default function (bot) {}\n");

            StartReport report = harness.start();

            assertThat(report.loaded()).isEmpty();
            String message = report.failures().get(0).message();
            assertThat(message).startsWith(dir + "/" + expected.substring(0, expected.indexOf(": Error")))
                    .contains(expected.substring(expected.indexOf(": Error")))
                    .endsWith("only pure-JavaScript packages run in the sandbox")
                    .doesNotContain("\n");
            assertThat(harness.logs.await("script bot: failed to load:")).contains(message);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "escapes/outside | maps './outside' to ../dep/index.js",
        "escapes/dotdot | maps './dotdot' to ./lib/../../dep/index.js",
        "escapes/absolute | maps './absolute' to /etc/passwd",
        "escapes/encoded | maps './encoded' to ./%2e%2e/dep/index.js",
        "escapes/nested-modules | maps './nested-modules' to ./node_modules/dep/index.js",
    })
    void exportsTargetsCannotLeaveThePackage(String specifier, String mapping) {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bot.js", "import x from '" + specifier + "';\nexport default () => {};\n");

            assertThat(harness.start().failures()).singleElement().extracting(ScriptFailure::message).asString()
                    .isEqualTo(dir + "/bot.js: Error: package 'escapes' " + mapping
                            + " (node_modules/escapes/package.json), which is not allowed: targets must start with \"./\""
                            + " and stay inside the package");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not-installed | cannot find package 'not-installed' imported from bot.js (no node_modules/not-installed in its folder or above it, up to the scripts folder; install it there with npm install)",
        "esm-exports/utils/internal/secret | package 'esm-exports' does not export './utils/internal/secret' (see \"exports\" in node_modules/esm-exports/package.json), imported from bot.js",
        "esm-exports/esm.js | package 'esm-exports' does not export './esm.js' (see \"exports\" in node_modules/esm-exports/package.json), imported from bot.js",
        "@scope | '@scope' cannot be imported: a scoped package name is @scope/name",
        "lib/_helper.js | cannot find package 'lib' imported from bot.js (no node_modules/lib in its folder or above it, up to the scripts folder; a file next to it is imported as './lib/_helper.js')",
    })
    void whatCannotBeFoundIsNamedWithTheReason(String specifier, String reason) {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("lib/_helper.js", "export const help = 1;\n");
            harness.folder.write("bot.js", "import x from '" + specifier + "';\nexport default () => {};\n");

            assertThat(harness.start().failures()).singleElement().extracting(ScriptFailure::message).asString()
                    .isEqualTo(dir + "/bot.js: Error: " + reason);
        }
    }

    @Test
    void aDynamicImportOfAMissingPackageRejectsAndTheBotGoesOn() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bot.js", """
                    export default function (bot) {
                      bot.on('go', async () => {
                        for (const name of ['not-installed', 'node:fs', 'esm-exports']) {
                          try { const m = await import(name); bot.chat.raw(name + ': ' + m.flavour); }
                          catch (e) { bot.chat.raw(name + ': ' + e.name + ': ' + e.message); }
                        }
                      });
                    }
                    """);

            assertThat(harness.start().loaded()).containsExactly("bot");
            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.next()).startsWith("not-installed: Error: cannot find package 'not-installed'");
            assertThat(harness.gateway.next()).startsWith("node:fs: Error: 'node:fs' is a Node built-in module");
            assertThat(harness.gateway.next()).isEqualTo("esm-exports: import");
        }
    }

    @Test
    void linksWithinTheScriptsFolderWorkAsInAPnpmLayout() throws Exception {
        // pnpm keeps each package in node_modules/.pnpm/<name>@<version>/node_modules/<name>, its dependencies as
        // links beside it, and links the direct dependencies into node_modules.
        Path store = dir.resolve("node_modules/.pnpm/linked-pkg@1.0.0/node_modules");
        Files.createDirectories(store.resolve("linked-pkg"));
        Files.writeString(store.resolve("linked-pkg/package.json"), "{ \"name\": \"linked-pkg\", \"main\": \"index.js\" }");
        Files.writeString(store.resolve("linked-pkg/index.js"), "module.exports = 'linked sees dep ' + require('dep').version;");
        Files.createDirectories(dir.resolve("node_modules/.pnpm/dep@3.0.0/node_modules/dep"));
        Files.writeString(dir.resolve("node_modules/.pnpm/dep@3.0.0/node_modules/dep/index.js"), "exports.version = 3;");
        Files.createSymbolicLink(store.resolve("dep"), Path.of("../../dep@3.0.0/node_modules/dep"));
        Files.createSymbolicLink(dir.resolve("node_modules/linked-pkg"), Path.of(".pnpm/linked-pkg@1.0.0/node_modules/linked-pkg"));
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bot.js", reporting("import linked from 'linked-pkg';", "linked"));

            assertThat(harness.start().loaded()).containsExactly("bot");
            expectReplies(harness, "linked sees dep 3");
        }
    }
}
