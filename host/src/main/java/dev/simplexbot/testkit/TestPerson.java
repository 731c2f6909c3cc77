package dev.simplexbot.testkit;

import dev.simplexbot.sim.ConnectResult;
import dev.simplexbot.sim.GroupRole;
import dev.simplexbot.sim.SendOptions;
import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.SimMessage;
import dev.simplexbot.sim.SimPerson;
import dev.simplexbot.sim.SimTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A simulated person in a bot test: a thin layer over {@link SimPerson} with default timeouts and expectations
 * whose failures say who waited for what and what came instead. Messages are {@link SimMessage} records
 * ({@code text()}, {@code itemId()}, {@code quotedItemId()}, {@code file()}, ...), ready for AssertJ.
 */
public final class TestPerson {
    private static final int SHOWN_MESSAGES = 3;

    private final SimPerson person;
    private final BotHarness harness;

    TestPerson(SimPerson person, BotHarness harness) {
        this.person = person;
        this.harness = harness;
    }

    public String name() {
        return person.name();
    }

    /** The simulator's person, for everything this class does not wrap. */
    public SimPerson sim() {
        return person;
    }

    /** Sends a text message to the bot; returns the bot's chat item id for it. */
    public long send(String text) {
        return person.send(text);
    }

    /** Sends a reply quoting the bot's message {@code quotedItemId}. */
    public long reply(long quotedItemId, String text) {
        return person.reply(quotedItemId, text);
    }

    public long sendFile(Path file, String text) {
        return person.sendFile(file, text);
    }

    /** Adds a reaction to a message in a chat this person is in. */
    public void react(long itemId, String emoji) {
        person.react(itemId, emoji, true);
    }

    public void removeReaction(long itemId, String emoji) {
        person.react(itemId, emoji, false);
    }

    public void edit(long itemId, String text) {
        person.update(itemId, text);
    }

    public void delete(long itemId) {
        person.delete(itemId);
    }

    public long sendToGroup(SimGroup group, String text) {
        return person.sendToGroup(group, text);
    }

    public void leave(SimGroup group) {
        person.leaveGroup(group);
    }

    /** Sends as {@code options} say: in a group, quoting, disappearing after a time to live, or live. */
    public long send(String text, SendOptions options) {
        return person.send(text, options);
    }

    /** Goes on typing a live message (sent with {@link SendOptions#asLive()}); {@link #edit} finishes it. */
    public void editLive(long itemId, String text) {
        person.updateLive(itemId, text);
    }

    public long sendFileToGroup(SimGroup group, Path file, String text) {
        return person.sendFileToGroup(group, file, text);
    }

    /** Cancels a file this person sent before the bot received it. */
    public void cancelFile(long itemId) {
        person.cancelFile(itemId);
    }

    /** Confirms the bot's message {@code itemId} arrived (a delivery receipt). */
    public void sendReceipt(long itemId) {
        person.sendReceipt(itemId);
    }

    /** Connects to the bot through its address (for a person from {@link BotHarness#person}); see {@link BotHarness#contact}. */
    public ConnectResult connect() {
        return person.connectToBot();
    }

    /** Connects showing the bot a random profile. */
    public ConnectResult connectIncognito() {
        return person.connectIncognito();
    }

    /** Opens a link the bot made: its address, a one-time invitation or a group link. */
    public void useLink(String link) {
        person.useLink(link);
    }

    /** The business chat with a bot whose address is a business address; the bot's messages there come as direct ones. */
    public SimGroup businessChat() {
        return person.businessChat();
    }

    /** Changes the profile (null keeps a field). */
    public void updateProfile(String displayName, String fullName, String shortDescr) {
        person.updateProfile(displayName, fullName, shortDescr);
    }

    /** Deletes the contact with the bot. */
    public void deleteContact() {
        person.deleteContact();
    }

    public void inviteBotToContact(SimGroup group) {
        person.inviteBotToContact(group);
    }

    /** Joins through the bot's group link. */
    public void join(SimGroup group) {
        person.joinViaGroupLink(group);
    }

    public void addMember(SimGroup group, TestPerson member, GroupRole role) {
        person.addMember(group, member.sim(), role);
    }

    public void removeMember(SimGroup group, TestPerson member, boolean withMessages) {
        person.removeMember(group, member.sim(), withMessages);
    }

    public void removeBot(SimGroup group, boolean withMessages) {
        person.removeBot(group, withMessages);
    }

    public void changeRole(SimGroup group, TestPerson member, GroupRole role) {
        person.changeRole(group, member.sim(), role);
    }

    public void changeBotRole(SimGroup group, GroupRole role) {
        person.changeBotRole(group, role);
    }

    public void block(SimGroup group, TestPerson member, boolean blocked) {
        person.block(group, member.sim(), blocked);
    }

    public void acceptMember(SimGroup group, TestPerson member, GroupRole role) {
        person.acceptMember(group, member.sim(), role);
    }

    public void moderate(SimGroup group, long itemId) {
        person.moderate(group, itemId);
    }

    /** Changes the group's profile (null keeps a field). */
    public void updateGroup(SimGroup group, String displayName, String fullName, String description) {
        person.updateGroup(group, displayName, fullName, description);
    }

    public void deleteGroup(SimGroup group) {
        person.deleteGroup(group);
    }

    /** A group with {@code members} and a link the bot can join through. */
    public String groupLink(String groupName, TestPerson... members) {
        return person.groupLink(groupName, java.util.Arrays.stream(members).map(TestPerson::sim).toArray(SimPerson[]::new));
    }

    /** This person's business address, for a bot that connects to businesses. */
    public String businessAddress() {
        return person.businessAddress();
    }

    /** Every message the bot sent in the group so far, as this person sees them. */
    public List<SimMessage> groupMessages(SimGroup group) {
        return person.groupMessages(group);
    }

    public SimMessage nextMessage() {
        return nextMessage(harness.messageTimeout());
    }

    /** The bot's next direct message to this person not taken yet. */
    public SimMessage nextMessage(Duration timeout) {
        return take(() -> person.nextMessage(timeout), "a message", timeout, person::messages);
    }

    public SimMessage nextGroupMessage(SimGroup group) {
        return nextGroupMessage(group, harness.messageTimeout());
    }

    public SimMessage nextGroupMessage(SimGroup group, Duration timeout) {
        return take(() -> person.nextGroupMessage(group, timeout), "a message in " + group.name(), timeout,
                () -> person.groupMessages(group));
    }

    /** Takes the next message and checks its text; returns it for further checks. */
    public SimMessage expectMessage(String text) {
        return expectText(nextMessage(), text, "");
    }

    /** Takes the next message and checks that its whole text matches {@code regex}. */
    public SimMessage expectMessageMatching(String regex) {
        SimMessage message = nextMessage();
        if (message.text() == null || !Pattern.compile(regex, Pattern.DOTALL).matcher(message.text()).matches()) {
            throw new AssertionError(name() + " expected a message matching /" + regex + "/ from the bot, got "
                    + quoted(message.text()));
        }
        return message;
    }

    public SimMessage expectGroupMessage(SimGroup group, String text) {
        return expectText(nextGroupMessage(group), text, " in " + group.name());
    }

    /** Fails if the bot sends this person a message before it is idle again after what happened so far. */
    public void expectNoMessage() {
        harness.awaitIdle();
        SimMessage next = pollNow();
        if (next != null) {
            throw new AssertionError(name() + " expected no message from the bot, got " + quoted(next.text()));
        }
    }

    /** Fails if the bot sends this person a message within {@code wait} (after it settled). */
    public void expectNoMessage(Duration wait) {
        harness.awaitIdle();
        try {
            SimMessage next = person.nextMessage(wait);
            throw new AssertionError(name() + " expected no message from the bot within " + wait + ", got "
                    + quoted(next.text()));
        } catch (SimTimeoutException expected) {
            // Nothing came: as expected.
        }
    }

    /** Every direct message the bot sent this person so far, edits and deletions applied. */
    public List<SimMessage> messages() {
        return person.messages();
    }

    @Override
    public String toString() {
        return "TestPerson[" + name() + "]";
    }

    private SimMessage pollNow() {
        try {
            return person.nextMessage(Duration.ZERO);
        } catch (SimTimeoutException none) {
            return null;
        }
    }

    private SimMessage expectText(SimMessage message, String expected, String where) {
        if (!expected.equals(message.text())) {
            throw new AssertionError(name() + " expected " + quoted(expected) + " from the bot" + where + ", got "
                    + quoted(message.text()));
        }
        return message;
    }

    private SimMessage take(Supplier<SimMessage> next, String what, Duration timeout, Supplier<List<SimMessage>> seen) {
        try {
            return next.get();
        } catch (SimTimeoutException e) {
            List<SimMessage> all = seen.get();
            List<SimMessage> last = all.subList(Math.max(0, all.size() - SHOWN_MESSAGES), all.size());
            throw new AssertionError(name() + " waited " + human(timeout) + " for " + what + " from the bot and got none; "
                    + (last.isEmpty() ? "no messages from the bot so far" : "last messages received: " + texts(last)));
        }
    }

    private static String texts(List<SimMessage> messages) {
        return messages.stream().map(m -> quoted(m.text())).collect(Collectors.joining(", ", "[", "]"));
    }

    static String quoted(String text) {
        return text == null ? "a message without text" : '"' + text.replace("\n", "\\n") + '"';
    }

    private static String human(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
