package dev.simplexbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencyStatsTest {
    @Test
    void percentilesUseTheNearestRankOfTheSortedLatencies() {
        long[] nanos = new long[100];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = (100 - i) * 1_000_000L; // 100 ms down to 1 ms, unsorted on purpose
        }
        LatencyStats stats = LatencyStats.of(nanos);

        assertThat(stats.percentileMillis(50)).isEqualTo(50.0);
        assertThat(stats.percentileMillis(99)).isEqualTo(99.0);
        assertThat(stats.percentileMillis(100)).isEqualTo(100.0);
    }

    @Test
    void noLatenciesIsAnError() {
        assertThatThrownBy(() -> LatencyStats.of(new long[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
