package dev.simplexbot.reliability;

import java.nio.file.Path;

/**
 * Child process for {@link UnboundedAllocationTest}: runs {@code alloc-unbounded.js} beside the sentinel in a
 * small heap, starts the allocation, then checks that the sentinel still answers. Prints one line per step.
 */
public final class AllocatorProcess {
    private AllocatorProcess() {}

    public static void main(String[] args) {
        try (HostLogs logs = new HostLogs();
             HostileCorpus corpus = new HostileCorpus(Path.of(args[0]), "alloc-unbounded.js")) {
            corpus.sentinelAnswers();
            System.out.println("started");
            corpus.send("attack");
            System.out.println("stopped: " + logs.await(java.time.Duration.ofSeconds(60), "alloc-unbounded",
                    "exhausted the host's resources").message());
            corpus.sentinelAnswers();
            System.out.println("sentinel answered");
        } catch (Throwable e) {
            System.out.println("failed: " + e);
            e.printStackTrace(System.out);
        }
        System.out.flush();
        System.exit(0);
    }
}
