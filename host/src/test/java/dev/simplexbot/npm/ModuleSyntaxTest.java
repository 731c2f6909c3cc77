package dev.simplexbot.npm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ModuleSyntaxTest {
    private static boolean esm(String source) {
        return ModuleSyntax.isEsModule(JsTokenizer.tokenize(source));
    }

    @Test
    void importAndExportDeclarationsAndImportMetaMakeAnEsModule() {
        assertThat(esm("import x from 'y';")).isTrue();
        assertThat(esm("import 'side-effect';")).isTrue();
        assertThat(esm("import { a } from './a.js'")).isTrue();
        assertThat(esm("export default 1")).isTrue();
        assertThat(esm("export const a = 1")).isTrue();
        assertThat(esm("export { a as b }")).isTrue();
        assertThat(esm("export * from 'z'")).isTrue();
        assertThat(esm("const u = import.meta.url")).isTrue();
    }

    @Test
    void commonJsWithLookAlikesIsNot() {
        assertThat(esm("module.exports = { import: 1, export: 2 }")).isFalse();
        assertThat(esm("const m = await import('x'); obj.import(x); obj.export = 1;")).isFalse();
        assertThat(esm("// import x from 'y'\nconst s = \"export default 1\"; exports.a = `import ${b}`;")).isFalse();
        assertThat(esm("class A { import() {} export() {} }")).isFalse();
    }

    @Test
    void staticImportsAreListedWithTheirOffsets() {
        String source = "import a from 'a';\nimport { b,\n c } from \"b\";\nexport * as d from 'd';\n"
                + "export { e } from 'e';\nimport 'f';\nexport { g };\nconst h = import('h');\nimport.meta.url;";
        assertThat(ModuleSyntax.staticImports(JsTokenizer.tokenize(source)))
                .extracting(ModuleSyntax.StaticImport::specifier).containsExactly("a", "b", "d", "e", "f");
        ModuleSyntax.StaticImport b = ModuleSyntax.staticImports(JsTokenizer.tokenize(source)).get(1);
        assertThat(ModuleSyntax.lineOf(source, b.offset())).isEqualTo(3);
    }
}
