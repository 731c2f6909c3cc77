package dev.simplexbot.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/** One command from {@code send} until its response, error, timeout or disconnect. */
final class PendingCommand {
    private final long sequence;
    private final String corrId;
    private final String command;
    private final CompletableFuture<ChatResponse> future = new CompletableFuture<>();
    private volatile boolean written;
    private volatile Future<?> timeout;

    PendingCommand(long sequence, String command) {
        this.sequence = sequence;
        this.corrId = Long.toString(sequence);
        this.command = command;
    }

    long sequence() {
        return sequence;
    }

    String corrId() {
        return corrId;
    }

    String command() {
        return command;
    }

    /** The command's first word, for messages: command lines can carry message text that has no place in logs. */
    String commandName() {
        return nameOf(command);
    }

    static String nameOf(String command) {
        String trimmed = command.strip();
        int space = trimmed.indexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(0, space);
    }

    CompletableFuture<ChatResponse> future() {
        return future;
    }

    boolean written() {
        return written;
    }

    void markWritten() {
        written = true;
    }

    void timeout(Future<?> handle) {
        this.timeout = handle;
    }

    void cancelTimeout() {
        Future<?> t = timeout;
        if (t != null) {
            t.cancel(false);
        }
    }
}
