package dev.simplexbot.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The commands of one session between {@code send} and their answer: a queue per sender and, shared by all of
 * them, a window of commands written to the CLI and not yet answered.
 *
 * <p>The CLI takes one command at a time, in order. Writing a few ahead keeps it busy; writing everything at once
 * would only move the queue into the socket and the CLI, where a command's timeout would count time spent behind
 * thousands of others and one sender's flood would stall everyone. So at most {@code maxInFlight} commands are
 * written; the rest wait here, and senders with waiting commands take turns (one command each per turn).
 *
 * <p>Timeouts mean the CLI not answering: a written command's clock starts when it becomes the oldest unanswered
 * one (the CLI is working on it) or when it is written, whichever is later. Commands waiting here are timed only
 * while there is no connection.
 *
 * <p>Not thread-safe: {@link ChatSession} calls it with its lock held.
 */
final class CommandQueues {
    /** Writes one command frame; false when there is no connection to write to. */
    interface Writer {
        boolean write(PendingCommand command);
    }

    /** One sender's waiting commands. */
    static final class Queue {
        final String sender;
        final ArrayDeque<PendingCommand> waiting = new ArrayDeque<>();
        boolean hasTurn;
        long sent;
        long waitedNanos;

        Queue(String sender) {
            this.sender = sender;
        }
    }

    /** What one sender has waiting, for logs and metrics. */
    record SenderStats(String sender, int waiting, long oldestWaitMillis, long sent, long waitedMillisTotal) {}

    private final int maxInFlight;
    private final Map<String, Queue> queues = new LinkedHashMap<>();
    private final ArrayDeque<Queue> turns = new ArrayDeque<>();
    private final ArrayDeque<PendingCommand> inFlight = new ArrayDeque<>();
    private final Map<String, PendingCommand> inFlightByCorrId = new HashMap<>();
    private int waitingTotal;

    CommandQueues(int maxInFlight) {
        this.maxInFlight = maxInFlight;
    }

    Queue queue(String sender) {
        return queues.computeIfAbsent(sender, Queue::new);
    }

    /** Writes {@code command} at once when nothing waits ahead of it and the window has room; queues it otherwise. */
    void add(Queue queue, PendingCommand command, Writer writer, long nowNanos) {
        if (waitingTotal == 0 && inFlight.size() < maxInFlight && write(command, writer, nowNanos)) {
            queue.sent++;
            return;
        }
        queue.waiting.add(command);
        waitingTotal++;
        if (!queue.hasTurn) {
            queue.hasTurn = true;
            turns.add(queue);
        }
        pump(writer, nowNanos);
    }

    /** Writes waiting commands, one per sender in turn, while the window has room and the writer can write. */
    void pump(Writer writer, long nowNanos) {
        while (inFlight.size() < maxInFlight && !turns.isEmpty()) {
            Queue queue = turns.peek();
            PendingCommand next = queue.waiting.peek();
            if (!write(next, writer, nowNanos)) {
                return;
            }
            turns.poll();
            queue.waiting.poll();
            waitingTotal--;
            queue.sent++;
            queue.waitedNanos += nowNanos - next.queuedAtNanos();
            if (queue.waiting.isEmpty()) {
                queue.hasTurn = false;
            } else {
                turns.add(queue);
            }
        }
    }

    private boolean write(PendingCommand command, Writer writer, long nowNanos) {
        if (!writer.write(command)) {
            return false;
        }
        command.markWritten(nowNanos);
        inFlight.add(command);
        inFlightByCorrId.put(command.corrId(), command);
        return true;
    }

    /** Removes the written command with {@code corrId}; null when there is none (timed out, or not ours). */
    PendingCommand answered(String corrId, long nowNanos) {
        PendingCommand command = inFlightByCorrId.remove(corrId);
        if (command == null) {
            return null;
        }
        if (inFlight.peekFirst() == command) {
            removeHead(nowNanos);
        } else {
            inFlight.remove(command);
        }
        return command;
    }

    private void removeHead(long nowNanos) {
        inFlight.pollFirst();
        PendingCommand next = inFlight.peekFirst();
        if (next != null) {
            next.restartClock(nowNanos); // the CLI starts on it now
        }
    }

    /** The oldest written command when the CLI took longer than its timeout to answer it; it is removed. */
    PendingCommand expiredHead(long nowNanos) {
        PendingCommand head = inFlight.peekFirst();
        if (head == null || !head.expired(nowNanos)) {
            return null;
        }
        inFlightByCorrId.remove(head.corrId());
        removeHead(nowNanos);
        return head;
    }

    /** Waiting commands whose time without a connection ran out; they are removed. */
    List<PendingCommand> expiredWaiting(long nowNanos) {
        List<PendingCommand> expired = new ArrayList<>();
        for (Queue queue : queues.values()) {
            while (!queue.waiting.isEmpty() && queue.waiting.peek().expired(nowNanos)) {
                expired.add(queue.waiting.poll());
                waitingTotal--;
            }
            if (queue.waiting.isEmpty() && queue.hasTurn) {
                queue.hasTurn = false;
                turns.remove(queue);
            }
        }
        return expired;
    }

    /** The connection is gone: returns the written commands (their fate is unknown), oldest first. */
    List<PendingCommand> disconnected(long nowNanos) {
        List<PendingCommand> lost = new ArrayList<>(inFlight);
        inFlight.clear();
        inFlightByCorrId.clear();
        for (Queue queue : queues.values()) {
            for (PendingCommand waiting : queue.waiting) {
                waiting.restartClock(nowNanos); // from now on they wait for a connection: that is timed
            }
        }
        return lost;
    }

    /** Removes and returns everything: written commands first, then waiting ones in turn order. */
    List<PendingCommand> removeAll() {
        List<PendingCommand> all = new ArrayList<>(inFlight);
        inFlight.clear();
        inFlightByCorrId.clear();
        for (Queue queue : queues.values()) {
            all.addAll(queue.waiting);
            queue.waiting.clear();
            queue.hasTurn = false;
        }
        turns.clear();
        waitingTotal = 0;
        return all;
    }

    boolean isEmpty() {
        return waitingTotal == 0 && inFlight.isEmpty();
    }

    int inFlight() {
        return inFlight.size();
    }

    int waiting() {
        return waitingTotal;
    }

    List<SenderStats> stats(long nowNanos) {
        List<SenderStats> stats = new ArrayList<>();
        for (Queue queue : queues.values()) {
            PendingCommand oldest = queue.waiting.peek();
            long oldestWait = oldest == null ? 0 : (nowNanos - oldest.queuedAtNanos()) / 1_000_000;
            stats.add(new SenderStats(queue.sender, queue.waiting.size(), oldestWait, queue.sent,
                    queue.waitedNanos / 1_000_000));
        }
        return stats;
    }
}
