package dev.simplexbot.script;

import dev.simplexbot.api.ApiSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Numbers for the runtime (a main, not a test): reload latency (file saved until the new version answers),
 * events per second through one script, heap per loaded script. Run with
 * {@code java -cp <test classpath> dev.simplexbot.script.RuntimeBenchmark}.
 */
public final class RuntimeBenchmark {
    public static void main(String[] args) throws Exception {
        reloadLatency();
        throughput("no-op", "export default (bot) => bot.on('newChatItems', () => {});", false);
        throughput("squaring", SpecCommandsTest.SQUARING, true);
        for (int count : new int[] {1, 10, 50}) {
            memory(count);
        }
    }

    private static void reloadLatency() throws Exception {
        Path dir = Files.createTempDirectory("bench-reload");
        LinkedBlockingQueue<String> sent = new LinkedBlockingQueue<>();
        ScriptFolder folder = new ScriptFolder(dir);
        folder.write("bot.js", HotReloadTest.replying("v0"));
        try (ScriptRuntime runtime = new ScriptRuntime(RuntimeHarness.RAW_ALLOWED.withWatch(true),
                command -> { sent.add(command); return CompletableFuture.failedFuture(new IllegalStateException()); },
                new TestCommands())) {
            runtime.start(dir);
            long total = 0;
            long worst = 0;
            int rounds = 30;
            for (int round = 1; round <= rounds + 5; round++) {
                long start = System.nanoTime();
                folder.write("bot.js", HotReloadTest.replying("v" + round));
                String expected = "v" + round + " 1";
                while (true) {
                    runtime.onEvent(Events.of("go", "\"n\":1"));
                    String reply = sent.poll(5, TimeUnit.SECONDS);
                    if (expected.equals(reply)) {
                        break;
                    }
                }
                long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                if (round > 5) {
                    total += millis;
                    worst = Math.max(worst, millis);
                }
            }
            System.out.printf("reload latency: mean %d ms, worst %d ms over %d saves%n", total / rounds, worst, rounds);
        }
    }

    private static void throughput(String label, String source, boolean spec) throws Exception {
        Path dir = Files.createTempDirectory("bench-events");
        new ScriptFolder(dir).write("bot.js", source.replace("export default", "const main =")
                + "\nexport default (bot) => { main(bot); bot.on('done', () => bot.chat.raw('done')); };\n");
        int events = 20_000;
        ChatCommands commands = spec ? ChatCommands.fromSpec(ApiSpec.load()) : new TestCommands();
        for (int round = 0; round < 2; round++) {
            CountDownLatch done = new CountDownLatch(1);
            try (ScriptRuntime runtime = new ScriptRuntime(RuntimeHarness.RAW_ALLOWED, command -> {
                if (command.equals("done")) {
                    done.countDown();
                }
                return CompletableFuture.completedFuture(
                        new dev.simplexbot.session.ChatResponse("1", "cmdOk", "{\"type\":\"cmdOk\"}"));
            }, commands)) {
                runtime.start(dir);
                long start = System.nanoTime();
                for (int i = 0; i < events; i++) {
                    runtime.onEvent(Events.receivedText(5, Integer.toString(i)));
                }
                runtime.onEvent(Events.of("done", ""));
                done.await(300, TimeUnit.SECONDS);
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("%s (run %d): %.0f events/s (%d events, %.2f s)%n", label, round + 1, events / seconds,
                        events, seconds);
            }
        }
    }

    private static void memory(int count) throws Exception {
        Path dir = Files.createTempDirectory("bench-memory");
        ScriptFolder folder = new ScriptFolder(dir);
        for (int i = 0; i < count; i++) {
            folder.write("bot" + i + ".js", SpecCommandsTest.SQUARING);
        }
        long before = usedHeapAfterGc();
        try (ScriptRuntime runtime = new ScriptRuntime(RuntimeHarness.RAW_ALLOWED, command -> new CompletableFuture<>(),
                ChatCommands.fromSpec(ApiSpec.load()))) {
            runtime.start(dir);
            long after = usedHeapAfterGc();
            System.out.printf("memory: %d scripts, %.1f MB heap over an idle runtime, %.2f MB per script%n",
                    count, (after - before) / 1e6, (after - before) / 1e6 / count);
        }
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        Runtime jvm = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return jvm.totalMemory() - jvm.freeMemory();
    }
}
