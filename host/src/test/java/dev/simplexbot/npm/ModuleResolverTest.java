package dev.simplexbot.npm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simplexbot.npm.ModuleResolutionException.Code;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Node's resolution rules, file by file, on packages written into a temporary scripts folder. */
class ModuleResolverTest {
    @TempDir
    Path dir;
    Path root;
    ModuleResolver resolver;
    Path bot;

    @BeforeEach
    void setUp() throws IOException {
        root = Files.createDirectory(dir.resolve("bots")).toRealPath();
        ScriptsRoot scriptsRoot = new ScriptsRoot(root);
        resolver = new ModuleResolver(scriptsRoot, new PackageJsons(scriptsRoot));
        bot = write("bot.js", "export default () => {};");
    }

    private Path write(String relative, String content) {
        try {
            Path file = root.resolve(relative);
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String imported(String specifier) {
        return root.relativize(resolver.resolveImport(specifier, bot)).toString();
    }

    private String required(String specifier, Path from) {
        return root.relativize(resolver.resolveRequire(specifier, from)).toString();
    }

    @Test
    void theMostSpecificPatternWinsAndAnExactKeyBeatsPatterns() {
        write("node_modules/p/package.json", """
                { "exports": { "./*": "./all/*.js", "./a/*": "./a-dir/*.js", "./a/*.css": "./styles/*.css",
                               "./a/exact": "./exact.js", "./a/x-*-y": "./xy/*.js" } }""");
        for (String file : new String[] {"all/b.js", "a-dir/b/c.js", "styles/z.css", "exact.js", "xy/m.js", "a-dir/x-m-z.js"}) {
            write("node_modules/p/" + file, "");
        }
        assertThat(imported("p/b")).isEqualTo("node_modules/p/all/b.js");
        assertThat(imported("p/a/b/c")).isEqualTo("node_modules/p/a-dir/b/c.js");
        assertThat(imported("p/a/z.css")).isEqualTo("node_modules/p/styles/z.css");
        assertThat(imported("p/a/exact")).isEqualTo("node_modules/p/exact.js");
        assertThat(imported("p/a/x-m-y")).isEqualTo("node_modules/p/xy/m.js");
        assertThat(imported("p/a/x-m-z")).isEqualTo("node_modules/p/a-dir/x-m-z.js");
    }

    @Test
    void conditionsFollowThePackagesOrderNestedAndNodeOrTheOtherKindOnlyWhenNothingElseMatches() {
        write("node_modules/order/package.json", """
                { "exports": { "default": "./default.js", "import": "./import.js" } }""");
        write("node_modules/nested/package.json", """
                { "exports": { "node": { "import": "./node.mjs" }, "worker": { "require": "./w.cjs", "import": "./w.mjs" } } }""");
        write("node_modules/node-only/package.json", """
                { "exports": { "node": "./node.js" } }""");
        write("node_modules/require-only/package.json", """
                { "exports": { ".": { "require": "./index.cjs" } } }""");
        for (String file : new String[] {"order/default.js", "order/import.js", "nested/node.mjs", "nested/w.cjs",
                "nested/w.mjs", "node-only/node.js", "require-only/index.cjs"}) {
            write("node_modules/" + file, "");
        }
        assertThat(imported("order")).isEqualTo("node_modules/order/default.js");
        assertThat(imported("nested")).isEqualTo("node_modules/nested/w.mjs");
        assertThat(required("nested", bot)).isEqualTo("node_modules/nested/w.cjs");
        assertThat(imported("node-only")).isEqualTo("node_modules/node-only/node.js");
        assertThat(imported("require-only")).isEqualTo("node_modules/require-only/index.cjs");
    }

    @Test
    void nullExcludesAndArraysFallBack() {
        write("node_modules/p/package.json", """
                { "exports": { "./*": "./*.js", "./private/*": null, "./pick": [{ "node": "./n.js" }, "./picked.js"],
                               "./empty": [] } }""");
        write("node_modules/p/private/x.js", "");
        write("node_modules/p/picked.js", "");
        assertThatThrownBy(() -> imported("p/private/x")).isInstanceOf(ModuleResolutionException.class)
                .extracting("code").isEqualTo(Code.PATH_NOT_EXPORTED);
        assertThat(imported("p/pick")).isEqualTo("node_modules/p/picked.js");
        assertThatThrownBy(() -> imported("p/empty")).hasMessageStartingWith("package 'p' does not export './empty'");
    }

    @Test
    void aPackageMixingSubpathsAndConditionsIsInvalid() {
        write("node_modules/p/package.json", "{ \"name\": \"p\", \"exports\": { \".\": \"./a.js\", \"import\": \"./b.js\" } }");
        assertThatThrownBy(() -> imported("p")).hasMessage("\"exports\" in node_modules/p/package.json mixes subpaths"
                + " (keys starting with \".\") and conditions (other keys) in one object");
    }

    @Test
    void privateImportsMayNameFilesOrOtherPackages() {
        write("node_modules/p/package.json", """
                { "name": "p", "imports": { "#util": "./src/util.js", "#dep": "dep", "#fs": { "node": "node:fs", "default": "./fs-shim.js" } } }""");
        Path index = write("node_modules/p/index.js", "");
        write("node_modules/p/src/util.js", "");
        write("node_modules/p/fs-shim.js", "");
        write("node_modules/p/node_modules/dep/index.js", "");
        assertThat(root.relativize(resolver.resolveImport("#util", index))).hasToString("node_modules/p/src/util.js");
        assertThat(root.relativize(resolver.resolveImport("#dep", index))).hasToString("node_modules/p/node_modules/dep/index.js");
        assertThat(root.relativize(resolver.resolveImport("#fs", index))).hasToString("node_modules/p/fs-shim.js");
        assertThatThrownBy(() -> resolver.resolveImport("#missing", index))
                .hasMessage("'#missing' is not defined by \"imports\" in node_modules/p/package.json, imported from"
                        + " node_modules/p/index.js");
    }

    @Test
    void requireProbesExtensionsDirectoriesAndMainsAsNodeDoes() {
        Path from = write("node_modules/p/index.js", "");
        write("node_modules/p/lib/a.js", "");
        write("node_modules/p/data.json", "{}");
        write("node_modules/p/dir/index.js", "");
        write("node_modules/p/withmain/package.json", "{ \"main\": \"./src/start\" }");
        write("node_modules/p/withmain/src/start.js", "");
        write("node_modules/p/badmain/package.json", "{ \"main\": \"./missing.js\" }");
        write("node_modules/p/badmain/index.js", "");
        assertThat(required("./lib/a", from)).isEqualTo("node_modules/p/lib/a.js");
        assertThat(required("./data", from)).isEqualTo("node_modules/p/data.json");
        assertThat(required("./dir", from)).isEqualTo("node_modules/p/dir/index.js");
        assertThat(required("./dir/", from)).isEqualTo("node_modules/p/dir/index.js");
        assertThat(required("./withmain", from)).isEqualTo("node_modules/p/withmain/src/start.js");
        assertThat(required("./badmain", from)).isEqualTo("node_modules/p/badmain/index.js");
        write("node_modules/p/lib/index.js", "");
        assertThat(required(".", write("node_modules/p/lib/b.js", ""))).isEqualTo("node_modules/p/lib/index.js");
        assertThat(required("..", write("node_modules/p/lib/b.js", ""))).isEqualTo("node_modules/p/index.js");
        assertThat(required("p/lib/a", bot)).isEqualTo("node_modules/p/lib/a.js");
        assertThatThrownBy(() -> required("./nope", from)).hasMessage("cannot find module './nope' required by"
                + " node_modules/p/index.js").extracting("code").isEqualTo(Code.NOT_FOUND);
    }

    @Test
    void lookupGoesUpFromTheImportingFolderButNeverAboveTheScriptsFolder() throws IOException {
        Files.createDirectories(dir.resolve("node_modules/above"));
        Files.writeString(dir.resolve("node_modules/above/index.js"), "");
        write("node_modules/top/index.js", "");
        write("lib/node_modules/near/index.js", "");
        Path deep = write("lib/deeper/mod.js", "");
        assertThat(root.relativize(resolver.resolveImport("top", deep))).hasToString("node_modules/top/index.js");
        assertThat(root.relativize(resolver.resolveImport("near", deep))).hasToString("lib/node_modules/near/index.js");
        assertThatThrownBy(() -> resolver.resolveImport("near", bot)).extracting("code").isEqualTo(Code.NOT_FOUND);
        assertThatThrownBy(() -> resolver.resolveImport("above", bot)).extracting("code").isEqualTo(Code.NOT_FOUND);
    }

    @Test
    void aNativeAddonIsRefusedByName() {
        write("node_modules/native/package.json", "{ \"name\": \"native\", \"main\": \"build/addon.node\" }");
        write("node_modules/native/build/addon.node", "");
        assertThatThrownBy(() -> required("native", bot)).hasMessage("bot.js needs the native addon"
                + " node_modules/native/build/addon.node, which bots cannot load: only JavaScript runs in the sandbox");
    }

    @Test
    void aBuiltinNameIsAPackageWhenOneIsInstalledUnderIt() {
        write("node_modules/events/package.json", "{ \"name\": \"events\", \"main\": \"events.js\" }");
        write("node_modules/events/events.js", "");
        assertThat(required("events", bot)).isEqualTo("node_modules/events/events.js");
        assertThatThrownBy(() -> required("node:events", bot)).extracting("code").isEqualTo(Code.NODE_BUILTIN);
        assertThatThrownBy(() -> required("stream", bot)).hasMessage("bot.js requires the Node built-in module"
                + " 'stream', which bots do not have: only pure-JavaScript packages run in the sandbox");
    }

    @Test
    void anInvalidPackageJsonIsReportedWithItsPath() {
        write("node_modules/broken/package.json", "{ \"name\": ");
        assertThatThrownBy(() -> imported("broken")).hasMessageStartingWith("node_modules/broken/package.json is not"
                + " valid JSON: ");
    }
}
