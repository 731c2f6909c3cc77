package dev.simplexbot.http;

import java.time.Duration;

/**
 * Caps on requests to bots' webhooks: going past one is answered by the server, never a hang.
 *
 * @param maxBodyBytes largest request body; larger ones get 413 ({@code --http-max-body})
 * @param timeout      how long a handler may take to answer; then 504 ({@code --http-timeout})
 */
public record WebhookLimits(long maxBodyBytes, Duration timeout) {
    public static final long DEFAULT_MAX_BODY_BYTES = 1024L * 1024;
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

    public WebhookLimits {
        if (maxBodyBytes < 0 || maxBodyBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("--http-max-body must be from 0 to 2 GB, got " + maxBodyBytes);
        }
        if (timeout.isZero() || timeout.isNegative()) {
            throw new IllegalArgumentException("--http-timeout must be positive, got " + timeout);
        }
    }

    public static WebhookLimits defaults() {
        return new WebhookLimits(DEFAULT_MAX_BODY_BYTES, DEFAULT_TIMEOUT);
    }
}
