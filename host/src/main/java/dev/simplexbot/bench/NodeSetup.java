package dev.simplexbot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Prepares the Node.js bots: checks that {@code node} and {@code npm} run, writes the bench's package.json and
 * scripts into a cache folder and runs {@code npm install} there when the pinned packages are not installed yet.
 */
final class NodeSetup {
    static final List<String> FILES = List.of("package.json", "official-client.js", "raw-ws.js");

    /** Where the Node bots are ready to run, or why they cannot. */
    sealed interface Outcome permits Ready, Unavailable {}

    record Ready(Path folder, String nodeVersion) implements Outcome {}

    record Unavailable(String reason) implements Outcome {}

    private NodeSetup() {}

    static Outcome prepare(Path folder) {
        String nodeVersion;
        try {
            nodeVersion = output(folder.getParent(), "node", "--version");
            output(folder.getParent(), "npm", "--version");
        } catch (IOException e) {
            return new Unavailable("node/npm not found on the PATH (" + e.getMessage() + ")");
        }
        try {
            Files.createDirectories(folder);
            boolean changed = false;
            for (String name : FILES) {
                String content = HostScriptBot.resource("node/" + name);
                Path file = folder.resolve(name);
                if (!Files.isRegularFile(file) || !Files.readString(file).equals(content)) {
                    Files.writeString(file, content);
                    changed |= name.equals("package.json");
                }
            }
            boolean installed = Files.isRegularFile(folder.resolve("node_modules/simplex-chat/package.json"))
                    && Files.isRegularFile(folder.resolve("node_modules/ws/package.json"));
            if (changed || !installed) {
                output(folder, "npm", "install", "--no-audit", "--no-fund", "--loglevel=error");
            }
            return new Ready(folder, nodeVersion);
        } catch (IOException e) {
            return new Unavailable("npm install of simplex-chat@0.2.1 and ws failed in " + folder + ": " + e.getMessage());
        }
    }

    private static String output(Path dir, String... command) throws IOException {
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try {
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not finish within 5 minutes");
            }
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.exitValue() != 0) {
                throw new IOException(String.join(" ", command) + " exited with " + process.exitValue() + ": " + text);
            }
            return text;
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + String.join(" ", command), e);
        }
    }
}
