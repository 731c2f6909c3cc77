package dev.simplexbot.bench;

/** One bot's figures on the squaring workload, measured from the simulated people's side. */
record LoadResult(String bot, int messages, double seconds, LatencyStats latency) {

    double messagesPerSecond() {
        return messages / seconds;
    }

    double p50Millis() {
        return latency.percentileMillis(50);
    }

    double p99Millis() {
        return latency.percentileMillis(99);
    }

    /** Mean wall time per message in microseconds (the inverse of throughput). */
    double microsPerMessage() {
        return seconds * 1e6 / messages;
    }
}
