package dev.simplexbot.toolkit;

import dev.simplexbot.api.ParsedCommand;
import dev.simplexbot.session.ChatCommandException;
import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.ChatResponse;
import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.session.SessionListener;
import dev.simplexbot.sim.CommandReader;
import dev.simplexbot.sim.CommandResult;
import dev.simplexbot.sim.Simulator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The session's place in tests: command lines go through the spec's parser into the simulator, its events go to
 * the listener (the script runtime). Remembers the docs name of every command the bot sent.
 */
final class SimulatorGateway implements CommandGateway, AutoCloseable {
    private final Simulator simulator;
    private final CommandReader reader = CommandReader.fromSpec();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final Map<String, CompletableFuture<Void>> firstSeen = new ConcurrentHashMap<>();
    private AutoCloseable attachment;

    SimulatorGateway(Simulator simulator) {
        this.simulator = simulator;
    }

    void deliverEventsTo(SessionListener listener) {
        attachment = simulator.events().attach(event -> listener.onEvent(new ChatEvent(event.path("type").asText(), event.toString())));
    }

    @Override
    public CompletableFuture<ChatResponse> send(String command) {
        ParsedCommand parsed = reader.read(command);
        String name = parsed.command().name();
        CommandResult result = simulator.execute(name, parsed.params());
        received.add(name);
        simulator.events().publishAll(result.events());
        firstSeen.computeIfAbsent(name, n -> new CompletableFuture<>()).complete(null);
        if (result.responseType().equals("chatCmdError")) {
            return CompletableFuture.failedFuture(new ChatCommandException(name + " failed", "chatCmdError",
                    result.response().path("chatError").toString()));
        }
        return CompletableFuture.completedFuture(new ChatResponse(null, result.responseType(), result.response().toString()));
    }

    /** Completes once the bot sent {@code docsName} (at any time since this gateway was made). */
    CompletableFuture<Void> sent(String docsName) {
        return firstSeen.computeIfAbsent(docsName, n -> new CompletableFuture<>());
    }

    /** Docs names of the commands received so far, minus message sends. */
    List<String> setupCommands() {
        return received.stream().filter(name -> !name.equals("APISendMessages")).toList();
    }

    @Override
    public void close() throws Exception {
        if (attachment != null) {
            attachment.close();
        }
    }
}
