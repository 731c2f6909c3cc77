package dev.simplexbot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.testkit.SimplexBotExtension;
import dev.simplexbot.testkit.TestPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SquaringTest {
    @RegisterExtension
    final SimplexBotExtension bot = SimplexBotExtension.forScript("squaring.js");

    @Test
    void welcomesThenSquaresNumbersAndRefusesTheRest() {
        TestPerson alice = bot.contact("alice");
        alice.expectMessage("Hello! I am a simple squaring bot - if you send me a number, I will calculate its square");

        alice.send("4");
        alice.expectMessage("4 * 4 = 16");
        alice.send("1.5");
        alice.expectMessage("1.5 * 1.5 = 2.25");
        alice.send("-3");
        alice.expectMessage("-3 * -3 = 9");
        alice.send("four");
        alice.expectMessage("this is not a number");
    }

    @Test
    void staysQuietInGroups() {
        TestPerson alice = bot.contact("alice");
        alice.expectMessage("Hello! I am a simple squaring bot - if you send me a number, I will calculate its square");
        SimGroup maths = bot.group("maths", alice, bot.contact("bob"));

        alice.sendToGroup(maths, "5");
        bot.harness().awaitIdle();

        assertThat(alice.sim().groupMessages(maths)).isEmpty();
        alice.expectNoMessage();
    }
}
