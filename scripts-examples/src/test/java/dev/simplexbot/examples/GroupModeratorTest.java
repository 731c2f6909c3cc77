package dev.simplexbot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.sim.GroupRole;
import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.testkit.SimplexBotExtension;
import dev.simplexbot.testkit.TestPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class GroupModeratorTest {
    @RegisterExtension
    final SimplexBotExtension bot = SimplexBotExtension.forScript("group-moderator.js");

    @Test
    void asAdminItDeletesBannedWordsWarnsAndLetsAdminsBan() {
        TestPerson owner = bot.contact("olga");
        TestPerson dan = bot.harness().person("dan");
        SimGroup club = bot.simulator().group("club", GroupRole.ADMIN, true, owner.sim(), dan.sim());
        bot.harness().awaitIdle();

        dan.sendToGroup(club, "cheap CASINO chips here");
        owner.expectGroupMessage(club, "@dan, your message was deleted: it broke the rules. Send /rules to read them.");
        assertThat(bot.commandsSent()).anyMatch(c -> c.startsWith("/_delete member item #" + club.groupId()));

        dan.sendToGroup(club, "/ban olga");
        owner.expectGroupMessage(club, "/ban is only for group admins.");
        owner.sendToGroup(club, "/ban @dan");
        owner.expectGroupMessage(club, "dan is blocked for everyone.");
        owner.sendToGroup(club, "/unban dan");
        owner.expectGroupMessage(club, "dan is unblocked for everyone.");
        owner.sendToGroup(club, "/ban nobody");
        owner.expectGroupMessage(club, "There is no member called nobody here.");
        assertThat(bot.commandsSent()).anyMatch(c -> c.startsWith("/_block #" + club.groupId()) && c.endsWith("blocked=on"));
    }

    @Test
    void asPlainMemberItOnlyAnswersRules() {
        TestPerson owner = bot.contact("olga");
        SimGroup club = bot.group("club", owner, bot.harness().person("dan"));

        owner.sendToGroup(club, "this is spam");
        owner.sendToGroup(club, "/rules");

        owner.expectGroupMessage(club, "Rules of this group:\n1. Be kind.\n2. No spam, scam, casino: such messages are deleted.\n"
                + "3. Admins can block members who break the rules.");
        assertThat(bot.commandsSent()).noneMatch(c -> c.startsWith("/_delete"));
    }
}
