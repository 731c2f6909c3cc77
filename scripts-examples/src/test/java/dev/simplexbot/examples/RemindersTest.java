package dev.simplexbot.examples;

import dev.simplexbot.testkit.SimplexBotExtension;
import dev.simplexbot.testkit.TestPerson;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RemindersTest {
    private static final String WELCOME = "Hi! Send /remind 10m stretch your legs, and I will remind you. /help shows all commands.";
    private static final String SET = "Reminder \\d+ set for \\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z\\.";

    @RegisterExtension
    final SimplexBotExtension bot = SimplexBotExtension.forScript("reminders.js")
            .with(b -> b.messageTimeout(Duration.ofSeconds(10)));

    @Test
    void remindsListsAndCancels() {
        TestPerson alice = connected("alice");

        alice.send("/remind 1h call mum");
        alice.expectMessageMatching(SET.replace("\\d+", "1"));
        alice.send("/remind 1d10m buy cake");
        alice.expectMessageMatching(SET.replace("\\d+", "2"));
        alice.send("/reminders");
        alice.expectMessageMatching("Reminders:\n1\\. \\S+ call mum\n2\\. \\S+ buy cake");
        alice.send("/remind 1s stretch");
        alice.expectMessageMatching(SET.replace("\\d+", "3"));
        alice.expectMessage("⏰ stretch");

        alice.send("/cancel 1");
        alice.expectMessage("Reminder 1 cancelled.");
        alice.send("/cancel 2");
        alice.expectMessage("Reminder 2 cancelled.");
        bot.harness().awaitIdle();
        alice.send("/reminders");
        alice.expectMessage("No reminders. Set one with /remind 10m text.");
    }

    @Test
    void badInputGetsTheUsageAndOthersRemindersStayPrivate() {
        TestPerson alice = connected("alice");
        TestPerson bob = connected("bob");

        alice.send("/remind soon do things");
        alice.expectMessage("Send /remind <when> <text>, e.g. /remind 10m call mum (when: 30s, 10m, 2h, 1d).");
        alice.send("/remind 10m");
        alice.expectMessage("Send /remind <when> <text>, e.g. /remind 10m call mum (when: 30s, 10m, 2h, 1d).");
        alice.send("/remind 1h alice's secret");
        alice.expectMessageMatching(SET);

        bob.send("/cancel 1");
        bob.expectMessage("There is no reminder 1 in this chat; /reminders lists them.");
        bob.send("/reminders");
        bob.expectMessage("No reminders. Set one with /remind 10m text.");
    }

    @Test
    void remindersSurviveARestart() {
        TestPerson alice = connected("alice");
        alice.send("/remind 3s water the plants");
        alice.expectMessageMatching(SET);

        bot.restartBot();

        alice.expectMessage("⏰ water the plants");
        bot.harness().awaitIdle();
        alice.send("/reminders");
        alice.expectMessage("No reminders. Set one with /remind 10m text.");
    }

    private TestPerson connected(String name) {
        TestPerson person = bot.contact(name);
        person.expectMessage(WELCOME);
        return person;
    }
}
