package dev.simplexbot.npm;

import dev.simplexbot.npm.JsToken.Kind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names a CommonJS module exports, found without running it, for the named exports of {@code import { x }
 * from 'a-commonjs-package'}. Like Node's cjs-module-lexer it recognises the patterns compilers and people write:
 * {@code exports.x =}, {@code module.exports.x =}, {@code exports['x'] =},
 * {@code Object.defineProperty(exports, 'x', ...)}, {@code module.exports = { a, b: c, ...require('y') }}, and
 * re-exports: {@code module.exports = require('y')}, TypeScript's {@code __exportStar(require('y'), exports)} and
 * Babel's {@code Object.keys(_y).forEach(...)} over {@code var _y = require('y')}. A name it misses is still
 * reachable through the default export, which is always {@code module.exports}.
 *
 * @param names exported names, in the order found
 * @param reexports specifiers whose exports this module passes on
 */
record CommonJsExports(Set<String> names, Set<String> reexports) {

    static CommonJsExports of(List<JsToken> tokens) {
        return new Scan(tokens).run();
    }

    private static final class Scan {
        private final List<JsToken> tokens;
        private final Set<String> names = new LinkedHashSet<>();
        private final Set<String> reexports = new LinkedHashSet<>();
        private final Map<String, String> requiredInto = new HashMap<>();
        private final Set<String> spreadVariables = new HashSet<>();

        Scan(List<JsToken> tokens) {
            this.tokens = tokens;
        }

        CommonJsExports run() {
            for (int i = 0; i < tokens.size(); i++) {
                JsToken token = tokens.get(i);
                if (token.kind() == Kind.NAME && (token.text().endsWith("__exportStar") || token.text().equals("__export"))
                        && isPunctuator(i + 1, "(")) {
                    addRequire(i + 2, reexports); // also as tslib.__exportStar(...)
                    continue;
                }
                if (i > 0 && tokens.get(i - 1).isMemberAccess()) {
                    continue;
                }
                if (token.isName("exports")) {
                    exportsAssignment(i + 1);
                } else if (token.isName("module") && isPunctuator(i + 1, ".") && isName(i + 2, "exports")) {
                    moduleExports(i + 3);
                } else if (token.isName("Object") && isPunctuator(i + 1, ".")) {
                    objectCall(i + 2);
                } else if (token.kind() == Kind.NAME && isPunctuator(i + 1, "=")) {
                    rememberRequiredVariable(token.text(), i + 2);
                }
            }
            for (String variable : spreadVariables) {
                String specifier = requiredInto.get(variable);
                if (specifier != null) {
                    reexports.add(specifier);
                }
            }
            names.remove("default");
            return new CommonJsExports(names, reexports);
        }

        /** After {@code exports}: {@code .x =} or {@code ['x'] =}. */
        private void exportsAssignment(int at) {
            if (isPunctuator(at, ".") && at + 2 < tokens.size() && tokens.get(at + 1).kind() == Kind.NAME
                    && isPunctuator(at + 2, "=")) {
                names.add(tokens.get(at + 1).text());
            } else if (isPunctuator(at, "[") && isString(at + 1) && isPunctuator(at + 2, "]") && isPunctuator(at + 3, "=")) {
                names.add(tokens.get(at + 1).text());
            }
        }

        /** After {@code module.exports}: a property assignment, or a whole new value. */
        private void moduleExports(int at) {
            if (!isPunctuator(at, "=")) {
                exportsAssignment(at);
                return;
            }
            if (addRequire(at + 1, reexports)) {
                return;
            }
            if (isPunctuator(at + 1, "{")) {
                objectLiteralKeys(at + 2);
            }
        }

        /** {@code Object.defineProperty(exports, 'x'} and {@code Object.keys(_y).forEach}. */
        private void objectCall(int at) {
            if (isName(at, "defineProperty") && isPunctuator(at + 1, "(")) {
                int target = at + 2;
                if (isName(target, "exports") && isPunctuator(target + 1, ",") && isString(target + 2)) {
                    names.add(tokens.get(target + 2).text());
                } else if (isName(target, "module") && isPunctuator(target + 1, ".") && isName(target + 2, "exports")
                        && isPunctuator(target + 3, ",") && isString(target + 4)) {
                    names.add(tokens.get(target + 4).text());
                }
            } else if (isName(at, "keys") && isPunctuator(at + 1, "(") && at + 2 < tokens.size()
                    && tokens.get(at + 2).kind() == Kind.NAME && isPunctuator(at + 3, ")") && isPunctuator(at + 4, ".")
                    && isName(at + 5, "forEach")) {
                spreadVariables.add(tokens.get(at + 2).text());
            }
        }

        /** The keys of {@code { a, b: c, 'd': e, f() {}, ...require('g') }} starting after its brace. */
        private void objectLiteralKeys(int at) {
            int i = at;
            while (i < tokens.size() && !isPunctuator(i, "}")) {
                JsToken key = tokens.get(i);
                if (key.isPunctuator("...")) {
                    addRequire(i + 1, reexports);
                } else if ((key.kind() == Kind.NAME || key.kind() == Kind.STRING) && i + 1 < tokens.size()) {
                    boolean accessor = (key.isName("get") || key.isName("set") || key.isName("async"))
                            && i + 2 < tokens.size() && tokens.get(i + 1).kind() == Kind.NAME && isPunctuator(i + 2, "(");
                    JsToken name = accessor ? tokens.get(i + 1) : key;
                    JsToken after = tokens.get(accessor ? i + 2 : i + 1);
                    if (after.isPunctuator(",") || after.isPunctuator("}") || after.isPunctuator(":")
                            || after.isPunctuator("(")) {
                        names.add(name.text());
                    }
                }
                i = nextEntry(i);
            }
        }

        /** The index after the {@code ,} that ends the object entry at {@code i}, or of the closing brace. */
        private int nextEntry(int i) {
            int depth = 0;
            for (int at = i; at < tokens.size(); at++) {
                JsToken token = tokens.get(at);
                if (token.isPunctuator("{") || token.isPunctuator("(") || token.isPunctuator("[")) {
                    depth++;
                } else if (token.isPunctuator("}") || token.isPunctuator(")") || token.isPunctuator("]")) {
                    if (depth == 0) {
                        return at;
                    }
                    depth--;
                } else if (token.isPunctuator(",") && depth == 0) {
                    return at + 1;
                }
            }
            return tokens.size();
        }

        /** {@code x = require('y')} or {@code x = _interop(require('y'))}: remember that {@code x} holds {@code y}. */
        private void rememberRequiredVariable(String variable, int at) {
            Set<String> found = new LinkedHashSet<>();
            if (addRequire(at, found)
                    || (at < tokens.size() && tokens.get(at).kind() == Kind.NAME && isPunctuator(at + 1, "(")
                    && addRequire(at + 2, found))) {
                requiredInto.put(variable, found.iterator().next());
            }
        }

        /** Adds the specifier of {@code require('y')} at {@code at} to {@code into}; false when there is none. */
        private boolean addRequire(int at, Set<String> into) {
            if (isName(at, "require") && isPunctuator(at + 1, "(") && isString(at + 2) && isPunctuator(at + 3, ")")) {
                into.add(tokens.get(at + 2).text());
                return true;
            }
            return false;
        }

        private boolean isName(int at, String name) {
            return at < tokens.size() && tokens.get(at).isName(name);
        }

        private boolean isPunctuator(int at, String punctuator) {
            return at < tokens.size() && tokens.get(at).isPunctuator(punctuator);
        }

        private boolean isString(int at) {
            return at < tokens.size() && tokens.get(at).kind() == Kind.STRING;
        }
    }
}
