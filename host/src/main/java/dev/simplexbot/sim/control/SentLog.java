package dev.simplexbot.sim.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.sim.BotOutput;
import dev.simplexbot.sim.MessageJson;
import dev.simplexbot.sim.Simulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Everything the bot sent, edited or deleted, numbered from 1 in order, for {@code GET /sent}: a client lists what
 * came after the last number it saw, or waits for it. Bounded: the oldest entries go first.
 */
final class SentLog {
    static final int CAPACITY = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<ObjectNode> entries = new ArrayList<>();
    private long dropped;

    SentLog(Simulator simulator) {
        // Called under the simulator's lock: only record and wake waiters here.
        simulator.onBotMessage(this::record);
    }

    private synchronized void record(BotOutput output) {
        if (entries.size() == CAPACITY) {
            entries.remove(0);
            dropped++;
        }
        ObjectNode entry = JSON.createObjectNode().put("seq", dropped + entries.size() + 1)
                .put("change", output.change().name().toLowerCase(Locale.ROOT));
        if (output.group()) {
            entry.put("group", output.chat());
        } else {
            entry.put("to", output.chat());
        }
        entry.set("message", MessageJson.of(output.message()));
        entries.add(entry);
        notifyAll();
    }

    /**
     * Entries after {@code after} that {@code filter} accepts (a person's name, {@code #group}, or null for all),
     * waiting up to {@code wait} for the first one.
     */
    synchronized ObjectNode after(long after, String filter, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        ArrayNode found = matching(after, filter);
        while (found.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
            found = matching(after, filter);
        }
        ObjectNode result = JSON.createObjectNode();
        result.set("messages", found);
        result.put("last", dropped + entries.size());
        return result;
    }

    private ArrayNode matching(long after, String filter) {
        ArrayNode found = JSON.createArrayNode();
        int from = (int) Math.max(0, Math.min(entries.size(), after - dropped));
        for (ObjectNode entry : entries.subList(from, entries.size())) {
            if (filter == null
                    || (filter.startsWith("#") && filter.substring(1).equals(entry.path("group").asText(null)))
                    || filter.equals(entry.path("to").asText(null))) {
                found.add(entry);
            }
        }
        return found;
    }
}
