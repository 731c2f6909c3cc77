package dev.simplexbot.npm;

/**
 * A module that cannot be loaded, with one line saying which and why. The {@link Code} carries Node's error code,
 * which {@code require} puts on the Error it throws: packages that try an optional dependency catch
 * {@code MODULE_NOT_FOUND}, so a missing Node built-in, a link outside the scripts folder and a native addon use it
 * too, and such a package falls back as it would where the dependency is not installed.
 */
public final class ModuleResolutionException extends RuntimeException {
    public enum Code {
        NOT_FOUND("MODULE_NOT_FOUND"),
        NODE_BUILTIN("MODULE_NOT_FOUND"),
        NATIVE_ADDON("MODULE_NOT_FOUND"),
        OUTSIDE_SCRIPTS_FOLDER("MODULE_NOT_FOUND"),
        PATH_NOT_EXPORTED("ERR_PACKAGE_PATH_NOT_EXPORTED"),
        IMPORT_NOT_DEFINED("ERR_PACKAGE_IMPORT_NOT_DEFINED"),
        INVALID_TARGET("ERR_INVALID_PACKAGE_TARGET"),
        INVALID_PACKAGE_JSON("ERR_INVALID_PACKAGE_CONFIG"),
        INVALID_SPECIFIER("ERR_INVALID_MODULE_SPECIFIER");

        private final String nodeCode;

        Code(String nodeCode) {
            this.nodeCode = nodeCode;
        }

        public String nodeCode() {
            return nodeCode;
        }
    }

    private final Code code;

    ModuleResolutionException(Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
