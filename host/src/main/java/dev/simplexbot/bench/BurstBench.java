package dev.simplexbot.bench;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.java_websocket.WebSocket;

/**
 * One bot through the burst workload, in a fresh process: cold (a short warm-up after start, then one measured burst)
 * and steady (bursts until it has handled the steady warm-up and its rate has stopped rising, then the last bursts
 * pooled). The CLI stand-in is shared by every bot of a run and was warmed up before the first.
 */
final class BurstBench {
    /** Bursts compared when deciding whether the rate still rises. */
    private static final int PLATEAU_BURSTS = 3;
    /** A rate within this factor of the previous bursts' has stopped rising. */
    private static final double STILL_RISING = 1.03;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(120);

    /**
     * @param messages     events per measured burst
     * @param coldWarmUp   events handled before the cold burst
     * @param steadyWarmUp events handled, at least, before the steady bursts
     * @param steadyMax    events after which the steady phase ends even if the rate still rises
     * @param timeout      longest wait for one burst's replies
     */
    record Settings(int messages, int coldWarmUp, int steadyWarmUp, int steadyMax, Duration timeout) {}

    /** A bot's two figures. */
    record Figures(String bot, BurstResult cold, BurstResult steady) {}

    private final BurstServer server;
    private final String url;
    private final Settings settings;
    private final PrintWriter out;

    BurstBench(BurstServer server, String url, Settings settings, PrintWriter out) {
        this.server = server;
        this.url = url;
        this.settings = settings;
        this.out = out;
    }

    /** Warms the CLI stand-in up with a bare Java client, so that no measured bot pays for compiling it. */
    void warmUpServer(int events) throws Exception {
        CompletableFuture<WebSocket> connected = server.expectClient();
        JavaRawClient client = new JavaRawClient(url);
        try {
            client.connectAndWait();
            connected.get(10, TimeUnit.SECONDS);
            for (int done = 0; done < events; done += settings.messages()) {
                server.burst("warm-up client", "warm-up", Math.min(settings.messages(), events - done), done,
                        settings.timeout());
            }
        } finally {
            client.closeBlocking();
        }
    }

    Figures measure(ChildBot bot) throws Exception {
        CompletableFuture<WebSocket> connected = server.expectClient();
        bot.start(url);
        awaitConnection(bot, connected);
        String label = bot.label();
        server.burst(label, "warm-up", settings.coldWarmUp(), 0, settings.timeout());
        long handled = settings.coldWarmUp();
        BurstResult cold = server.burst(label, "cold", settings.messages(), handled, settings.timeout());
        handled += settings.messages();
        while (handled < settings.steadyWarmUp()) {
            server.burst(label, "warm-up", settings.messages(), handled, settings.timeout());
            handled += settings.messages();
        }
        List<BurstResult> bursts = new ArrayList<>();
        do {
            bursts.add(server.burst(label, "steady", settings.messages(), handled, settings.timeout()));
            handled += settings.messages();
        } while (stillRising(bursts) && handled < settings.steadyMax());
        BurstResult steady = BurstResult.pooled(bursts.subList(bursts.size() - Math.min(PLATEAU_BURSTS, bursts.size()),
                bursts.size()));
        out.printf("  %-34s cold %8.0f msg/s, steady %8.0f msg/s after %,d events%n", label,
                cold.messagesPerSecond(), steady.messagesPerSecond(), steady.warmedUpWith());
        out.flush();
        return new Figures(label, cold, steady);
    }

    /** True until the last bursts are no faster than the ones before them. */
    private static boolean stillRising(List<BurstResult> bursts) {
        if (bursts.size() < 2 * PLATEAU_BURSTS) {
            return true;
        }
        int n = bursts.size();
        double recent = medianRate(bursts.subList(n - PLATEAU_BURSTS, n));
        double before = medianRate(bursts.subList(n - 2 * PLATEAU_BURSTS, n - PLATEAU_BURSTS));
        return recent > before * STILL_RISING;
    }

    private static double medianRate(List<BurstResult> bursts) {
        double[] rates = bursts.stream().mapToDouble(BurstResult::messagesPerSecond).sorted().toArray();
        return rates[rates.length / 2];
    }

    private static void awaitConnection(ChildBot bot, CompletableFuture<WebSocket> connected) throws Exception {
        long deadline = System.nanoTime() + CONNECT_TIMEOUT.toNanos();
        while (true) {
            try {
                connected.get(200, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                if (!bot.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(bot.label() + " did not connect: " + bot.output());
                }
            } catch (ExecutionException e) {
                throw new IllegalStateException(bot.label() + " did not connect", e.getCause());
            }
        }
    }

    /** The table of a run and the ratios the goals are about. */
    static void print(PrintWriter out, List<Figures> figures, String official, String floor, double floorGoal) {
        out.printf("%n%-34s %10s %8s %8s   %10s %8s %8s %12s%n", "burst workload", "cold msg/s", "p50 ms", "p99 ms",
                "steady", "p50 ms", "p99 ms", "steady after");
        for (Figures f : figures) {
            out.printf("%-34s %10.0f %8.1f %8.1f   %10.0f %8.1f %8.1f %,12d%n", f.bot(),
                    f.cold().messagesPerSecond(), f.cold().p50Millis(), f.cold().p99Millis(),
                    f.steady().messagesPerSecond(), f.steady().p50Millis(), f.steady().p99Millis(), f.steady().warmedUpWith());
        }
        Figures reference = find(figures, official);
        if (reference != null) {
            for (Figures f : figures) {
                if (f.bot().startsWith("simplex-bot")) {
                    out.printf("%s / %s: cold %.2fx (goal >= 1.0x), p99 %.0f vs %.0f ms; steady %.2fx (goal >= 1.5x), "
                                    + "p99 %.0f vs %.0f ms (goal: not above)%n", f.bot(), official,
                            f.cold().messagesPerSecond() / reference.cold().messagesPerSecond(),
                            f.cold().p99Millis(), reference.cold().p99Millis(),
                            f.steady().messagesPerSecond() / reference.steady().messagesPerSecond(),
                            f.steady().p99Millis(), reference.steady().p99Millis());
                }
            }
        }
        Figures raw = find(figures, floor);
        if (raw != null) {
            double best = Math.max(raw.cold().messagesPerSecond(), raw.steady().messagesPerSecond());
            out.printf(best >= floorGoal
                    ? "the raw floor reached %.0f msg/s (>= %.0f): the CLI stand-in does not limit these figures%n"
                    : "LIMITED: the raw floor reached only %.0f msg/s (< %.0f): the CLI stand-in or the machine limits "
                            + "these figures, read the ratios with care%n", best, floorGoal);
        }
        out.flush();
    }

    private static Figures find(List<Figures> figures, String bot) {
        return figures.stream().filter(f -> f.bot().equals(bot)).findFirst().orElse(null);
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
