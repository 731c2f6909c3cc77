package dev.simplexbot.cli;

import dev.simplexbot.testkit.JsTestRunner;
import dev.simplexbot.testkit.TestRunOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The run {@code bin/simplex-bot} records its class data sharing archive ({@code -XX:ArchiveClassesAtExit}) or AOT
 * cache ({@code -XX:AOTCacheOutput}) from: a bot with setup, commands, store and timers, answering a simulated person
 * through the real session, runtime, toolkit and test kit, then a burst of messages to two bots. The archive then
 * holds the classes a {@code run}, {@code dev} or {@code test} loads, not only those of whichever command happened to
 * run first, and an AOT cache also the method profiles of the message path.
 */
@Command(name = "cds-training", hidden = true,
        description = "Exercises simplex-bot once so the JVM can archive the classes it loads (used by bin/simplex-bot).")
final class CdsTrainingCommand implements Callable<Integer> {
    private static final List<String> FILES = List.of("training.js", "training.test.js");

    @Spec
    CommandSpec spec;

    @Option(names = "--burst", defaultValue = "3000", description = "Messages in the burst (0: none).")
    int burst;

    @Override
    public Integer call() throws Exception {
        Preload.inBackground();
        Path folder = Files.createTempDirectory("simplex-bot-cds-training");
        try {
            for (String file : FILES) {
                Files.writeString(folder.resolve(file), resource(file));
            }
            StringWriter report = new StringWriter();
            JsTestRunner.Summary summary = new JsTestRunner(TestRunOptions.defaults(), new PrintWriter(report)).run(folder);
            if (summary.failed() > 0 || summary.passed() == 0) {
                spec.commandLine().getErr().println("simplex-bot: the class-data training run failed: " + summary.line()
                        + System.lineSeparator() + report);
                return SimplexBotCommand.EXIT_FAILURE;
            }
            if (burst > 0) {
                Path bots = Files.createDirectories(folder.resolve("burst"));
                TrainingBurst.run(burst, 20, bots);
            }
            return SimplexBotCommand.EXIT_OK;
        } finally {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private static String resource(String name) {
        try (InputStream in = CdsTrainingCommand.class.getResourceAsStream("cds-training/" + name)) {
            if (in == null) {
                throw new IllegalStateException("cds-training/" + name + " missing from the simplex-bot jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
