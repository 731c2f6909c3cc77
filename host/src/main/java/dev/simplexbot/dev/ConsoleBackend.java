package dev.simplexbot.dev;

import dev.simplexbot.sim.Simulator;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** What a chat console talks to: the simulator its people live in, and a way to wait for the bot's answers. */
public interface ConsoleBackend {
    Simulator simulator();

    /**
     * Waits until the bot has nothing left to do right now; {@code false} when it was still busy after {@code cap}.
     * A console whose bot runs elsewhere (the standalone simulator) cannot know and returns at once.
     */
    boolean awaitIdle(Duration cap) throws InterruptedException;

    /** How the console calls the bots' webhooks ({@code /http}); without an HTTP server, a caller that says so. */
    default WebhookCaller webhookCaller() {
        return new WebhookCaller(Optional.empty(), List::of);
    }

    /** The standalone simulator: bots are other processes, so there is nothing to wait for here. */
    static ConsoleBackend of(Simulator simulator) {
        return new ConsoleBackend() {
            @Override
            public Simulator simulator() {
                return simulator;
            }

            @Override
            public boolean awaitIdle(Duration cap) {
                return true;
            }
        };
    }
}
