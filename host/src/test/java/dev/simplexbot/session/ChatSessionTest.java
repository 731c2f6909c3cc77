package dev.simplexbot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simplexbot.session.FakeCliServer.ReceivedCommand;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ChatSessionTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final FakeCliServer cli = new FakeCliServer();
    private final RecordingListener listener = new RecordingListener();
    private ChatSession session;

    @BeforeEach
    void connect() throws Exception {
        cli.start();
        session = new ChatSession(SessionOptions.of(cli.uri()).withBackoff(Duration.ofMillis(10), Duration.ofMillis(100)));
        session.start(listener);
        assertThat(listener.nextState(WAIT)).isEqualTo(ConnectionState.CONNECTED);
    }

    @AfterEach
    void shutDown() {
        session.close(Duration.ZERO.plusMillis(100));
        cli.stop();
    }

    @Test
    void writesCommandsInCallOrderWithUniqueCorrIdsAndMatchesResponsesByCorrId() throws Exception {
        var first = session.send("/user");
        var second = session.send("/_get chats 1");
        var third = session.send("/contacts");

        ReceivedCommand a = cli.nextCommand(WAIT), b = cli.nextCommand(WAIT), c = cli.nextCommand(WAIT);
        assertThat(List.of(a.cmd(), b.cmd(), c.cmd())).containsExactly("/user", "/_get chats 1", "/contacts");
        assertThat(List.of(a.corrId(), b.corrId(), c.corrId())).doesNotHaveDuplicates();

        cli.respond(c.corrId(), "{\"type\":\"contactsList\",\"contacts\":[]}");
        cli.respond(a.corrId(), "{\"type\":\"activeUser\",\"user\":{\"userId\":1}}");
        cli.respond(b.corrId(), "{\"type\":\"apiChats\",\"chats\":[]}");

        assertThat(first.get(10, TimeUnit.SECONDS).type()).isEqualTo("activeUser");
        assertThat(second.get(10, TimeUnit.SECONDS).type()).isEqualTo("apiChats");
        assertThat(third.get(10, TimeUnit.SECONDS).type()).isEqualTo("contactsList");
    }

    @Test
    void passesResponseJsonThroughUntouched() throws Exception {
        var reply = session.send("/user");
        String resp = "{\"type\":\"someFutureResponse\",\"n\":5,\"big\":12345678901234567890,\"f\":1.0e10,\"x\":{\"y\":[1,2]}}";
        cli.respond(cli.nextCommand(WAIT).corrId(), resp);

        ChatResponse response = reply.get(10, TimeUnit.SECONDS);
        assertThat(response.type()).isEqualTo("someFutureResponse");
        assertThat(response.json()).isEqualTo(resp);
    }

    @Test
    void unwrapsRightResponses() throws Exception {
        var reply = session.send("/user");
        cli.respondRight(cli.nextCommand(WAIT).corrId(), "{\"type\":\"activeUser\",\"user\":{\"userId\":1}}");

        ChatResponse response = reply.get(10, TimeUnit.SECONDS);
        assertThat(response.type()).isEqualTo("activeUser");
        assertThat(response.json()).isEqualTo("{\"type\":\"activeUser\",\"user\":{\"userId\":1}}");
    }

    @Test
    void leftResponseFailsWithTheChatError() {
        var reply = session.send("/_delete @5");
        String chatError = "{\"type\":\"errorStore\",\"storeError\":{\"type\":\"contactNotFound\",\"contactId\":5}}";
        cli.respondLeft(cli.nextCommand(WAIT).corrId(), chatError);

        ChatCommandException error = commandFailure(reply, ChatCommandException.class);
        assertThat(error.chatErrorJson()).isEqualTo(chatError);
        assertThat(error.responseType()).isEqualTo("chatCmdError");
        assertThat(error.getMessage()).isEqualTo("/_delete failed: errorStore/contactNotFound");
    }

    @Test
    void chatCmdErrorFailsWithTheChatError() {
        var reply = session.send("/_send @1 json []");
        String chatError = "{\"type\":\"error\",\"errorType\":{\"type\":\"noActiveUser\"}}";
        cli.respond(cli.nextCommand(WAIT).corrId(), "{\"type\":\"chatCmdError\",\"chatError\":" + chatError + "}");

        ChatCommandException error = commandFailure(reply, ChatCommandException.class);
        assertThat(error.chatErrorJson()).isEqualTo(chatError);
        assertThat(error.getMessage()).isEqualTo("/_send failed: error/noActiveUser");
        assertThat(error.errorName()).isEqualTo("ChatCommandError");
    }

    @Test
    void deliversEventsWithUnknownTypesAndFieldsUntouched() throws Exception {
        String event = "{\"type\":\"brandNewEvent\",\"n\":5,\"nested\":{\"deep\":[true,null]}}";
        cli.sendEvent(event);
        cli.sendEvent("{\"Right\":{\"type\":\"contactConnected\",\"contact\":{}}}");
        cli.sendEvent("{\"Left\":{\"type\":\"errorAgent\",\"agentError\":{\"type\":\"BROKER\"}}}");

        assertThat(listener.nextEvent(WAIT)).isEqualTo(new ChatEvent("brandNewEvent", event));
        assertThat(listener.nextEvent(WAIT)).isEqualTo(new ChatEvent("contactConnected", "{\"type\":\"contactConnected\",\"contact\":{}}"));
        assertThat(listener.nextEvent(WAIT)).isEqualTo(new ChatEvent("chatError",
                "{\"type\":\"chatError\",\"chatError\":{\"type\":\"errorAgent\",\"agentError\":{\"type\":\"BROKER\"}}}"));
    }

    @Test
    void burstOfOneHundredThousandEventsWhileACommandWaitsLosesNothing() throws Exception {
        int count = 100_000;
        session.close(Duration.ZERO.plusMillis(100));
        CountingListener counting = new CountingListener(count);
        session = new ChatSession(SessionOptions.of(cli.uri()));
        session.start(counting);
        assertThat(counting.connected.await(10, TimeUnit.SECONDS)).isTrue();

        var reply = session.send("/user");
        String corrId = cli.nextCommand(WAIT).corrId();
        for (int i = 0; i < count; i++) {
            cli.sendEvent("{\"type\":\"newChatItems\",\"seq\":" + i + "}");
        }
        cli.respond(corrId, "{\"type\":\"activeUser\"}");

        assertThat(reply.get(60, TimeUnit.SECONDS).type()).isEqualTo("activeUser");
        assertThat(counting.all.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(counting.outOfOrder).isZero();
    }

    @Test
    void skipsInvalidFramesAndKeepsWorking() throws Exception {
        cli.sendRaw("this is not json");
        cli.sendRaw("{\"corrId\":\"1\"}");
        cli.sendRaw("{\"resp\":{\"noType\":true}}");
        cli.sendRaw("[1,2,3]");
        cli.sendRaw("{\"resp\":{\"type\":\"x\"}} trailing");
        cli.sendBinary(new byte[] {1, 2, 3});
        cli.sendRaw("{" + "x".repeat(5 * 1024 * 1024));
        cli.sendEvent("{\"type\":\"afterGarbage\"}");

        assertThat(listener.nextEvent(WAIT).type()).isEqualTo("afterGarbage");
        assertThat(listener.events).isEmpty();
        var reply = session.send("/user");
        cli.respond(cli.nextCommand(WAIT).corrId(), "{\"type\":\"activeUser\"}");
        assertThat(reply.get(10, TimeUnit.SECONDS).type()).isEqualTo("activeUser");
        assertThat(session.isConnected()).isTrue();
    }

    @Test
    void acceptsAFiveMegabyteResponse() throws Exception {
        var reply = session.send("/_get chats 1");
        String big = "{\"type\":\"apiChats\",\"text\":\"" + "a".repeat(5 * 1024 * 1024) + "\"}";
        cli.respond(cli.nextCommand(WAIT).corrId(), big);

        assertThat(reply.get(20, TimeUnit.SECONDS).json()).isEqualTo(big);
    }

    @Test
    void dropMidCommandFailsItAndReconnectWhenTheServerComesBack() throws Exception {
        var inFlight = session.send("/_send @1 json []");
        cli.nextCommand(WAIT);
        cli.stop();

        DisconnectedException error = commandFailure(inFlight, DisconnectedException.class);
        assertThat(error.getMessage()).contains("/_send");
        assertThat(listener.nextState(WAIT)).isEqualTo(ConnectionState.DISCONNECTED);

        cli.start();
        assertThat(listener.nextState(WAIT)).isEqualTo(ConnectionState.RECONNECTED);
        var next = session.send("/user");
        cli.respond(cli.nextCommand(WAIT).corrId(), "{\"type\":\"activeUser\"}");
        assertThat(next.get(10, TimeUnit.SECONDS).type()).isEqualTo("activeUser");
    }

    @Test
    void abruptDropFailsInFlightCommandsAtOnceAndReconnects() throws Exception {
        var one = session.send("/a");
        var two = session.send("/b");
        cli.nextCommand(WAIT);
        cli.nextCommand(WAIT);
        cli.dropConnections();

        commandFailure(one, DisconnectedException.class);
        commandFailure(two, DisconnectedException.class);
        assertThat(listener.nextState(WAIT)).isEqualTo(ConnectionState.DISCONNECTED);
        assertThat(listener.nextState(WAIT)).isEqualTo(ConnectionState.RECONNECTED);
        cli.awaitConnection(2, WAIT);
    }

    @Test
    void commandsSentWhileDisconnectedAreDeliveredInOrderAfterReconnect() throws Exception {
        cli.stop();
        assertThat(listener.nextState(WAIT)).isEqualTo(ConnectionState.DISCONNECTED);

        var first = session.send("/first");
        var second = session.send("/second");
        cli.start();

        ReceivedCommand a = cli.nextCommand(WAIT), b = cli.nextCommand(WAIT);
        assertThat(List.of(a.cmd(), b.cmd())).containsExactly("/first", "/second");
        cli.respond(a.corrId(), "{\"type\":\"ok\"}");
        cli.respond(b.corrId(), "{\"type\":\"ok\"}");
        assertThat(first.get(10, TimeUnit.SECONDS).type()).isEqualTo("ok");
        assertThat(second.get(10, TimeUnit.SECONDS).type()).isEqualTo("ok");
    }

    @Test
    void commandQueuedWhileDisconnectedTimesOutAndIsNeverSent() throws Exception {
        cli.stop();
        assertThat(listener.nextState(WAIT)).isEqualTo(ConnectionState.DISCONNECTED);

        var reply = session.send("/user", Duration.ofMillis(200));
        CommandTimeoutException error = commandFailure(reply, CommandTimeoutException.class);
        assertThat(error.getMessage()).contains("/user").contains("not connected");

        cli.start();
        assertThat(listener.nextState(WAIT)).isEqualTo(ConnectionState.RECONNECTED);
        var probe = session.send("/probe");
        assertThat(cli.nextCommand(WAIT).cmd()).isEqualTo("/probe");
        assertThat(probe).isNotDone();
    }

    @Test
    void timeoutFailsTheCommandAndTheLateResponseIsDropped() throws Exception {
        var reply = session.send("/slow", Duration.ofMillis(200));
        String corrId = cli.nextCommand(WAIT).corrId();

        CommandTimeoutException error = commandFailure(reply, CommandTimeoutException.class);
        assertThat(error.getMessage()).isEqualTo("no response to /slow within 200 ms");
        assertThat(error.errorName()).isEqualTo("CommandTimeoutError");

        cli.respond(corrId, "{\"type\":\"late\"}");
        var next = session.send("/user");
        ReceivedCommand cmd = cli.nextCommand(WAIT);
        assertThat(cmd.corrId()).isNotEqualTo(corrId);
        cli.respond(cmd.corrId(), "{\"type\":\"activeUser\"}");
        assertThat(next.get(10, TimeUnit.SECONDS).type()).isEqualTo("activeUser");
        assertThat(listener.events).isEmpty();
    }

    @Test
    void refusesARemoteUrlUnlessAllowed() {
        SessionOptions remote = SessionOptions.of(URI.create("ws://chat.example.com:5225"));
        assertThatThrownBy(() -> new ChatSession(remote))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no authentication")
                .hasMessageContaining("--allow-remote");
        new ChatSession(remote.withAllowRemote(true)).close();
    }

    @Test
    void closeLetsInFlightCommandsFinishWithinTheDrain() throws Exception {
        var inFlight = session.send("/user");
        String corrId = cli.nextCommand(WAIT).corrId();
        CompletableFuture<Void> closing = CompletableFuture.runAsync(() -> session.close(Duration.ofSeconds(10)));
        cli.respond(corrId, "{\"type\":\"activeUser\"}");

        assertThat(inFlight.get(10, TimeUnit.SECONDS).type()).isEqualTo("activeUser");
        closing.get(10, TimeUnit.SECONDS);
        assertThat(drainStates()).endsWith(ConnectionState.CLOSED);
    }

    @Test
    void closedSessionRefusesNewCommands() {
        session.close(Duration.ofMillis(100));

        SessionClosedException error = commandFailure(session.send("/user"), SessionClosedException.class);
        assertThat(error.errorName()).isEqualTo("SessionClosedError");
        assertThat(error.getMessage()).contains("/user");
    }

    @Test
    void closeFailsCommandsStillUnansweredAfterTheDrain() throws Exception {
        var inFlight = session.send("/user");
        cli.nextCommand(WAIT);
        session.close(Duration.ofMillis(100));

        commandFailure(inFlight, SessionClosedException.class);
        assertThat(session.isConnected()).isFalse();
        assertThat(drainStates()).endsWith(ConnectionState.CLOSED);
    }

    private List<ConnectionState> drainStates() throws InterruptedException {
        List<ConnectionState> seen = new ArrayList<>();
        ConnectionState s;
        while ((s = listener.states.poll(2, TimeUnit.SECONDS)) != null) {
            seen.add(s);
            if (s == ConnectionState.CLOSED) {
                break;
            }
        }
        return seen;
    }

    private static <T extends Throwable> T commandFailure(CompletableFuture<?> future, Class<T> type) {
        try {
            future.get(10, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(type);
            return type.cast(e.getCause());
        } catch (Exception e) {
            throw new AssertionError("command neither completed nor failed", e);
        }
        throw new AssertionError("command succeeded, expected " + type.getSimpleName());
    }

    /** Counts events, checking their {@code seq} arrives in order, without storing 100,000 of them. */
    private static final class CountingListener implements SessionListener {
        final CountDownLatch connected = new CountDownLatch(1);
        final CountDownLatch all;
        volatile int outOfOrder;
        private int expected;

        CountingListener(int count) {
            all = new CountDownLatch(count);
        }

        @Override
        public void onEvent(ChatEvent event) {
            if (!event.json().equals("{\"type\":\"newChatItems\",\"seq\":" + expected + "}")) {
                outOfOrder++;
            }
            expected++;
            all.countDown();
        }

        @Override
        public void onConnectionState(ConnectionState state) {
            if (state == ConnectionState.CONNECTED) {
                connected.countDown();
            }
        }
    }
}
