package dev.simplexbot.bench;

import java.util.Arrays;
import java.util.List;

/**
 * One bot's figures for one burst (or several pooled): throughput is the messages over the time from the first
 * event sent to the last reply received; latency is each message's time from the start of its burst to its reply.
 *
 * @param warmedUpWith events the bot had handled before this measurement
 */
record BurstResult(String bot, String phase, int messages, double seconds, long warmedUpWith, LatencyStats latency) {

    double messagesPerSecond() {
        return messages / seconds;
    }

    double p50Millis() {
        return latency.percentileMillis(50);
    }

    double p99Millis() {
        return latency.percentileMillis(99);
    }

    /** Several bursts as one figure: their messages over their summed durations, their latencies together. */
    static BurstResult pooled(List<BurstResult> bursts) {
        BurstResult last = bursts.get(bursts.size() - 1);
        int messages = bursts.stream().mapToInt(BurstResult::messages).sum();
        double seconds = bursts.stream().mapToDouble(BurstResult::seconds).sum();
        long[] latencies = bursts.stream().flatMapToLong(b -> Arrays.stream(b.latency().sortedNanos())).toArray();
        return new BurstResult(last.bot(), last.phase(), messages, seconds, bursts.get(0).warmedUpWith(),
                LatencyStats.of(latencies));
    }
}
