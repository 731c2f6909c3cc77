package dev.simplexbot.npm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommonJsExportsTest {
    private static CommonJsExports of(String source) {
        return CommonJsExports.of(JsTokenizer.tokenize(source));
    }

    @Test
    void assignmentsAndDefinePropertyExportNames() {
        CommonJsExports found = of("""
                exports.a = 1;
                module.exports.b = function () {};
                exports['c-d'] = 3;
                exports.e = exports.f = void 0;
                Object.defineProperty(exports, '__esModule', { value: true });
                Object.defineProperty(exports, "g", { enumerable: true, get: function () { return g; } });
                Object.defineProperty(module.exports, 'h', { value: 1 });
                exports.default = 'not a named export';
                if (exports.a === 1) exports.z == 2;
                other.exports.x = 1;
                """);
        assertThat(found.names()).containsExactly("a", "b", "c-d", "e", "f", "__esModule", "g", "h");
        assertThat(found.reexports()).isEmpty();
    }

    @Test
    void anObjectLiteralGivesItsKeysAndSpreadRequiresAreReexports() {
        CommonJsExports found = of("""
                module.exports = {
                  a,
                  b: compute(1, { nested: true }),
                  'c': [1, 2],
                  d() { return 1; },
                  get e() { return 2; },
                  async f() {},
                  ...require('./more'),
                  [computed]: 1,
                };
                """);
        assertThat(found.names()).containsExactly("a", "b", "c", "d", "e", "f");
        assertThat(found.reexports()).containsExactly("./more");
    }

    @Test
    void compilersReexportsAreFollowed() {
        assertThat(of("module.exports = require('./lib/index.js');").reexports()).containsExactly("./lib/index.js");
        assertThat(of("__exportStar(require(\"./types\"), exports);\ntslib_1.__exportStar(require('./b'), exports);")
                .reexports()).containsExactly("./types", "./b");
        assertThat(of("""
                var _foo = _interopRequireWildcard(require("./foo"));
                var _bar = require("./bar");
                Object.keys(_foo).forEach(function (key) { exports[key] = _foo[key]; });
                """).reexports()).containsExactly("./foo");
    }

    @Test
    void esbuildsAnnotationIsRead() {
        assertThat(of("module.exports = __toCommonJS(src_exports);\n0 && (module.exports = {\n  alpha,\n  beta\n});")
                .names()).containsExactly("alpha", "beta");
    }
}
