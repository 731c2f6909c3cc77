package dev.simplexbot.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    private static final Duration INITIAL = Duration.ofMillis(250);
    private static final Duration CAP = Duration.ofSeconds(10);

    @Test
    void doublesFromTheInitialDelayUpToTheCap() {
        Backoff noJitterTop = new Backoff(INITIAL, CAP, () -> 1.0);
        assertThat(noJitterTop.delay(0)).isEqualTo(Duration.ofMillis(250));
        assertThat(noJitterTop.delay(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(noJitterTop.delay(5)).isEqualTo(Duration.ofMillis(8000));
        assertThat(noJitterTop.delay(6)).isEqualTo(CAP);
        assertThat(noJitterTop.delay(10_000)).isEqualTo(CAP);
    }

    @Test
    void jitterStaysInTheUpperHalfOfEachStep() {
        Backoff lowest = new Backoff(INITIAL, CAP, () -> 0.0);
        assertThat(lowest.delay(0)).isEqualTo(Duration.ofMillis(125));
        assertThat(lowest.delay(100)).isEqualTo(Duration.ofSeconds(5));
        Backoff middle = new Backoff(INITIAL, CAP, () -> 0.5);
        assertThat(middle.delay(2)).isEqualTo(Duration.ofMillis(750));
    }
}
