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
 * Which runtime it picks is checked against stand-in JDKs that only answer its probe.
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
    void byDefaultTheArchiveIsRecordedInTheBackgroundWhileTheCommandRuns() throws Exception {
        Files.copy(jar, target.resolve("simplex-bot.jar"));

        Result first = doctor("SIMPLEX_BOT_CDS", "auto");
        assertThat(first.exit).as(first.err).isZero();
        assertThat(first.out).contains("JavaScript: ok").contains("Runtime:    interpreter on JDK")
                .contains("no archive");
        assertThat(first.err).contains("recording the class data archive for faster starts in the background");

        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (archives().isEmpty() || Files.exists(target.resolve(archives().get(0).getFileName() + ".recording"))) {
            assertThat(System.nanoTime()).as("the background recording finished within 5 minutes").isLessThan(deadline);
            Thread.sleep(200); // polling the file system for a process we do not own; there is nothing to wait on
        }
        Result second = doctor("SIMPLEX_BOT_CDS", "auto");
        assertThat(second.err).doesNotContain(RECORDING);
        assertThat(second.out).contains("with a class data archive");
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

    @Test
    void prefersAGraalVmJdkThenAJdk25WithAnAotCacheThenTheNewestJdk() throws Exception {
        Files.copy(jar, target.resolve("simplex-bot.jar"));
        Path jdk17 = fakeJdk("jdk-17", 17, "OpenJDK 64-Bit Server VM", "", false, false);
        Path jdk25 = fakeJdk("jdk-25", 25, "OpenJDK 64-Bit Server VM", "Temurin-25.0.3+9", true, false);
        Path graal = fakeJdk("graalvm-25", 25, "Java HotSpot(TM) 64-Bit Server VM", "Oracle GraalVM 25+37.1", true, true);
        Path notGraal = fakeJdk("graalvm-no-libgraal", 25, "OpenJDK 64-Bit Server VM", "GraalVM CE 25", true, false);

        assertThat(explain(jdk17, jdk25, graal)).startsWith("graalvm " + java(graal) + " :: a GraalVM JDK");
        assertThat(explain(jdk17, notGraal, jdk25)).startsWith("aot " + java(notGraal) + " :: no GraalVM JDK;");
        assertThat(explain(jdk17)).startsWith("cds " + java(jdk17) + " :: no GraalVM JDK, no JDK 25+;");
        assertThat(explain(jdk17, jdk25, graal, "SIMPLEX_BOT_JIT", "off")).startsWith("aot " + java(jdk25));
        // Without the compiler jars of a build (this target has only the jar) the JIT cannot be chosen.
        assertThat(explain(jdk17, jdk25, "SIMPLEX_BOT_JIT", "on")).startsWith("aot " + java(jdk25));
    }

    @Test
    void aGivenJavaIsTheOnlyCandidateAndNoJavaAtAllIsOneClearLine() throws Exception {
        Files.copy(jar, target.resolve("simplex-bot.jar"));
        Path jdk17 = fakeJdk("jdk-17", 17, "OpenJDK 64-Bit Server VM", "", false, false);
        Path jdk25 = fakeJdk("jdk-25", 25, "OpenJDK 64-Bit Server VM", "Temurin-25.0.3+9", true, false);

        assertThat(explain(jdk25, "SIMPLEX_BOT_JAVA", java(jdk17).toString())).startsWith("cds " + java(jdk17));
        Result none = launch(List.of("doctor"), "SIMPLEX_BOT_EXPLAIN", "1", "SIMPLEX_BOT_JAVA", target.resolve("nope/java").toString());
        assertThat(none.exit).isEqualTo(1);
        assertThat(none.err.strip()).isEqualTo("simplex-bot: no Java runtime found (JDK 17 or newer): set JAVA_HOME or SIMPLEX_BOT_JAVA");
    }

    /** A JDK folder whose bin/java only answers the launcher's probe, as a JDK of that kind does. */
    private Path fakeJdk(String name, int feature, String vmName, String vendorVersion, boolean jvmci, boolean libgraal)
            throws IOException {
        Path home = Files.createDirectories(target.resolve("jdks").resolve(name));
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n"
                + (jvmci ? "" : "case \"$*\" in *EnableJVMCI*) echo 'Unrecognized VM option' >&2; exit 1;; esac\n")
                + "cat >&2 <<'EOF'\nProperty settings:\n"
                + "    java.specification.version = " + feature + "\n"
                + "    java.vm.name = " + vmName + "\n"
                + "    java.vm.version = " + feature + ".0.1+1\n"
                + (vendorVersion.isEmpty() ? "" : "    java.vendor.version = " + vendorVersion + "\n")
                + "EOF\n");
        java.toFile().setExecutable(true);
        if (libgraal) {
            Files.writeString(Files.createDirectories(home.resolve("lib")).resolve("libjvmcicompiler.so"), "");
        }
        return home;
    }

    private static Path java(Path home) {
        return home.resolve("bin/java");
    }

    /** The launcher's choice among {@code homes} (found as JDK folders), then environment name/value pairs. */
    private String explain(Object... homesThenEnvironment) throws Exception {
        List<String> dirs = new java.util.ArrayList<>();
        List<String> given = new java.util.ArrayList<>();
        for (int i = 0; i < homesThenEnvironment.length; i++) {
            if (homesThenEnvironment[i] instanceof Path home) {
                dirs.add(home.toString());
            } else {
                given.add((String) homesThenEnvironment[i]);
                given.add((String) homesThenEnvironment[++i]);
            }
        }
        List<String> environment = new java.util.ArrayList<>(List.of("SIMPLEX_BOT_EXPLAIN", "1", "SIMPLEX_BOT_JIT", "auto",
                "SIMPLEX_BOT_JDK_DIRS", String.join(" ", dirs), "SIMPLEX_BOT_JAVA", ""));
        environment.addAll(given);
        Result r = launch(List.of("doctor"), environment.toArray(String[]::new));
        assertThat(r.exit).as(r.err).isZero();
        return r.out.strip();
    }

    private List<Path> archives() throws IOException {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsa")).sorted().toList();
        }
    }

    private record Result(int exit, String out, String err) {}

    private Result doctor(String... environment) throws Exception {
        return launch(List.of("doctor"), environment);
    }

    private Result launch(List<String> arguments, String... environment) throws Exception {
        Path out = Files.createTempFile("launcher", ".out");
        Path err = Files.createTempFile("launcher", ".err");
        try {
            List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
            command.addAll(arguments);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            builder.environment().put("SIMPLEX_BOT_TARGET", target.toString());
            builder.environment().put("SIMPLEX_BOT_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
            builder.environment().put("SIMPLEX_BOT_JIT", "off");
            builder.environment().put("SIMPLEX_BOT_CDS", "wait"); // deterministic: record before starting
            builder.environment().remove("JAVA_HOME");
            for (int i = 0; i + 1 < environment.length; i += 2) {
                if (environment[i + 1].isEmpty()) {
                    builder.environment().remove(environment[i]);
                } else {
                    builder.environment().put(environment[i], environment[i + 1]);
                }
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
