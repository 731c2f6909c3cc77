package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Lifecycle callbacks as lines ({@code loaded echo}, {@code failed echo: ...}, {@code unloaded echo}) to wait on. */
final class LifecycleRecorder implements ScriptLifecycleListener {
    private final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @Override
    public void loaded(String name, Path file) {
        events.add("loaded " + name);
    }

    @Override
    public void failed(String name, Path file, String message) {
        events.add("failed " + name + ": " + message);
    }

    @Override
    public void unloaded(String name, Path file) {
        events.add("unloaded " + name);
    }

    String next() {
        try {
            String event = events.poll(10, TimeUnit.SECONDS);
            if (event == null) {
                fail("no script was loaded, failed or unloaded within 10 s");
            }
            return event;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
