package dev.simplexbot.reliability;

import dev.simplexbot.session.ChatResponse;
import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.session.SessionClosedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

/**
 * A CLI stand-in for scripts that report what they saw: {@code report ...} lines are answered at once and kept
 * for the test; every other command is held unanswered (as a busy CLI would) until {@link #close()}.
 */
final class ReportingGateway implements CommandGateway, AutoCloseable {
    private final List<String> reports = new ArrayList<>();
    private final ConcurrentLinkedQueue<CompletableFuture<ChatResponse>> held = new ConcurrentLinkedQueue<>();

    @Override
    public CompletableFuture<ChatResponse> send(String command) {
        if (command.startsWith("report ")) {
            synchronized (this) {
                reports.add(command.substring("report ".length()));
                notifyAll();
            }
            return CompletableFuture.completedFuture(new ChatResponse("1", "cmdOk", "{\"type\":\"cmdOk\"}"));
        }
        CompletableFuture<ChatResponse> future = new CompletableFuture<>();
        held.add(future);
        return future;
    }

    int held() {
        return held.size();
    }

    synchronized List<String> reports() {
        return List.copyOf(reports);
    }

    /** The first report matching {@code which}, waiting up to {@code timeout}. */
    synchronized String await(Predicate<String> which, Duration timeout, String description) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (String report : reports) {
                if (which.test(report)) {
                    return report;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no report " + description + " within " + timeout + "; reports: " + reports);
            }
            try {
                wait(left / 1_000_000 + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    String await(String prefix) {
        return await(r -> r.startsWith(prefix), Duration.ofSeconds(15), "starting with '" + prefix + "'");
    }

    @Override
    public void close() {
        CompletableFuture<ChatResponse> next;
        while ((next = held.poll()) != null) {
            next.completeExceptionally(new SessionClosedException("test over"));
        }
    }
}
