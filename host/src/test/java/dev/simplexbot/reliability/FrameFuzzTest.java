package dev.simplexbot.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.ChatResponse;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.ConnectionState;
import dev.simplexbot.session.FakeCliServer;
import dev.simplexbot.session.SessionListener;
import dev.simplexbot.session.SessionOptions;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.slf4j.LoggerFactory;

/**
 * Bad frames from the CLI over a real WebSocket: the session never throws out of its read path, keeps its one
 * connection, accounts for every frame exactly once (an event, a dropped reply, or one "Skipped a frame" warning),
 * and keeps delivering events and answering commands.
 */
class FrameFuzzTest {
    private static final AtomicInteger fuzzed = new AtomicInteger();
    private static FakeCliServer cli;
    private static ChatSession session;
    private static final LinkedBlockingQueue<ChatEvent> events = new LinkedBlockingQueue<>();
    private static final LinkedBlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();
    private static int sentinels;

    @BeforeContainer
    static void connect() throws InterruptedException {
        logger().setLevel(Level.DEBUG); // unknown-corrId replies are logged at DEBUG
        cli = new FakeCliServer().start();
        session = new ChatSession(SessionOptions.of(cli.uri()).withCommandTimeout(Duration.ofSeconds(10)));
        session.start(new SessionListener() {
            @Override
            public void onEvent(ChatEvent event) {
                events.add(event);
            }

            @Override
            public void onConnectionState(ConnectionState state) {
                states.add(state);
            }
        });
        assertThat(states.poll(10, TimeUnit.SECONDS)).isEqualTo(ConnectionState.CONNECTED);
    }

    @AfterContainer
    static void disconnect() {
        session.close(Duration.ofMillis(200));
        cli.close();
        logger().setLevel(null);
        System.out.printf("frames fuzzed: %d, crashes: 0%n", fuzzed.get());
    }

    @Example
    void tenThousandSeededBadFrames() throws Exception {
        Random random = new Random(20261126);
        for (int batch = 0; batch < 20; batch++) {
            List<String> frames = java.util.stream.IntStream.range(0, 500).mapToObj(i -> BadFrames.next(random)).toList();
            survives(frames);
        }
    }

    @Example
    void everyKindOfBadFrame() throws Exception {
        Random random = new Random(7);
        for (int kind = 0; kind < BadFrames.kinds(); kind++) {
            survives(List.of(BadFrames.of(kind, random), BadFrames.of(kind, random), BadFrames.of(kind, random)));
        }
    }

    @Provide
    Arbitrary<List<String>> frameBatches() {
        Arbitrary<String> mutated = Arbitraries.of(BadFrames.VALID_EVENT, BadFrames.VALID_REPLY)
                .flatMap(valid -> Arbitraries.integers().between(0, valid.length() - 1).flatMap(at ->
                        Arbitraries.chars().map(c -> valid.substring(0, at) + c + valid.substring(at + 1))));
        Arbitrary<String> anyText = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<String> seeded = Arbitraries.longs().map(seed -> BadFrames.next(new Random(seed)));
        return Arbitraries.oneOf(mutated, anyText, seeded).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 100, seed = "42")
    void arbitraryFramesAreEachAccountedForOnce(@ForAll("frameBatches") List<String> frames) throws Exception {
        survives(frames);
    }

    @Example
    void binaryFramesAreSkippedWithAWarning() throws Exception {
        try (HostLogs logs = new HostLogs()) {
            cli.sendBinary(new byte[] {0, 1, 2, (byte) 0xff});
            logs.await("Skipped a binary frame from the CLI (4 bytes)");
            sentinelArrives();
            fuzzed.incrementAndGet();
        }
    }

    @Example
    void invalidUtf8FailsTheConnectionWhichComesBack() throws Exception {
        int connections = cli.connectionCount();
        cli.sendTextBytes(new byte[] {'{', '"', (byte) 0xc3, (byte) 0x28, (byte) 0xff, '"', '}'});
        fuzzed.incrementAndGet();
        // RFC 6455 requires failing the connection on invalid UTF-8 (close code 1007); the session reconnects.
        assertThat(states.poll(10, TimeUnit.SECONDS)).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(states.poll(10, TimeUnit.SECONDS)).isEqualTo(ConnectionState.RECONNECTED);
        cli.awaitConnection(connections + 1, Duration.ofSeconds(10));
        sentinelArrives();
    }

    private static void survives(List<String> frames) throws Exception {
        int connections = cli.connectionCount();
        events.clear();
        try (HostLogs logs = new HostLogs()) {
            for (String frame : frames) {
                cli.sendRaw(frame);
            }
            sentinelArrives();
            fuzzed.addAndGet(frames.size());
            long delivered = events.size() - 1; // minus the sentinel
            long skipped = logs.count("Skipped a frame from the CLI");
            long droppedReplies = logs.count("with unknown corrId");
            assertThat(delivered + skipped + droppedReplies)
                    .as("each frame is one event, one dropped reply or one warning: %s", frames.size() < 5 ? frames : frames.size() + " frames")
                    .isEqualTo(frames.size());
        }
        assertThat(cli.connectionCount()).as("no reconnect").isEqualTo(connections);
        assertThat(session.isConnected()).isTrue();
    }

    /** A valid event after the bad ones arrives (in order, so all bad ones were handled) and a command works. */
    private static void sentinelArrives() throws Exception {
        String type = "sentinel" + (++sentinels);
        cli.sendEvent("{\"type\":\"" + type + "\"}");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        boolean seen = false;
        while (!seen && System.nanoTime() < deadline) {
            seen = events.stream().anyMatch(e -> e.type().equals(type));
            if (!seen) {
                Thread.onSpinWait();
                TimeUnit.MILLISECONDS.sleep(2);
            }
        }
        assertThat(seen).as("event %s after the bad frames", type).isTrue();
        var response = session.send("/user");
        FakeCliServer.ReceivedCommand cmd = cli.nextCommand(Duration.ofSeconds(10));
        cli.respond(cmd.corrId(), "{\"type\":\"activeUser\",\"user\":{}}");
        ChatResponse answer = response.get(10, TimeUnit.SECONDS);
        assertThat(answer.type()).isEqualTo("activeUser");
    }

    private static ch.qos.logback.classic.Logger logger() {
        return (ch.qos.logback.classic.Logger) LoggerFactory.getLogger(ChatSession.class);
    }
}
