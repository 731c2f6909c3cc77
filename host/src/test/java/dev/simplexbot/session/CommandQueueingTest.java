package dev.simplexbot.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.session.FakeCliServer.ReceivedCommand;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How commands wait in the host: a bounded window written to the CLI, one queue per sender taking turns, and
 * timeouts that count only the CLI's own time on a command.
 */
class CommandQueueingTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeCliServer cli = new FakeCliServer();
    private final RecordingListener listener = new RecordingListener();
    private ChatSession session;

    @BeforeEach
    void startCli() {
        cli.start();
    }

    private void connect(SessionOptions options) throws InterruptedException {
        session = new ChatSession(options);
        session.start(listener);
        assertThat(listener.nextState(WAIT)).isEqualTo(ConnectionState.CONNECTED);
    }

    @AfterEach
    void shutDown() {
        if (session != null) {
            session.close(Duration.ofMillis(100));
        }
        cli.stop();
    }

    @Test
    void writesNoMoreThanTheWindowAheadAndTheNextOneAsSoonAsOneIsAnswered() throws Exception {
        connect(SessionOptions.of(cliUri()).withMaxInFlight(2));
        List<CompletableFuture<ChatResponse>> replies = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            replies.add(session.send("/c" + i));
        }

        ReceivedCommand first = cli.nextCommand(WAIT);
        ReceivedCommand second = cli.nextCommand(WAIT);
        assertThat(List.of(first.cmd(), second.cmd())).containsExactly("/c1", "/c2");
        assertThat(cli.pollCommand(Duration.ofMillis(300))).as("written beyond the window").isNull();

        cli.respond(first.corrId(), "{\"type\":\"cmdOk\"}");
        assertThat(cli.nextCommand(WAIT).cmd()).isEqualTo("/c3");
        assertThat(replies.get(0).get(10, TimeUnit.SECONDS).type()).isEqualTo("cmdOk");
        assertThat(replies.get(3)).isNotDone();
    }

    @Test
    void sendersTakeTurnsSoOnesFloodDoesNotHoldAnothersCommandBack() throws Exception {
        connect(SessionOptions.of(cliUri()).withMaxInFlight(1));
        CommandGateway flooding = session.lane("flooding");
        CommandGateway quiet = session.lane("quiet");
        for (int i = 1; i <= 20; i++) {
            flooding.send("/flood" + i);
        }
        quiet.send("/quiet");

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            ReceivedCommand next = cli.nextCommand(WAIT);
            order.add(next.cmd());
            cli.respond(next.corrId(), "{\"type\":\"cmdOk\"}");
        }
        assertThat(order).containsExactly("/flood1", "/flood2", "/quiet", "/flood3");
    }

    @Test
    void anObservingGatewayKeepsTheLanesAndSeesEveryCommandEnd() throws Exception {
        connect(SessionOptions.of(cliUri()).withMaxInFlight(1));
        List<String> ended = new java.util.concurrent.CopyOnWriteArrayList<>();
        CommandGateway observed = new ObservedGateway(session, command -> failure -> ended.add(command));
        CommandGateway flooding = observed.lane("flooding");
        CommandGateway quiet = observed.lane("quiet");
        for (int i = 1; i <= 20; i++) {
            flooding.send("/flood" + i);
        }
        CompletableFuture<ChatResponse> reply = quiet.send("/quiet");

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ReceivedCommand next = cli.nextCommand(WAIT);
            order.add(next.cmd());
            cli.respond(next.corrId(), "{\"type\":\"cmdOk\"}");
        }
        assertThat(order).containsExactly("/flood1", "/flood2", "/quiet");
        reply.get(10, TimeUnit.SECONDS);
        assertThat(ended).contains("/flood1", "/flood2", "/quiet");
    }

    @Test
    void timeWaitingBehindOtherCommandsDoesNotCountTowardsTheTimeout() throws Exception {
        connect(SessionOptions.of(cliUri()).withMaxInFlight(1).withCommandTimeout(Duration.ofMillis(400)));
        // Like the real CLI: one command at a time, 250 ms each. The last is answered ~1 s after it was sent,
        // but the CLI itself spent only 250 ms on it.
        cli.answerAll(command -> {
            sleep(250);
            return "{\"type\":\"cmdOk\"}";
        });
        List<CompletableFuture<ChatResponse>> replies = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            replies.add(session.send("/slow" + i));
        }
        for (CompletableFuture<ChatResponse> reply : replies) {
            assertThat(reply.get(10, TimeUnit.SECONDS).type()).isEqualTo("cmdOk");
        }
    }

    @Test
    void theCommandTheCliIsOnTimesOutAndTheNextGetsItsWholeTimeout() throws Exception {
        connect(SessionOptions.of(cliUri()).withMaxInFlight(4));
        CompletableFuture<ChatResponse> stuck = session.send("/stuck", Duration.ofSeconds(1));
        CompletableFuture<ChatResponse> next = session.send("/next", Duration.ofSeconds(1));
        cli.nextCommand(WAIT);
        ReceivedCommand second = cli.nextCommand(WAIT);

        ExecutionException timedOut = failure(stuck);
        assertThat(timedOut.getCause()).isInstanceOf(CommandTimeoutException.class)
                .hasMessage("no response to /stuck within 1000 ms");
        // /next was written with /stuck, but the CLI only starts on it now: it has its own second from here.
        assertThat(next).isNotDone();
        cli.respond(second.corrId(), "{\"type\":\"cmdOk\"}");
        assertThat(next.get(10, TimeUnit.SECONDS).type()).isEqualTo("cmdOk");
    }

    @Test
    void closeSendsWhatIsStillQueuedWithinTheDrain() throws Exception {
        connect(SessionOptions.of(cliUri()).withMaxInFlight(1));
        cli.answerAll(command -> "{\"type\":\"cmdOk\"}");
        List<CompletableFuture<ChatResponse>> replies = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            replies.add(session.lane("bot").send("/reply" + i));
        }
        session.close(Duration.ofSeconds(10));

        for (CompletableFuture<ChatResponse> reply : replies) {
            assertThat(reply.get(10, TimeUnit.SECONDS).type()).isEqualTo("cmdOk");
        }
    }

    @Test
    void callbacksGetTheAnswerWithoutAFuture() throws Exception {
        connect(SessionOptions.of(cliUri()));
        CompletableFuture<String> outcome = new CompletableFuture<>();
        session.lane("bot").submit("/user", new CommandCallback() {
            @Override
            public void answered(ChatResponse response) {
                outcome.complete(response.type() + " on " + Thread.currentThread().getName());
            }

            @Override
            public void failed(Throwable error) {
                outcome.completeExceptionally(error);
            }
        });
        cli.respond(cli.nextCommand(WAIT).corrId(), "{\"type\":\"activeUser\"}");

        assertThat(outcome.get(10, TimeUnit.SECONDS)).startsWith("activeUser on ").doesNotContain("replies");
    }

    private java.net.URI cliUri() {
        return cli.uri();
    }

    private static ExecutionException failure(CompletableFuture<?> future) throws Exception {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            return e;
        }
        throw new AssertionError("expected the command to fail");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis); // the simulated CLI's own work, not synchronisation
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
