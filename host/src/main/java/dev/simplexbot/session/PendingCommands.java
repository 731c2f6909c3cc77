package dev.simplexbot.session;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

/** Commands awaiting a response, keyed by corrId. Whoever removes a command owns completing it. */
final class PendingCommands {
    private final ConcurrentHashMap<String, PendingCommand> byCorrId = new ConcurrentHashMap<>();

    void add(PendingCommand command) {
        byCorrId.put(command.corrId(), command);
    }

    /** Removes and returns the command, or null if it already completed (e.g. timed out). */
    PendingCommand remove(String corrId) {
        return byCorrId.remove(corrId);
    }

    boolean remove(PendingCommand command) {
        return byCorrId.remove(command.corrId(), command);
    }

    /** Removes the commands already written to the socket, oldest first. */
    List<PendingCommand> removeWritten() {
        return removeIf(PendingCommand::written);
    }

    List<PendingCommand> removeAll() {
        return removeIf(c -> true);
    }

    CompletableFuture<Void> allWrittenDone() {
        return CompletableFuture.allOf(byCorrId.values().stream()
                .filter(PendingCommand::written)
                .map(c -> c.future().handle((r, e) -> null))
                .toArray(CompletableFuture[]::new));
    }

    int size() {
        return byCorrId.size();
    }

    private List<PendingCommand> removeIf(Predicate<PendingCommand> which) {
        List<PendingCommand> removed = new ArrayList<>();
        for (PendingCommand c : byCorrId.values()) {
            if (which.test(c) && byCorrId.remove(c.corrId(), c)) {
                removed.add(c);
            }
        }
        removed.sort(Comparator.comparingLong(PendingCommand::sequence));
        return removed;
    }
}
