package dev.simplexbot.net;

import java.time.Duration;

/**
 * Caps on a script's outbound HTTP; going past one is an error the script sees, never a hang or an exhausted heap.
 *
 * @param timeout          longest one fetch may take, redirects and the whole body included ({@code --fetch-timeout})
 * @param maxResponseBytes largest response body ({@code --fetch-max-size})
 * @param maxInFlight      fetches one script may have waiting at once ({@code --fetch-max-in-flight})
 */
public record FetchLimits(Duration timeout, long maxResponseBytes, int maxInFlight) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 10L * 1024 * 1024;
    public static final int DEFAULT_MAX_IN_FLIGHT = 16;
    /** As browsers and the fetch standard do. */
    public static final int MAX_REDIRECTS = 20;

    public FetchLimits {
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("--fetch-timeout must be positive, got " + timeout);
        }
        if (maxResponseBytes < 1) {
            throw new IllegalArgumentException("--fetch-max-size must be at least 1 byte, got " + maxResponseBytes);
        }
        if (maxInFlight < 1) {
            throw new IllegalArgumentException("--fetch-max-in-flight must be at least 1, got " + maxInFlight);
        }
    }

    public static FetchLimits defaults() {
        return new FetchLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_IN_FLIGHT);
    }
}
