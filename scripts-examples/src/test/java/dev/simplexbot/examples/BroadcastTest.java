package dev.simplexbot.examples;

import dev.simplexbot.testkit.SimplexBotExtension;
import dev.simplexbot.testkit.TestPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BroadcastTest {
    private static final String WELCOME = "Hi! You will get our announcements here. Send /unsubscribe to stop them.";

    @RegisterExtension
    final SimplexBotExtension bot = SimplexBotExtension.forScript("broadcast.js");

    @Test
    void aPublishersMessageReachesEverySubscribedContact() {
        TestPerson alice = connected("alice");
        TestPerson bob = connected("bob");
        TestPerson carol = connected("carol");
        TestPerson dan = connected("dan");

        carol.send("/unsubscribe");
        carol.expectMessage("You will not get broadcasts any more. Send /subscribe to get them again.");
        alice.send("Release 2.0 is out!");

        alice.expectMessage("Sent to 2 contacts.");
        bob.expectMessage("Release 2.0 is out!");
        dan.expectMessage("Release 2.0 is out!");
        carol.expectNoMessage();

        carol.send("/subscribe");
        carol.expectMessage("You will get broadcasts.");
        alice.send("Release 2.0.1 fixes a typo");
        alice.expectMessage("Sent to 3 contacts.");
        carol.expectMessage("Release 2.0.1 fixes a typo");
    }

    @Test
    void onlyPublishersBroadcast() {
        TestPerson alice = connected("alice");
        TestPerson bob = connected("bob");

        bob.send("buy my stuff");

        bob.expectMessage("Only publishers can broadcast. Send /help to see the commands.");
        alice.expectNoMessage();
    }

    private TestPerson connected(String name) {
        TestPerson person = bot.contact(name);
        person.expectMessage(WELCOME);
        return person;
    }
}
