package dev.simplexbot.session;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link ChatSession} talks to the CLI.
 *
 * @param url             the CLI's WebSocket API, e.g. {@code ws://localhost:5225}
 * @param allowRemote     accept a host that is not loopback (the CLI API has no authentication)
 * @param commandTimeout  how long a command may wait for its response, including time spent queued while disconnected
 * @param backoffInitial  first reconnect delay; it doubles per failed attempt
 * @param backoffCap      longest reconnect delay
 * @param maxFrameBytes   largest frame accepted from the CLI (chat lists can be large)
 */
public record SessionOptions(
        URI url,
        boolean allowRemote,
        Duration commandTimeout,
        Duration backoffInitial,
        Duration backoffCap,
        int maxFrameBytes) {

    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_BACKOFF_INITIAL = Duration.ofMillis(250);
    public static final Duration DEFAULT_BACKOFF_CAP = Duration.ofSeconds(10);
    public static final int DEFAULT_MAX_FRAME_BYTES = 64 * 1024 * 1024;

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
    }

    /** Defaults: loopback only, 30 s command timeout, reconnect backoff 250 ms doubling to 10 s, 64 MB frames. */
    public static SessionOptions of(URI url) {
        return new SessionOptions(url, false, DEFAULT_COMMAND_TIMEOUT, DEFAULT_BACKOFF_INITIAL,
                DEFAULT_BACKOFF_CAP, DEFAULT_MAX_FRAME_BYTES);
    }

    public SessionOptions withAllowRemote(boolean allow) {
        return new SessionOptions(url, allow, commandTimeout, backoffInitial, backoffCap, maxFrameBytes);
    }

    public SessionOptions withCommandTimeout(Duration timeout) {
        return new SessionOptions(url, allowRemote, timeout, backoffInitial, backoffCap, maxFrameBytes);
    }

    public SessionOptions withBackoff(Duration initial, Duration cap) {
        return new SessionOptions(url, allowRemote, commandTimeout, initial, cap, maxFrameBytes);
    }

    private static void requirePositive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
