package dev.simplexbot.npm;

import dev.simplexbot.npm.JsToken.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What the tokens of a file say about its module syntax: whether it is an ES module ({@code import} and
 * {@code export} declarations, {@code import.meta}), as Node's syntax detection decides for a {@code .js} file in a
 * package without a {@code "type"}, and which modules its static declarations import.
 */
final class ModuleSyntax {
    private static final Set<String> EXPORTED_DECLARATIONS = Set.of("default", "const", "let", "var", "function",
            "class", "async");
    /** Declarations longer than this many tokens between {@code import} and {@code from} are not looked at. */
    private static final int MAX_CLAUSE_TOKENS = 10_000;

    /** A static {@code import}/{@code export ... from} of {@code specifier}, at {@code offset} in the source. */
    record StaticImport(String specifier, int offset) {}

    private ModuleSyntax() {}

    static boolean isEsModule(List<JsToken> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            JsToken token = tokens.get(i);
            if (token.kind() != Kind.NAME || (i > 0 && tokens.get(i - 1).isMemberAccess()) || i + 1 >= tokens.size()) {
                continue;
            }
            JsToken next = tokens.get(i + 1);
            if (token.text().equals("import") && startsImportDeclarationOrMeta(next)) {
                return true;
            }
            if (token.text().equals("export") && (next.isPunctuator("{") || next.isPunctuator("*")
                    || (next.kind() == Kind.NAME && EXPORTED_DECLARATIONS.contains(next.text())))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsImportDeclarationOrMeta(JsToken next) {
        return next.kind() == Kind.STRING || next.isPunctuator("{") || next.isPunctuator("*") || next.isPunctuator(".")
                || next.kind() == Kind.NAME;
    }

    /** Whether the module has a default export ({@code export default}, or {@code as default} in an export list). */
    static boolean hasDefaultExport(List<JsToken> tokens) {
        for (int i = 1; i < tokens.size(); i++) {
            JsToken before = tokens.get(i - 1);
            if (tokens.get(i).isName("default") && (before.isName("export") || before.isName("as"))) {
                return true;
            }
        }
        return false;
    }

    /** The specifiers of {@code import ... from 'x'}, {@code import 'x'} and {@code export ... from 'x'}. */
    static List<StaticImport> staticImports(List<JsToken> tokens) {
        List<StaticImport> imports = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            JsToken token = tokens.get(i);
            boolean declaration = token.kind() == Kind.NAME && (i == 0 || !tokens.get(i - 1).isMemberAccess());
            if (!declaration) {
                continue;
            }
            JsToken next = tokens.get(i + 1);
            if (token.text().equals("import") && next.kind() == Kind.STRING) {
                imports.add(new StaticImport(next.text(), next.start()));
            } else if ((token.text().equals("import") && (next.kind() == Kind.NAME || next.isPunctuator("{")
                    || next.isPunctuator("*"))) || (token.text().equals("export") && (next.isPunctuator("{")
                    || next.isPunctuator("*")))) {
                JsToken source = fromClauseSource(tokens, i + 1);
                if (source != null) {
                    imports.add(new StaticImport(source.text(), source.start()));
                }
            }
        }
        return imports;
    }

    /** The string after {@code from} that ends the import or export clause starting at {@code first}, if any. */
    private static JsToken fromClauseSource(List<JsToken> tokens, int first) {
        int depth = 0;
        int end = Math.min(tokens.size() - 1, first + MAX_CLAUSE_TOKENS);
        for (int i = first; i < end; i++) {
            JsToken token = tokens.get(i);
            if (token.isPunctuator("{")) {
                depth++;
            } else if (token.isPunctuator("}")) {
                depth--;
            } else if (depth == 0 && token.isName("from") && tokens.get(i + 1).kind() == Kind.STRING) {
                return tokens.get(i + 1);
            } else if (depth == 0 && (token.isPunctuator(";") || token.isPunctuator("(") || token.isPunctuator("="))) {
                return null;
            }
        }
        return null;
    }

    /** The 1-based line of {@code offset} in {@code source}. */
    static int lineOf(String source, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
