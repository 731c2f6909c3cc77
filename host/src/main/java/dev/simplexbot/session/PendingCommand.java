package dev.simplexbot.session;

import java.time.Duration;

/** One command from {@code send} until its response, error, timeout or disconnect. Guarded by the session's lock. */
final class PendingCommand {
    private final long sequence;
    private final String corrId;
    private final String command;
    private final long timeoutNanos;
    private final CommandCallback callback;
    private final long queuedAtNanos;
    private boolean written;
    /** When the command's timeout started counting: see {@link ChatSession} for when that is. */
    private long clockNanos;

    PendingCommand(long sequence, String command, Duration timeout, CommandCallback callback, long nowNanos) {
        this.sequence = sequence;
        this.corrId = Long.toString(sequence);
        this.command = command;
        this.timeoutNanos = timeout.toNanos();
        this.callback = callback;
        this.queuedAtNanos = nowNanos;
        this.clockNanos = nowNanos;
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

    CommandCallback callback() {
        return callback;
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

    long queuedAtNanos() {
        return queuedAtNanos;
    }

    boolean written() {
        return written;
    }

    void markWritten(long nowNanos) {
        written = true;
        clockNanos = nowNanos;
    }

    /** Starts the timeout anew from {@code nowNanos} unless it started later than that. */
    void restartClock(long nowNanos) {
        clockNanos = Math.max(clockNanos, nowNanos);
    }

    boolean expired(long nowNanos) {
        return nowNanos - clockNanos > timeoutNanos;
    }

    long timeoutMillis() {
        return timeoutNanos / 1_000_000;
    }
}
