package dev.simplexbot.cli;

import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.script.ScriptRuntime;
import dev.simplexbot.script.StartReport;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.SessionOptions;
import dev.simplexbot.sim.CommandReader;
import dev.simplexbot.sim.ConnectResult;
import dev.simplexbot.sim.SimPerson;
import dev.simplexbot.sim.SimServer;
import dev.simplexbot.sim.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run's burst: simulated people send messages all at once to a raw-API bot and a toolkit bot over a real
 * session, as after a restart or in a busy group. Recorded into an AOT cache, its method profiles let the JVM compile
 * the message path early in every later start.
 */
final class TrainingBurst {
    private static final Duration REPLY_WAIT = Duration.ofSeconds(120);
    private static final String[] BOTS = {"squaring.js", "squaring-toolkit.js"};

    private TrainingBurst() {}

    static void run(int messages, int peopleCount, Path folder) throws Exception {
        for (String bot : BOTS) {
            Files.writeString(folder.resolve(bot), resource("/dev/simplexbot/bench/" + bot));
        }
        try (Simulator simulator = Simulator.withBot("training")) {
            simulator.openAutoAcceptingAddress();
            List<SimPerson> people = new ArrayList<>();
            for (int i = 0; i < peopleCount; i++) {
                SimPerson person = simulator.person("person" + i);
                if (person.connectToBot() != ConnectResult.CONNECTED) {
                    throw new IllegalStateException(person.name() + " could not connect");
                }
                people.add(person);
            }
            SimServer server = new SimServer(simulator, 0, false, CommandReader.fromSpec());
            String url = server.startAndWait();
            try (ChatSession session = new ChatSession(SessionOptions.of(URI.create(url)));
                 ScriptRuntime runtime = new ScriptRuntime(RuntimeOptions.defaults(), session)) {
                StartReport report = runtime.start(folder);
                if (report.hasFailures()) {
                    throw new IllegalStateException("training bots did not start: " + report);
                }
                session.start(runtime);
                for (int i = 0; i < messages; i++) {
                    people.get(i % peopleCount).send(Integer.toString(i));
                }
                for (int i = 0; i < messages; i++) {
                    SimPerson person = people.get(i % peopleCount);
                    for (int bot = 0; bot < BOTS.length; bot++) {
                        person.nextMessage(REPLY_WAIT);
                    }
                }
            } finally {
                server.stop(1000);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = TrainingBurst.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " missing from the simplex-bot jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
