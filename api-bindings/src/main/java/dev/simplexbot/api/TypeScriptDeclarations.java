package dev.simplexbot.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The generated {@code simplex-bot.d.ts} shipped in this jar (see {@code codegen.TypeScriptGenerator}). */
public final class TypeScriptDeclarations {
    static final String RESOURCE = "simplex-bot.d.ts";
    public static final String FILE_NAME = "simplex-bot.d.ts";

    private TypeScriptDeclarations() {}

    public static String text() {
        try (InputStream in = TypeScriptDeclarations.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource missing: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
