package dev.simplexbot.npm;

/**
 * How a file is loaded: as an ES module, as CommonJS (through a loader and an ES module facade), as JSON, or as
 * nothing at all (a module a package's {@code "browser"} map replaces with {@code false}: exports {@code {}}).
 */
public enum ModuleFormat {
    ES_MODULE("module"),
    COMMONJS("commonjs"),
    JSON("json"),
    EMPTY("empty");

    /** The MIME type that makes GraalJS evaluate a source as an ES module. */
    public static final String ES_MODULE_MIME_TYPE = "application/javascript+module";

    private final String jsName;

    ModuleFormat(String jsName) {
        this.jsName = jsName;
    }

    /** The name the CommonJS loader script uses for it. */
    String jsName() {
        return jsName;
    }
}
