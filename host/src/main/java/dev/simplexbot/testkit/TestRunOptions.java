package dev.simplexbot.testkit;

import dev.simplexbot.permission.Permissions;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How {@code simplex-bot test} runs JS tests.
 *
 * @param testTimeout longest one test may run
 * @param messageTimeout how long {@code t.expect} and {@code nextMessage} wait by default
 * @param permissions what the bots under test may do with files through the simulated CLI, and raw commands
 */
public record TestRunOptions(Duration testTimeout, Duration messageTimeout, Permissions permissions) {
    public static TestRunOptions defaults() {
        return new TestRunOptions(Duration.ofSeconds(30), BotHarness.DEFAULT_MESSAGE_TIMEOUT, Permissions.none());
    }

    BotHarness.Builder harness(Path bot) {
        return BotHarness.builder(bot).messageTimeout(messageTimeout).permissions(permissions);
    }
}
