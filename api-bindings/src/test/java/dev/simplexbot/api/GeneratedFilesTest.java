package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.api.codegen.ApiReferenceGenerator;
import dev.simplexbot.api.codegen.ChatApiGenerator;
import dev.simplexbot.api.codegen.TypeScriptGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The committed derived files (ChatApi.java, simplex-bot.d.ts, docs/API.md) must be what the generators make of the
 * spec. To regenerate after changing the spec or a generator:
 * {@code ./mvnw -B -q -pl api-bindings -am test -Dtest=GeneratedFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true}
 */
class GeneratedFilesTest {
    private static final ApiSpec SPEC = ApiSpec.load();
    private static final String HOW = "; regenerate with: ./mvnw -B -q -pl api-bindings -am test -Dtest=GeneratedFilesTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dregenerate=true";

    @Test
    void javaApiIsCurrent() throws IOException {
        check(ChatApiGenerator.PATH, new ChatApiGenerator(SPEC)::generate);
    }

    @Test
    void typeScriptDeclarationsAreCurrent() throws IOException {
        check(TypeScriptGenerator.PATH, new TypeScriptGenerator(SPEC)::generate);
    }

    @Test
    void apiReferenceIsCurrent() throws IOException {
        check(ApiReferenceGenerator.PATH, new ApiReferenceGenerator(SPEC)::generate);
    }

    private static void check(String path, Supplier<String> generator) throws IOException {
        Path file = Path.of(path);
        String expected = generator.get();
        if (Boolean.getBoolean("regenerate")) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(file)).as(path + " is missing" + HOW).isTrue();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as(path + " is out of date" + HOW).isEqualTo(expected);
    }
}
