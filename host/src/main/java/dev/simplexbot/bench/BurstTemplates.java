package dev.simplexbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.sim.CommandResult;
import dev.simplexbot.sim.ConnectResult;
import dev.simplexbot.sim.SimPerson;
import dev.simplexbot.sim.Simulator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The frames of the burst workload, taken from the simulated CLI once and then filled in: for each simulated person
 * the {@code newChatItems} event the bot receives when that person sends a text, and the response to the bot's
 * {@code /_send} to that person. Built before any measurement, so the burst server only copies strings.
 */
final class BurstTemplates {
    /** Stands for the text in the templates; numbers replace it. */
    private static final String MARK = "TEXT_MARK_0123";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One person: the bot's contact id for them and the two templates around {@link #MARK}. */
    record Person(long contactId, String[] eventParts, String[] responseParts) {
        /** The event frame for a text of {@code text} (plain characters, nothing to escape). */
        String eventFrame(String text) {
            return join(eventParts, text, "{\"resp\":", "}");
        }

        String responseFrame(String corrId) {
            return join(responseParts, "", "{\"corrId\":\"" + corrId + "\",\"resp\":", "}");
        }

        private static String join(String[] parts, String text, String prefix, String suffix) {
            StringBuilder frame = new StringBuilder(prefix.length() + suffix.length() + parts.length * 64 + 4096);
            frame.append(prefix).append(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                frame.append(text).append(parts[i]);
            }
            return frame.append(suffix).toString();
        }
    }

    private final Simulator simulator;
    private final List<Person> people = new ArrayList<>();

    private BurstTemplates(Simulator simulator) {
        this.simulator = simulator;
    }

    /** A simulator with the bot's user, an auto-accepting address and {@code count} connected people. */
    static BurstTemplates create(int count) {
        Simulator simulator = Simulator.withBot("squaring-bot");
        BurstTemplates templates = new BurstTemplates(simulator);
        try {
            templates.prepare(count);
            return templates;
        } catch (RuntimeException | InterruptedException e) {
            simulator.close();
            throw new IllegalStateException("cannot prepare the burst workload: " + e.getMessage(), e);
        }
    }

    private void prepare(int count) throws InterruptedException {
        simulator.openAutoAcceptingAddress();
        BlockingQueue<ObjectNode> events = new LinkedBlockingQueue<>();
        try (AutoCloseable attached = simulator.events().attach(events::add)) {
            for (int i = 0; i < count; i++) {
                SimPerson person = simulator.person("person" + i);
                if (person.connectToBot() != ConnectResult.CONNECTED) {
                    throw new IllegalStateException(person.name() + " could not connect to the bot");
                }
                events.clear();
                person.send(MARK);
                ObjectNode event = awaitNewChatItems(events);
                long contactId = event.at("/chatItems/0/chatInfo/contact/contactId").asLong();
                ObjectNode send = JSON.createObjectNode();
                send.putObject("sendRef").put("chatType", "direct").put("chatId", contactId);
                send.put("liveMessage", false);
                send.putArray("composedMessages").addObject().putObject("msgContent").put("type", "text").put("text", MARK);
                String response = ok("APISendMessages", send).toString();
                people.add(new Person(contactId, event.toString().split(MARK, -1), response.split(MARK, -1)));
            }
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    private static ObjectNode awaitNewChatItems(BlockingQueue<ObjectNode> events) throws InterruptedException {
        while (true) {
            ObjectNode event = events.poll(10, TimeUnit.SECONDS);
            if (event == null) {
                throw new IllegalStateException("the simulator sent no newChatItems event for a message");
            }
            if (event.path("type").asText().equals("newChatItems")) {
                return event;
            }
        }
    }

    private JsonNode ok(String command, ObjectNode params) {
        CommandResult result = simulator.execute(command, params);
        if (result.responseType().equals("chatCmdError")) {
            throw new IllegalStateException(command + " failed in the simulator: " + result.response());
        }
        return result.response();
    }

    List<Person> people() {
        return people;
    }

    /** The simulator the templates came from; it answers every command other than the bot's replies. */
    Simulator simulator() {
        return simulator;
    }
}
