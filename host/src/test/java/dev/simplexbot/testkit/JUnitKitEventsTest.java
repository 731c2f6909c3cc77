package dev.simplexbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simplexbot.sim.GroupRole;
import dev.simplexbot.sim.SendOptions;
import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.SimMessage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JUnit kit reaches the new events with typed calls: people's actions on TestPerson, the rest on controls(). */
class JUnitKitEventsTest {
    private static final Path EVENTS = Path.of("src/test/resources/testkit/events");

    @RegisterExtension
    final SimplexBotExtension groups = SimplexBotExtension.forScript(EVENTS.resolve("groups.js"));

    @Test
    void groupChangesByPeopleReachTheBot() {
        TestPerson alice = groups.contact("alice");
        alice.expectMessage("Hi! Put me in a group.");
        TestPerson frank = groups.person("frank");
        TestPerson henry = groups.person("henry");
        SimGroup club = groups.group("club", alice, frank);

        alice.changeBotRole(club, GroupRole.ADMIN);
        alice.expectGroupMessage(club, "I am admin now, thanks alice.");
        alice.addMember(club, henry, GroupRole.MEMBER);
        alice.expectGroupMessage(club, "Welcome henry, added by alice.");
        alice.block(club, henry, true);
        alice.expectGroupMessage(club, "henry is blocked by alice.");
        alice.removeMember(club, henry, false);
        alice.expectGroupMessage(club, "henry was removed by alice.");
        frank.updateProfile("Frank", null, null);
        alice.expectGroupMessage(club, "frank is now called Frank.");
        alice.deleteGroup(club);
        alice.expectMessage("You deleted club.");
        assertThatThrownBy(() -> frank.sendToGroup(club, "anyone?")).isInstanceOf(IllegalStateException.class)
                .hasMessage("frank is not an active member of club");
    }

    @Test
    void controlsAndMessageOptionsReachTheBot() throws Exception {
        try (BotHarness ops = BotHarness.start(EVENTS.resolve("ops.js"));
             BotHarness messages = BotHarness.start(EVENTS.resolve("messages.js"))) {
            TestPerson operator = ops.contact("olga");
            operator.expectMessage("Hi! Send /ops to hear about problems.");
            operator.send("/ops");
            operator.expectMessage("You will hear about problems.");
            ops.controls().subscriptionStatus("pending", null);
            operator.expectMessage("Subscriptions: pending (1 connections).");
            ops.controls().messageError("error", "bad message");
            operator.expectMessage("Message error (error): bad message");

            TestPerson alice = messages.contact("alice");
            alice.expectMessage("Hi! Send me anything.");
            alice.send("secret", SendOptions.direct().disappearingAfter(Duration.ofSeconds(1)));
            alice.expectMessage("This disappears in 1 s.");
            alice.expectMessage("\"secret\" disappeared.");
            long live = alice.send("dra", SendOptions.direct().asLive());
            alice.editLive(live, "draft");
            alice.edit(live, "done");
            SimMessage last = alice.expectMessage("Final: done");
            messages.controls().deliveryError(last.itemId(), false, "auth");
            alice.expectMessage("Delivery of \"Final: done\" failed: auth");
            assertThat(alice.messages()).extracting(SimMessage::text).containsSubsequence(List.of("Final: done",
                    "Delivery of \"Final: done\" failed: auth"));
        }
    }
}
