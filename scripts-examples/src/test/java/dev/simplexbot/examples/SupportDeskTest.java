package dev.simplexbot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.testkit.SimplexBotExtension;
import dev.simplexbot.testkit.TestPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SupportDeskTest {
    private static final String WELCOME = "Hello! Write your question here and our team will answer you in this chat.";

    @RegisterExtension
    final SimplexBotExtension bot = SimplexBotExtension.forScript("support-desk.js");

    @Test
    void customersGetTicketsAndStaffReplyFromTheGroup() {
        TestPerson sam = bot.contact("sam");
        TestPerson tina = bot.harness().person("tina");
        SimGroup staff = bot.group("Support staff", sam, tina);
        TestPerson alice = connected("alice");
        TestPerson bob = connected("bob");

        alice.send("My order did not arrive");
        alice.expectMessage("Thank you! Your ticket is #1; we will answer here.");
        tina.expectGroupMessage(staff, "#1 alice: My order did not arrive");
        alice.send("It was order 42");
        tina.expectGroupMessage(staff, "#1 alice: It was order 42");
        bob.send("/reply 1 hi");
        bob.expectMessage("Thank you! Your ticket is #2; we will answer here.");
        tina.expectGroupMessage(staff, "#2 bob: /reply 1 hi");

        tina.sendToGroup(staff, "/reply 1 Sorry! It ships today.");
        alice.expectMessage("Sorry! It ships today.");
        tina.expectGroupMessage(staff, "Sent to alice (#1).");
        sam.sendToGroup(staff, "/tickets");
        assertThat(tina.nextGroupMessage(staff).text()).matches("Open tickets:\n#1 alice since \\S+\n#2 bob since \\S+");
    }

    @Test
    void ticketsSurviveARestartAndClosedTicketsMakeWayForNewOnes() {
        TestPerson sam = bot.contact("sam");
        SimGroup staff = bot.group("Support staff", sam, bot.harness().person("tina"));
        TestPerson alice = connected("alice");
        alice.send("Where is my refund?");
        alice.expectMessage("Thank you! Your ticket is #1; we will answer here.");

        bot.restartBot();

        assertThat(sam.nextGroupMessage(staff).text()).isEqualTo("#1 alice: Where is my refund?");
        sam.sendToGroup(staff, "/reply 1 It is on its way.");
        alice.expectMessage("It is on its way.");
        sam.expectGroupMessage(staff, "Sent to alice (#1).");
        sam.sendToGroup(staff, "/close 1");
        sam.expectGroupMessage(staff, "Ticket #1 of alice is closed.");
        sam.sendToGroup(staff, "/reply 7 anyone?");
        sam.expectGroupMessage(staff, "Send /reply <ticket> <text>, e.g. /reply 12 Thanks, fixed!");
        sam.sendToGroup(staff, "/tickets");
        sam.expectGroupMessage(staff, "No open tickets.");

        alice.send("Thanks, got it");
        alice.expectMessage("Thank you! Your ticket is #2; we will answer here.");
    }

    @Test
    void withoutAStaffGroupCustomersAreToldAndNothingIsLost() {
        TestPerson alice = connected("alice");

        alice.send("hello?");

        alice.expectMessage("Sorry, our support desk is not staffed yet. Please try again later.");
    }

    private TestPerson connected(String name) {
        TestPerson person = bot.contact(name);
        person.expectMessage(WELCOME);
        return person;
    }
}
