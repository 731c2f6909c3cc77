package dev.simplexbot.testkit;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code simplex-bot test} runs JS tests.
 *
 * @param testTimeout longest one test may run
 * @param messageTimeout how long {@code t.expect} and {@code nextMessage} wait by default
 */
public record TestRunOptions(Duration testTimeout, Duration messageTimeout) {
    public static TestRunOptions defaults() {
        return new TestRunOptions(Duration.ofSeconds(30), BotHarness.DEFAULT_MESSAGE_TIMEOUT);
    }

    BotHarness.Builder harness(Path bot) {
        return BotHarness.builder(bot).messageTimeout(messageTimeout);
    }
}
