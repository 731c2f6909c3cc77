package dev.simplexbot.dev;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.ChatResponse;
import dev.simplexbot.session.CommandGateway;
import dev.simplexbot.session.ConnectionState;
import dev.simplexbot.session.SessionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ActivityMonitorTest {
    @Test
    void aCommandIsPendingUntilItsResponseOrFailure() throws Exception {
        ActivityMonitor monitor = new ActivityMonitor();
        CompletableFuture<ChatResponse> response = new CompletableFuture<>();
        CommandGateway gateway = monitor.track(command -> response);

        CompletableFuture<ChatResponse> sent = gateway.send("/_get chats 1");
        assertThat(monitor.sentCount()).isEqualTo(1);
        assertThat(monitor.awaitAllAnswered(Duration.ofMillis(50))).isFalse();

        response.completeExceptionally(new IllegalStateException("gone"));
        assertThat(sent).isCompletedExceptionally();
        assertThat(monitor.awaitAllAnswered(Duration.ofSeconds(5))).isTrue();
        assertThat(monitor.sentCount()).isEqualTo(1);
    }

    @Test
    void theListenerPassesEverythingOnAndCompletesConnectedOnce() {
        ActivityMonitor monitor = new ActivityMonitor();
        List<String> heard = new ArrayList<>();
        SessionListener listener = monitor.track(new SessionListener() {
            @Override
            public void onEvent(ChatEvent event) {
                heard.add(event.type());
            }

            @Override
            public void onConnectionState(ConnectionState state) {
                heard.add(state.eventType());
            }
        });
        listener.onEvent(new ChatEvent("newChatItems", "{}"));
        assertThat(monitor.connected()).isNotDone();
        listener.onConnectionState(ConnectionState.CONNECTED);
        assertThat(heard).containsExactly("newChatItems", "connected");
        assertThat(monitor.connected()).isDone();
    }
}
