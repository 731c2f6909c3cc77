package dev.simplexbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit 5 extension starts the bot before the test, hands out its harness, and applies options. */
class SimplexBotExtensionTest {
    @RegisterExtension
    final SimplexBotExtension bot = SimplexBotExtension.forScript(BotHarnessTest.SQUARING)
            .with(builder -> builder.withoutBotUser().messageTimeout(Duration.ofSeconds(3)));

    @Test
    void theFieldAndTheInjectedHarnessAreTheSameRunningBot(BotHarness harness) {
        assertThat(harness).isSameAs(bot.harness());
        assertThat(bot.commandsSent()).isNotEmpty();
        assertThat(harness.commandNamesSent()).startsWith("ShowActiveUser", "CreateActiveUser");
        TestPerson alice = bot.contact("alice");
        alice.expectMessage("Send me a number and I will square it.");
        alice.send("7");
        alice.expectMessage("7 * 7 = 49");
    }
}
