package dev.simplexbot.toolkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.sim.CommandResult;
import dev.simplexbot.sim.Simulator;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.graalvm.polyglot.HostAccess;

/**
 * The fake bot's {@code bot.chat} backend for tests against the simulator, in process: a JS method name runs the
 * docs command of the same name, and the events that follow (of the command and of simulated people) wait in
 * {@link #events()} until the test hands them to the script.
 */
public final class SimChat implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Simulator simulator;
    private final Map<String, String> docsNames;
    private final Queue<String> events = new ConcurrentLinkedQueue<>();
    private final AutoCloseable attachment;

    SimChat(Simulator simulator) {
        this.simulator = simulator;
        this.docsNames = simulator.commandNames().stream()
                .collect(Collectors.toMap(n -> n.toLowerCase(Locale.ROOT), Function.identity()));
        this.attachment = simulator.events().attach(event -> events.add(event.toString()));
    }

    @HostAccess.Export
    public String call(String method, String paramsJson) throws JsonProcessingException {
        String name = docsNames.get(method.toLowerCase(Locale.ROOT));
        if (name == null) {
            throw new IllegalArgumentException("the simulator has no command " + method);
        }
        CommandResult result = simulator.execute(name, (ObjectNode) JSON.readTree(paramsJson));
        simulator.events().publishAll(result.events());
        return result.response().toString();
    }

    Queue<String> events() {
        return events;
    }

    @Override
    public void close() {
        try {
            attachment.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
