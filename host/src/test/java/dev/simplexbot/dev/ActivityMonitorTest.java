package dev.simplexbot.dev;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.session.ChatResponse;
import dev.simplexbot.session.CommandGateway;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ActivityMonitorTest {
    private static final Duration QUIET = Duration.ofMillis(20);

    @Test
    void aPendingCommandKeepsItBusyUntilItsResponse() throws Exception {
        ActivityMonitor monitor = new ActivityMonitor();
        CompletableFuture<ChatResponse> response = new CompletableFuture<>();
        CommandGateway gateway = monitor.track(command -> response);

        CompletableFuture<ChatResponse> sent = gateway.send("/_get chats 1");
        assertThat(monitor.awaitQuiet(QUIET, Duration.ofMillis(150))).isFalse();

        response.completeExceptionally(new IllegalStateException("gone"));
        assertThat(sent).isCompletedExceptionally();
        assertThat(monitor.awaitQuiet(QUIET, Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void quietMeansNothingHappenedForTheQuietPeriod() throws Exception {
        ActivityMonitor monitor = new ActivityMonitor();
        long start = System.nanoTime();
        monitor.touch();
        assertThat(monitor.awaitQuiet(Duration.ofMillis(100), Duration.ofSeconds(5))).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    }
}
