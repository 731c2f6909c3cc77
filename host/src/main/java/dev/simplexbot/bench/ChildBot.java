package dev.simplexbot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A bot under test in a process of its own (simplex-bot, the official Node client, the raw Node floor), so that
 * nothing it does shares a JVM with the CLI stand-in that measures it. Its output goes to a log file, quoted when it
 * fails to start.
 */
final class ChildBot implements AutoCloseable {
    private final String label;
    private final List<String> command;
    private final Path directory;
    private Process process;
    private Path log;

    ChildBot(String label, List<String> command, Path directory) {
        this.label = label;
        this.command = List.copyOf(command);
        this.directory = directory;
    }

    String label() {
        return label;
    }

    /** Starts the process; the command gets the CLI's URL as its last argument. */
    void start(String url) throws IOException {
        log = Files.createTempFile("simplex-bot-bench-child", ".log");
        List<String> full = new java.util.ArrayList<>(command);
        full.add(url);
        ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(log.toFile());
        if (directory != null) {
            builder.directory(directory.toFile());
        }
        process = builder.start();
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** The last lines the process printed, for an error message. */
    String output() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException | RuntimeException e) {
            return "(no output)";
        }
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(10, TimeUnit.SECONDS);
            }
        }
        if (log != null) {
            Files.deleteIfExists(log);
        }
    }
}
