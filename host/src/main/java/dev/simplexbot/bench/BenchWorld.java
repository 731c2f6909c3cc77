package dev.simplexbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.sim.CommandReader;
import dev.simplexbot.sim.CommandResult;
import dev.simplexbot.sim.ConnectResult;
import dev.simplexbot.sim.SimPerson;
import dev.simplexbot.sim.SimServer;
import dev.simplexbot.sim.Simulator;
import java.util.ArrayList;
import java.util.List;

/**
 * A fresh simulated CLI on 127.0.0.1 for one measurement: the bot's user with an auto-accepting address and
 * {@code people} simulated people already connected, so every bot starts from the same state.
 */
final class BenchWorld implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Simulator simulator = Simulator.withBot("squaring-bot");
    private final SimServer server;
    private final List<SimPerson> people = new ArrayList<>();
    private final String url;

    BenchWorld(int people) throws InterruptedException {
        simulator.openAutoAcceptingAddress();
        for (int i = 0; i < people; i++) {
            SimPerson person = simulator.person("person" + i);
            if (person.connectToBot() != ConnectResult.CONNECTED) {
                throw new IllegalStateException(person.name() + " could not connect to the bot");
            }
            this.people.add(person);
        }
        server = new SimServer(simulator, 0, false, CommandReader.fromSpec());
        url = server.startAndWait();
    }

    String url() {
        return url;
    }

    List<SimPerson> people() {
        return people;
    }

    /** The bot's contact id for {@code person}. */
    long contactId(SimPerson person) {
        long userId = ok("ShowActiveUser", JSON.createObjectNode()).at("/user/userId").asLong();
        for (JsonNode contact : ok("APIListContacts", JSON.createObjectNode().put("userId", userId)).get("contacts")) {
            if (contact.get("localDisplayName").asText().equals(person.name())) {
                return contact.get("contactId").asLong();
            }
        }
        throw new IllegalStateException("the bot has no contact " + person.name());
    }

    private JsonNode ok(String command, ObjectNode params) {
        CommandResult result = simulator.execute(command, params);
        if (result.responseType().equals("chatCmdError")) {
            throw new IllegalStateException(command + " failed in the simulator: " + result.response());
        }
        return result.response();
    }

    @Override
    public void close() throws InterruptedException {
        server.stop(1000);
        simulator.close();
    }
}
