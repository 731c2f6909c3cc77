package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptFolderWatcherTest {
    @TempDir
    Path dir;

    @Test
    void nodeModulesAndDotFoldersAreNotWatchedEvenWhenCreatedLater() throws Exception {
        Files.createDirectories(dir.resolve("node_modules/pkg/lib"));
        Files.createDirectories(dir.resolve(".git/objects"));
        Files.createDirectories(dir.resolve("lib"));
        BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (ScriptFolderWatcher watcher = new ScriptFolderWatcher(dir, Duration.ofMillis(40), batches::add)) {
            watcher.start();
            Files.createDirectories(dir.resolve("lib/vendor/node_modules/other"));
            Files.writeString(dir.resolve("node_modules/pkg/lib/index.js"), "changed");
            Files.writeString(dir.resolve(".git/objects/abc"), "changed");
            Files.writeString(dir.resolve("lib/vendor/node_modules/other/index.js"), "changed");
            // Events of one folder arrive in order: once this one is seen, the writes above would have been too.
            Files.writeString(dir.resolve("lib/_sentinel.js"), "export const x = 1;");

            assertThat(batches.poll(10, TimeUnit.SECONDS)).containsExactly(dir.resolve("lib/_sentinel.js"));
        }
    }

    @Test
    void anInstallShowsAsTheLockFileAndPackageJsonNextToTheBots() throws Exception {
        BlockingQueue<Set<Path>> batches = new LinkedBlockingQueue<>();
        try (ScriptFolderWatcher watcher = new ScriptFolderWatcher(dir, Duration.ofMillis(40), batches::add)) {
            watcher.start();
            Files.createDirectories(dir.resolve("node_modules/dep"));
            Files.writeString(dir.resolve("node_modules/dep/index.js"), "module.exports = 1;");
            Files.writeString(dir.resolve("package-lock.json"), "{}");

            Set<Path> batch = batches.poll(10, TimeUnit.SECONDS);
            assertThat(batch).containsExactly(dir.resolve("package-lock.json"));
            assertThat(ScriptsLayout.isModuleFileName("package-lock.json")).isTrue();
            assertThat(ScriptsLayout.isModuleFileName("yarn.lock")).isTrue();
            assertThat(ScriptsLayout.isModuleFileName("pnpm-lock.yaml")).isTrue();
        }
    }
}
