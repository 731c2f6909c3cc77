package dev.simplexbot.session;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Reconnect delays: {@code initial * 2^attempt}, capped, with "equal jitter" — a random point in the upper half
 * of the step — so many bots restarting together do not reconnect in lockstep, yet never retry at once.
 */
final class Backoff {
    private final long initialMillis;
    private final long capMillis;
    private final DoubleSupplier random;

    Backoff(Duration initial, Duration cap, DoubleSupplier random) {
        this.initialMillis = initial.toMillis();
        this.capMillis = cap.toMillis();
        this.random = random;
    }

    /** The delay before reconnect attempt {@code attempt} (0 for the first retry after a loss). */
    Duration delay(int attempt) {
        int doublings = Math.min(Math.max(attempt, 0), 30);
        long step = Math.min(capMillis, initialMillis << doublings);
        long half = step / 2;
        return Duration.ofMillis(half + (long) (random.getAsDouble() * (step - half)));
    }
}
