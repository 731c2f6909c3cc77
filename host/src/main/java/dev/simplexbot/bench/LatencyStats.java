package dev.simplexbot.bench;

import java.util.Arrays;

/** Percentiles of a set of latencies in nanoseconds (nearest-rank). */
record LatencyStats(long[] sortedNanos) {

    static LatencyStats of(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latencies measured");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new LatencyStats(sorted);
    }

    /** The latency at {@code percent} (0 < percent ≤ 100) in milliseconds. */
    double percentileMillis(double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sortedNanos.length);
        return sortedNanos[Math.max(0, rank - 1)] / 1e6;
    }
}
