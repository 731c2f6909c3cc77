package dev.simplexbot.bench;

import dev.simplexbot.sim.SimPerson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code simplex-bot run} in a child JVM launched exactly like this one (same java, same flags, so the same JIT
 * mode): start-up to first reply as a user sees it, and the process's resident memory with N scripts loaded.
 */
final class ForkedHost {
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(120);

    /** What one child run showed. */
    record Figures(int scripts, double firstReplyMillis, long rssKb) {}

    private final List<String> launcher;

    ForkedHost(List<String> launcher) {
        this.launcher = List.copyOf(launcher);
    }

    /**
     * The command line that started this process up to the {@code bench} subcommand, e.g.
     * {@code [java, -XX:..., -jar, simplex-bot.jar]}, so children run in the same JIT mode; when it cannot be read
     * (e.g. under a test runner), this JVM's java with its class path.
     */
    static List<String> launcherOfThisProcess() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        if (info.command().isPresent() && info.arguments().isPresent()) {
            List<String> arguments = Arrays.asList(info.arguments().get());
            int bench = arguments.indexOf("bench");
            if (bench >= 0) {
                List<String> launcher = new ArrayList<>();
                launcher.add(info.command().get());
                launcher.addAll(arguments.subList(0, bench));
                return launcher;
            }
        }
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.simplexbot.cli.Main");
    }

    /** Starts {@code run} with {@code scripts} copies of the squaring bot; one message is waiting for it already. */
    Figures measure(int scripts) throws Exception {
        Path folder = Files.createTempDirectory("simplex-bot-bench-scripts");
        Path dataDir = Files.createTempDirectory("simplex-bot-bench-data");
        for (int i = 0; i < scripts; i++) {
            Files.writeString(folder.resolve("bot" + i + ".js"), HostScriptBot.SQUARING);
        }
        try (BenchWorld world = new BenchWorld(1)) {
            SimPerson person = world.people().get(0);
            List<String> command = new ArrayList<>(launcher);
            command.addAll(List.of("run", "--log-level", "warn", "--url", world.url(), "--data-dir", dataDir.toString(),
                    folder.toString()));
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try {
                person.send("7");
                person.nextMessage(REPLY_TIMEOUT);
                double firstReply = (System.nanoTime() - start) / 1e6;
                for (int i = 1; i < scripts; i++) {
                    person.nextMessage(REPLY_TIMEOUT);
                }
                return new Figures(scripts, firstReply, residentKb(process.pid()));
            } finally {
                process.destroy();
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                deleteTree(folder);
                deleteTree(dataDir);
            }
        }
    }

    /** VmRSS from /proc (Linux); -1 elsewhere. */
    static long residentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
