package dev.simplexbot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.testkit.SimplexBotExtension;
import dev.simplexbot.testkit.TestPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WelcomeMenuTest {
    @RegisterExtension
    final SimplexBotExtension bot = SimplexBotExtension.forScript("welcome-menu.js");

    @Test
    void theProfileCarriesTheMenuAndTheAddress() {
        String profile = bot.simulator().execute("ShowActiveUser", null).response().path("user").path("profile").toString();

        assertThat(profile).contains("\"displayName\":\"menu_bot\"", "\"peerType\":\"bot\"", "\"contactLink\"",
                "\"keyword\":\"about\"", "\"keyword\":\"faq\"", "\"keyword\":\"help\"");
    }

    @Test
    void welcomesAndAnswersTheMenuCommands() {
        TestPerson alice = bot.contact("alice");
        alice.expectMessage("Welcome! Tap the menu or send /help to see what I can do.");

        alice.send("/help");
        alice.expectMessage("Commands:\n/about - what this bot is\n/faq <topic> - an answer about a topic\n/help - show the commands");
        alice.send("/about");
        alice.expectMessage("I am an example bot of simplex-bot: plain JavaScript, running next to a SimpleX Chat CLI.");
        alice.send("/faq Privacy");
        alice.expectMessage("SimpleX has no user ids: each contact gets its own pair of message queues.");
        alice.send("/faq");
        alice.expectMessage("Send /faq <topic>. Topics: privacy, groups, source.");
        alice.send("/faq weather");
        alice.expectMessage("I know nothing about \"weather\". Topics: privacy, groups, source.");
        alice.send("/faq constructor");
        alice.expectMessage("I know nothing about \"constructor\". Topics: privacy, groups, source.");
        alice.send("hello?");
        alice.expectMessage("I only answer commands: send /help to see them.");
    }
}
