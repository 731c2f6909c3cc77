package dev.simplexbot.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.simplexbot.api.TypeScriptDeclarations;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A package's own .d.ts works next to simplex-bot.d.ts: tsc --checkJs on the example that imports a typed
 * package. It needs Node.js and npm (TypeScript is installed into a temporary folder); without them, or without a
 * reachable npm registry, it is skipped, as on a CI runner that has only a JDK.
 */
class ExampleTypesTest {
    private static final String TYPESCRIPT = "typescript@5.9";

    @TempDir
    static Path tools;
    private static Path tsc;

    @BeforeAll
    static void installTypeScript() throws Exception {
        assumeTrue(run(tools, List.of("node", "--version")).exitCode() == 0, "node is not installed");
        Result install = run(tools, List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", tools.toString(),
                TYPESCRIPT));
        assumeTrue(install.exitCode() == 0, "npm could not install " + TYPESCRIPT + ": " + install.output());
        tsc = tools.resolve("node_modules/typescript/bin/tsc");
        Files.writeString(tools.resolve(TypeScriptDeclarations.FILE_NAME), TypeScriptDeclarations.text(), StandardCharsets.UTF_8);
    }

    private static Result check(Path bot) throws Exception {
        return run(Path.of("."), List.of("node", tsc.toString(), "--allowJs", "--checkJs", "--noEmit", "--strict",
                "--target", "es2022", "--module", "esnext", "--moduleResolution", "bundler",
                bot.toString(), tools.resolve(TypeScriptDeclarations.FILE_NAME).toString()));
    }

    @Test
    void theExampleChecksCleanWithThePackagesTypes() throws Exception {
        Result result = check(Path.of("unit-converter.js").toAbsolutePath());

        assertThat(result.output()).isEmpty();
        assertThat(result.exitCode()).isZero();
    }

    @Test
    void aWrongCallIntoThePackageIsATypeError(@TempDir Path dir) throws Exception {
        Files.createSymbolicLink(dir.resolve("node_modules"), Path.of("node_modules").toAbsolutePath());
        Path bot = Files.writeString(dir.resolve("wrong.js"), """
                // @ts-check
                import { convert } from '@examples/units';
                /** @param {SimpleX.Bot} bot */
                export default function (bot) {
                  bot.onCommand('x', (msg) => msg.reply(convert('5', 'km')));
                }
                """);

        Result result = check(bot);

        assertThat(result.exitCode()).isNotZero();
        // convert(value, from, to) from the package's index.d.ts; msg.reply(text: string) from simplex-bot.d.ts
        assertThat(result.output()).contains("wrong.js(5,41): error TS2554: Expected 3 arguments, but got 2.")
                .contains("wrong.js(5,41): error TS2345: Argument of type 'number' is not assignable to parameter of"
                        + " type 'string'.");
    }

    private record Result(int exitCode, String output) {}

    private static Result run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        } catch (IOException notInstalled) {
            return new Result(-1, notInstalled.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + output);
        }
        return new Result(process.exitValue(), output);
    }
}
