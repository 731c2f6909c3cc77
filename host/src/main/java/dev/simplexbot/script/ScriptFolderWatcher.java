package dev.simplexbot.script;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the scripts' folder and its subfolders and reports changed files in batches: an editor's save
 * (temp file, rename, several writes) arrives as one batch once the folder has been quiet for the debounce
 * time. Editor noise (dotfiles, {@code ~}, {@code .swp}, numbered probe files) is dropped here.
 *
 * <p>{@code node_modules} folders and dot-folders ({@code .git}) are not watched: an npm install holds thousands
 * of folders, and each watched one costs a kernel watch. Installing shows instead as a change of
 * {@code package.json} or the lock file next to the bots ({@link ScriptsLayout#isModuleFileName}).
 */
final class ScriptFolderWatcher implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ScriptFolderWatcher.class);

    private final Path root;
    private final Duration debounce;
    private final Consumer<Set<Path>> onChanges;
    private final WatchService watchService;
    private final Thread thread;

    ScriptFolderWatcher(Path root, Duration debounce, Consumer<Set<Path>> onChanges) {
        this.root = root;
        this.debounce = debounce;
        this.onChanges = onChanges;
        try {
            this.watchService = root.getFileSystem().newWatchService();
            registerTree(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot watch " + root, e);
        }
        this.thread = new Thread(this::run, "script-watcher");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> batch = new LinkedHashSet<>();
                collect(watchService.take(), batch);
                WatchKey more;
                while ((more = watchService.poll(debounce.toNanos(), TimeUnit.NANOSECONDS)) != null) {
                    collect(more, batch);
                }
                if (!batch.isEmpty()) {
                    deliver(batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            // close() ends the watcher
        }
    }

    private void deliver(Set<Path> batch) {
        try {
            onChanges.accept(batch);
        } catch (RuntimeException e) {
            log.error("reloading after a change to {} failed", batch, e);
        }
    }

    private void collect(WatchKey key, Set<Path> batch) {
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                batch.add(root);
                continue;
            }
            Path changed = folder.resolve((Path) event.context());
            String fileName = changed.getFileName().toString();
            if (ScriptsLayout.isEditorNoise(fileName)) {
                continue;
            }
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(changed)) {
                registerQuietly(changed);
            } else {
                batch.add(changed);
            }
        }
        key.reset();
    }

    private void registerTree(Path folder) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                if (!dir.equals(root) && isUnwatched(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                dir.register(watchService, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                log.warn("cannot watch {}: {}", file, e.getMessage());
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean isUnwatched(String folderName) {
        return folderName.equals("node_modules") || ScriptsLayout.isEditorNoise(folderName);
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            log.warn("cannot watch new folder {}: {}", folder, e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            watchService.close();
        } catch (IOException e) {
            log.debug("closing the watch service failed", e);
        }
        thread.interrupt();
    }
}
