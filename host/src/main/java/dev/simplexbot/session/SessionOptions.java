package dev.simplexbot.session;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ChatSession} talks to the CLI.
 *
 * @param url             the CLI's WebSocket API, e.g. {@code ws://localhost:5225}
 * @param allowRemote     accept a host that is not loopback (the CLI API has no authentication)
 * @param commandTimeout  how long the CLI may take to answer a command once it is that command's turn (the CLI answers
 *                        in order), or how long a command may wait while disconnected; time queued behind other
 *                        commands while connected does not count
 * @param backoffInitial  first reconnect delay; it doubles per failed attempt
 * @param backoffCap      longest reconnect delay
 * @param maxFrameBytes   largest frame accepted from the CLI (chat lists can be large)
 * @param maxInFlight     commands written to the CLI and not yet answered, at most; the rest wait in the host
 */
public record SessionOptions(
        URI url,
        boolean allowRemote,
        Duration commandTimeout,
        Duration backoffInitial,
        Duration backoffCap,
        int maxFrameBytes,
        int maxInFlight) {

    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_BACKOFF_INITIAL = Duration.ofMillis(250);
    public static final Duration DEFAULT_BACKOFF_CAP = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024;
    /**
     * Enough written ahead that the CLI never waits for the next command (it takes them one at a time), few enough
     * that a command's wait inside the CLI stays short and that commands queued in the host can still take turns.
     */
    public static final int DEFAULT_MAX_IN_FLIGHT = 32;

    public SessionOptions {
        Objects.requireNonNull(url, "url");
        requirePositive(commandTimeout, "commandTimeout");
        requirePositive(backoffInitial, "backoffInitial");
        requirePositive(backoffCap, "backoffCap");
        if (backoffCap.compareTo(backoffInitial) < 0) {
            throw new IllegalArgumentException("backoffCap must not be shorter than backoffInitial");
        }
        if (maxFrameBytes <= 0) {
            throw new IllegalArgumentException("maxFrameBytes must be positive");
        }
        if (maxInFlight <= 0) {
            throw new IllegalArgumentException("maxInFlight must be positive");
        }
    }

    /** Defaults: loopback only, 30 s command timeout, reconnect backoff 250 ms doubling to 10 s, 64 MB frames, 32 in flight. */
    public static SessionOptions of(URI url) {
        return new SessionOptions(url, false, DEFAULT_COMMAND_TIMEOUT, DEFAULT_BACKOFF_INITIAL,
                DEFAULT_BACKOFF_CAP, DEFAULT_MAX_FRAME_BYTES, DEFAULT_MAX_IN_FLIGHT);
    }

    public SessionOptions withAllowRemote(boolean allow) {
        return new SessionOptions(url, allow, commandTimeout, backoffInitial, backoffCap, maxFrameBytes, maxInFlight);
    }

    public SessionOptions withCommandTimeout(Duration timeout) {
        return new SessionOptions(url, allowRemote, timeout, backoffInitial, backoffCap, maxFrameBytes, maxInFlight);
    }

    public SessionOptions withBackoff(Duration initial, Duration cap) {
        return new SessionOptions(url, allowRemote, commandTimeout, initial, cap, maxFrameBytes, maxInFlight);
    }

    public SessionOptions withMaxInFlight(int commands) {
        return new SessionOptions(url, allowRemote, commandTimeout, backoffInitial, backoffCap, maxFrameBytes, commands);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
