package dev.simplexbot.testkit;

import dev.simplexbot.permission.Permissions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * How {@code simplex-bot test} runs JS tests.
 *
 * @param testTimeout longest one test may run
 * @param messageTimeout how long {@code t.expect} and {@code nextMessage} wait by default
 * @param permissions what the bots under test may do with files through the simulated CLI, and raw commands
 * @param allowNet grants every bot under test gets, as {@code --allow-net} takes them (a test file adds its own)
 * @param allowEnv environment variables every bot under test may read, as {@code --allow-env} takes them
 */
public record TestRunOptions(Duration testTimeout, Duration messageTimeout, Permissions permissions, List<String> allowNet,
        List<String> allowEnv) {
    public TestRunOptions {
        allowNet = List.copyOf(allowNet);
        allowEnv = List.copyOf(allowEnv);
    }

    public TestRunOptions(Duration testTimeout, Duration messageTimeout) {
        this(testTimeout, messageTimeout, Permissions.none(), List.of(), List.of());
    }

    public static TestRunOptions defaults() {
        return new TestRunOptions(Duration.ofSeconds(30), BotHarness.DEFAULT_MESSAGE_TIMEOUT);
    }

    BotHarness.Builder harness(Path bot) {
        return BotHarness.builder(bot).messageTimeout(messageTimeout).permissions(permissions)
                .allowNet(allowNet.toArray(String[]::new))
                .allowEnv(allowEnv.toArray(String[]::new));
    }
}
