package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code bin/simplex-bot} as a user would, on the interpreter launch (the test's own JDK): the first start
 * records the class data archive from the training run, later starts use it, and a rebuilt jar records it again.
 */
class LauncherIT {
    private static final String RECORDING = "recording the class data archive";
    private static Path launcher;
    private static Path jar;

    @TempDir
    Path target;

    @BeforeAll
    static void findLauncher() {
        launcher = Path.of(System.getProperty("simplexbot.launcher", "../bin/simplex-bot")).toAbsolutePath();
        jar = Path.of(System.getProperty("simplexbot.jar", "target/simplex-bot.jar")).toAbsolutePath();
        assertThat(launcher).isExecutable();
        assertThat(jar).as("the built jar (run ./mvnw package first)").isRegularFile();
    }

    @Test
    void recordsTheArchiveOnceUsesItThenRecordsAgainForANewBuild() throws Exception {
        Files.copy(jar, target.resolve("simplex-bot.jar"));

        Result first = doctor();
        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out).contains("JavaScript: ok");
        assertThat(first.err).contains(RECORDING);
        List<Path> archives = archives();
        assertThat(archives).hasSize(1);
        FileTime recorded = Files.getLastModifiedTime(archives.get(0));

        Result second = doctor();
        assertThat(second.exit).as(second.err).isZero();
        assertThat(second.out).contains("JavaScript: ok");
        assertThat(second.err).doesNotContain(RECORDING);
        assertThat(archives()).containsExactlyElementsOf(archives);
        assertThat(Files.getLastModifiedTime(archives.get(0))).isEqualTo(recorded);

        // A jar built after the archive was recorded: the archive is stale.
        FileTime built = Files.getLastModifiedTime(target.resolve("simplex-bot.jar"));
        Files.setLastModifiedTime(archives.get(0), FileTime.from(built.toInstant().minusSeconds(60)));
        Result rebuilt = doctor();
        assertThat(rebuilt.exit).as(rebuilt.err).isZero();
        assertThat(rebuilt.err).contains(RECORDING);
        assertThat(archives()).hasSize(1);
        assertThat(Files.getLastModifiedTime(archives().get(0))).isGreaterThan(built);
    }

    @Test
    void cdsOffStartsWithoutRecording() throws Exception {
        Files.copy(jar, target.resolve("simplex-bot.jar"));

        Result r = doctor("SIMPLEX_BOT_CDS", "off");

        assertThat(r.exit).as(r.err).isZero();
        assertThat(r.out).contains("JavaScript: ok");
        assertThat(r.err).doesNotContain(RECORDING);
        assertThat(archives()).isEmpty();
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    private record Result(int exit, String out, String err) {}

    private Result doctor(String... environment) throws Exception {
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "doctor")
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().put("SIMPLEX_BOT_TARGET", target.toString());
            builder.environment().put("SIMPLEX_BOT_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            builder.environment().put("SIMPLEX_BOT_JIT", "off");
            builder.environment().remove("SIMPLEX_BOT_CDS");
            for (int i = 0; i + 1 < environment.length; i += 2) {
                builder.environment().put(environment[i], environment[i + 1]);
            }
            Process p = builder.start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("bin/simplex-bot doctor did not exit");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
