package dev.simplexbot.testkit;

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
