package dev.simplexbot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** A Node.js bot from {@link NodeSetup} in a child process; it prints {@code ready} once connected. */
final class NodeBot implements BotUnderTest {
    private final String label;
    private final Path folder;
    private final String script;
    private Process process;
    private Path errors;

    NodeBot(String label, Path folder, String script) {
        this.label = label;
        this.folder = folder;
        this.script = script;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void start(String url) throws Exception {
        errors = Files.createTempFile("simplex-bot-bench-node", ".log");
        process = new ProcessBuilder("node", script, url).directory(folder.toFile())
                .redirectError(errors.toFile()).start();
        CompletableFuture<Boolean> ready = new CompletableFuture<>();
        Thread reader = new Thread(() -> readOutput(ready), "bench-node-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (ready.get(30, TimeUnit.SECONDS)) {
                return;
            }
        } catch (TimeoutException e) {
            // reported below
        }
        throw new IllegalStateException(label + " did not connect: " + Files.readString(errors).strip());
    }

    /** Completes {@code ready} on the "ready" line, then keeps draining so the child never blocks on a full pipe. */
    private void readOutput(CompletableFuture<Boolean> ready) {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        try {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals("ready")) {
                    ready.complete(true);
                }
            }
        } catch (IOException e) {
            // the process ended
        }
        ready.complete(false);
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            process.destroy();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        if (errors != null) {
            Files.deleteIfExists(errors);
        }
    }
}
