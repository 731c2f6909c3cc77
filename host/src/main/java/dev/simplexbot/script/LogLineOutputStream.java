package dev.simplexbot.script;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Turns what a context writes to its stdout/stderr into log lines (the sandbox requires redirected streams). */
final class LogLineOutputStream extends OutputStream {
    private final Consumer<String> sink;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();

    LogLineOutputStream(Consumer<String> sink) {
        this.sink = sink;
    }

    @Override
    public synchronized void write(int b) {
        if (b == '\n') {
            flushLine();
        } else {
            line.write(b);
        }
    }

    @Override
    public synchronized void close() {
        flushLine();
    }

    private void flushLine() {
        if (line.size() > 0) {
            sink.accept(line.toString(StandardCharsets.UTF_8));
            line.reset();
        }
    }
}
