package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The jar the build made, run as a user runs it: {@code java -jar simplex-bot.jar ARGS}. */
final class BuiltJar {
    private BuiltJar() {}

    static Path path() {
        Path jar = Path.of(System.getProperty("simplexbot.jar", "target/simplex-bot.jar"));
        assertThat(jar).as("the built jar (run ./mvnw package first)").isRegularFile();
        return jar;
    }

    static List<String> command(String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-jar");
        cmd.add(path().toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        return cmd;
    }
}
