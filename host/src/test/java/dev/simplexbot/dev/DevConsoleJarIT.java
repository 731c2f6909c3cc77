package dev.simplexbot.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -jar simplex-bot.jar dev bot.js} with piped stdin, as a script or CI job would run it. */
class DevConsoleJarIT {
    @TempDir
    Path dir;

    @Test
    void pipedLinesGetRepliesOnStdoutAndTheEndOfInputExitsZero() throws Exception {
        Path jar = Path.of(System.getProperty("simplexbot.jar", "target/simplex-bot.jar"));
        assertThat(jar).as("the built jar (run ./mvnw package first)").isRegularFile();
        Path bot = dir.resolve("squaring.js");
        try (var in = DevConsoleJarIT.class.getResourceAsStream("/dev/squaring.js")) {
            Files.copy(in, bot);
        }
        Path input = Files.writeString(dir.resolve("in.txt"), "4\n/as bob\n5\n/group team alice\n6\n");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString(), "dev", bot.toString()))
                .directory(dir.toFile())
                .redirectInput(input.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("dev exits at the end of input").isTrue();

        assertThat(process.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8))
                .isEqualTo("bot> 4 * 4 = 16\nbot> 5 * 5 = 25\nbot in #team> 6 * 6 = 36\n");
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).contains("* you are bob, connected to squaring")
                .doesNotContain("\u001b[");
    }
}
