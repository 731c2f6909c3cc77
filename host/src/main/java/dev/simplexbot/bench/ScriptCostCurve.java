package dev.simplexbot.bench;

import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.script.StartReport;
import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.ChatResponse;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.SessionOptions;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The script layer alone, round after round: the squaring script is fed a real {@code newChatItems} event (as the
 * simulator sends it, about 3 KB) and every command it sends is answered at once with a real response, so neither
 * the simulator nor the socket is measured. Per-round figures show how the cost per event falls as the JVM (and,
 * with the JIT, GraalJS) compiles the hot paths.
 */
final class ScriptCostCurve {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final int BATCH = 200;

    private ScriptCostCurve() {}

    static void run(int rounds, int eventsPerRound, PrintWriter out) throws Exception {
        Sample sample = sample();
        out.printf("script cost: squaring script, %d-byte event, %d-byte response, %d rounds of %d events%n",
                sample.event().json().length(), sample.response().json().length(), rounds, eventsPerRound);
        out.flush();
        Path folder = Files.createTempDirectory("simplex-bot-bench-cost");
        Path script = Files.writeString(folder.resolve("bot.js"), HostScriptBot.SQUARING);
        try (ScriptRuntime runtime = new ScriptRuntime(RuntimeOptions.defaults(),
                command -> CompletableFuture.completedFuture(sample.response()))) {
            StartReport report = runtime.start(folder);
            if (report.hasFailures()) {
                throw new IllegalStateException("the bench script did not start: " + report);
            }
            long total = 0;
            long scriptThread = scriptThreadId();
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            for (int round = 1; round <= rounds; round++) {
                long start = System.nanoTime();
                long cpuStart = threads.getThreadCpuTime(scriptThread);
                for (int i = 1; i <= eventsPerRound; i++) {
                    runtime.onEvent(sample.event());
                    if (i % BATCH == 0) {
                        runtime.drained().get(WAIT.toSeconds(), TimeUnit.SECONDS); // bounds the inbox
                    }
                }
                runtime.drained().get(WAIT.toSeconds(), TimeUnit.SECONDS);
                total += eventsPerRound;
                out.printf("  events %6d-%-6d %8.1f us/event, script thread CPU %8.1f us/event%n",
                        total - eventsPerRound + 1, total, (System.nanoTime() - start) / 1e3 / eventsPerRound,
                        (threads.getThreadCpuTime(scriptThread) - cpuStart) / 1e3 / eventsPerRound);
                out.flush();
            }
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(folder);
        }
    }

    /** The bench script's loop thread: CPU time there is the script layer's cost, whatever else the machine does. */
    private static long scriptThreadId() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().equals("script-bot")) {
                return thread.getId();
            }
        }
        throw new IllegalStateException("the bench script's thread is not running");
    }

    private record Sample(ChatEvent event, ChatResponse response) {}

    /** A person's text as the bot receives it, and the response to the bot's reply, from the simulator. */
    private static Sample sample() throws Exception {
        try (BenchWorld world = new BenchWorld(1)) {
            BlockingQueue<ChatEvent> events = new LinkedBlockingQueue<>();
            ChatSession session = new ChatSession(SessionOptions.of(URI.create(world.url())));
            try {
                session.start(events::add);
                world.people().get(0).send("12");
                ChatEvent received;
                do {
                    received = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
                    if (received == null) {
                        throw new IllegalStateException("the simulator sent no newChatItems event");
                    }
                } while (!received.type().equals("newChatItems"));
                long contactId = world.contactId(world.people().get(0));
                ChatResponse response = session.send("/_send @" + contactId
                        + " json [{\"msgContent\":{\"type\":\"text\",\"text\":\"12 * 12 = 144\"}}]").get(WAIT.toSeconds(), TimeUnit.SECONDS);
                return new Sample(received, response);
            } finally {
                session.close(Duration.ofSeconds(1));
            }
        }
    }
}
