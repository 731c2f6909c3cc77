package dev.simplexbot.session.bench;

import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.ConnectionState;
import dev.simplexbot.session.FakeCliServer;
import dev.simplexbot.session.SessionListener;
import dev.simplexbot.session.SessionOptions;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Not a test: measures event burst throughput, command round trips and reconnect time against
 * {@link FakeCliServer} on loopback. Run the test classpath with this main class.
 */
public final class SessionBench {
    private static final int BURST = 100_000;

    public static void main(String[] args) throws Exception {
        try (FakeCliServer cli = new FakeCliServer().start()) {
            Listener listener = new Listener();
            ChatSession session = new ChatSession(SessionOptions.of(cli.uri()));
            session.start(listener);
            await(listener.states, ConnectionState.CONNECTED);

            for (int round = 1; round <= 3; round++) {
                CountDownLatch done = listener.expect(BURST);
                long start = System.nanoTime();
                for (int i = 0; i < BURST; i++) {
                    cli.sendEvent("{\"type\":\"newChatItems\",\"chatItems\":[{\"n\":" + i + "}]}");
                }
                if (!done.await(120, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("burst not delivered");
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("burst %d: %,d events in %.2f s = %,.0f events/s%n", round, BURST, seconds, BURST / seconds);
            }

            cli.answerAll(cmd -> "{\"type\":\"activeUser\",\"user\":{}}");
            int commands = 10_000;
            long start = System.nanoTime();
            for (int i = 0; i < commands; i++) {
                session.send("/user").get(10, TimeUnit.SECONDS);
            }
            double micros = (System.nanoTime() - start) / 1e3 / commands;
            System.out.printf("sequential commands: %,d round trips, %.0f us each%n", commands, micros);

            for (int round = 1; round <= 5; round++) {
                cli.stop();
                await(listener.states, ConnectionState.DISCONNECTED);
                long back = System.nanoTime();
                cli.start();
                await(listener.states, ConnectionState.RECONNECTED);
                System.out.printf("reconnect %d: server back -> RECONNECTED in %d ms (default backoff 250 ms..10 s, jittered)%n",
                        round, (System.nanoTime() - back) / 1_000_000);
            }
            session.close(Duration.ofSeconds(1));
        }
    }

    private static void await(LinkedBlockingQueue<ConnectionState> states, ConnectionState wanted) throws InterruptedException {
        ConnectionState s;
        do {
            s = states.poll(30, TimeUnit.SECONDS);
            if (s == null) {
                throw new IllegalStateException("no " + wanted);
            }
        } while (s != wanted);
    }

    private static final class Listener implements SessionListener {
        final LinkedBlockingQueue<ConnectionState> states = new LinkedBlockingQueue<>();
        final AtomicReference<CountDownLatch> latch = new AtomicReference<>(new CountDownLatch(0));

        CountDownLatch expect(int events) {
            CountDownLatch l = new CountDownLatch(events);
            latch.set(l);
            return l;
        }

        @Override
        public void onEvent(ChatEvent event) {
            latch.get().countDown();
        }

        @Override
        public void onConnectionState(ConnectionState state) {
            states.add(state);
        }
    }
}
