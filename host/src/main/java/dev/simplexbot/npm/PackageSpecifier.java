package dev.simplexbot.npm;

import dev.simplexbot.npm.ModuleResolutionException.Code;

/**
 * A bare specifier split as Node splits it: {@code lodash-es/chunk.js} is package {@code lodash-es} with subpath
 * {@code ./chunk.js}; {@code @scope/pkg} is package {@code @scope/pkg} with subpath {@code .}.
 */
record PackageSpecifier(String name, String subpath) {

    static PackageSpecifier parse(String specifier) {
        int nameEnd;
        if (specifier.startsWith("@")) {
            int scopeEnd = specifier.indexOf('/');
            if (scopeEnd < 0) {
                throw invalid(specifier, "a scoped package name is @scope/name");
            }
            nameEnd = specifier.indexOf('/', scopeEnd + 1);
        } else {
            nameEnd = specifier.indexOf('/');
        }
        String name = nameEnd < 0 ? specifier : specifier.substring(0, nameEnd);
        if (name.isEmpty() || name.startsWith(".") || name.contains("\\") || name.contains("%") || name.endsWith("/")) {
            throw invalid(specifier, "not a valid package name");
        }
        return new PackageSpecifier(name, nameEnd < 0 ? "." : "." + specifier.substring(nameEnd));
    }

    /** Whether the specifier names a package (or a {@code #} import), not a path. */
    static boolean isBare(String specifier) {
        return !specifier.isEmpty() && !specifier.startsWith("/") && !specifier.startsWith("./")
                && !specifier.startsWith("../") && !specifier.equals(".") && !specifier.equals("..")
                && specifier.indexOf('\0') < 0;
    }

    private static ModuleResolutionException invalid(String specifier, String why) {
        return new ModuleResolutionException(Code.INVALID_SPECIFIER, "'" + specifier + "' cannot be imported: " + why);
    }
}
