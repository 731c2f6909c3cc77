package dev.simplexbot.script;

/**
 * How much one script may have waiting in the host. Events wait while the script is busy or held back because the
 * CLI has not caught up with its commands; commands wait for their turn on the one connection to the CLI. Past a
 * bound nothing grows: new events for that script are dropped (counted and logged once per flood) and a new command
 * is refused with a {@code LimitError} that names the bound.
 *
 * @param maxQueuedEvents       events waiting for one script
 * @param maxQueuedEventBytes   total size of those events' JSON text
 * @param maxQueuedCommands     one script's commands not yet answered by the CLI
 * @param maxQueuedCommandBytes total size of those command lines
 */
public record FlowLimits(int maxQueuedEvents, long maxQueuedEventBytes, int maxQueuedCommands,
        long maxQueuedCommandBytes) {
    public static final int DEFAULT_MAX_QUEUED_EVENTS = 250_000;
    public static final int DEFAULT_MAX_QUEUED_COMMANDS = 100_000;
    private static final long MB = 1L << 20;

    public FlowLimits {
        if (maxQueuedEvents <= 0 || maxQueuedEventBytes <= 0 || maxQueuedCommands <= 0 || maxQueuedCommandBytes <= 0) {
            throw new IllegalArgumentException("queue bounds must be positive");
        }
    }

    /**
     * Counts far above realistic bursts; the byte bounds follow the JVM's heap so that they are reached before the
     * heap runs out: events a quarter of the maximum heap (at most 512 MB), commands a sixteenth (at most 64 MB).
     */
    public static FlowLimits defaults() {
        long heap = Runtime.getRuntime().maxMemory();
        return new FlowLimits(DEFAULT_MAX_QUEUED_EVENTS, Math.min(512 * MB, heap / 4),
                DEFAULT_MAX_QUEUED_COMMANDS, Math.min(64 * MB, heap / 16));
    }

    public FlowLimits withMaxQueuedEvents(int events, long bytes) {
        return new FlowLimits(events, bytes, maxQueuedCommands, maxQueuedCommandBytes);
    }

    public FlowLimits withMaxQueuedCommands(int commands, long bytes) {
        return new FlowLimits(maxQueuedEvents, maxQueuedEventBytes, commands, bytes);
    }
}
