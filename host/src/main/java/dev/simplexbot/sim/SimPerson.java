package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A simulated SimpleX user talking to the bot. Actions show up at the bot as the events a real CLI would
 * emit; the bot's messages land in this person's inboxes. Thread-safe.
 */
public final class SimPerson {
    private static final long DIRECT = 0;

    private final String name;
    private final PersonActions actions;
    private final Entities.Link address;
    private final Map<Long, Inbox> inboxes = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> connected = new CompletableFuture<>();

    SimPerson(String name, PersonActions actions, Entities.Link address) {
        this.name = name;
        this.actions = actions;
        this.address = address;
    }

    public String name() {
        return name;
    }

    /** This person's own contact address, for bots that connect to people ({@code APIConnect}/{@code Connect}). */
    public String address() {
        return address.shortLink();
    }

    /** Connects via the bot's address: {@link ConnectResult#CONNECTED} with auto-accept, else {@link ConnectResult#PENDING}. */
    public ConnectResult connectToBot() {
        return actions.connect(this);
    }

    public boolean isConnected() {
        return connected.isDone();
    }

    /** Waits until the bot accepted this person's request. */
    public void awaitConnected(Duration timeout) {
        try {
            connected.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new SimTimeoutException(name + " was not accepted by the bot within " + timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimTimeoutException(name + " was interrupted waiting to connect");
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Sends a text message to the bot; returns the bot's chat item id for it. */
    public long send(String text) {
        return actions.send(this, text, null);
    }

    /** Sends a reply quoting the bot's item {@code quotedItemId}. */
    public long reply(long quotedItemId, String text) {
        return actions.send(this, text, quotedItemId);
    }

    /** Sends a file with a caption; the bot gets {@code newChatItems} and {@code rcvFileDescrReady}. */
    public long sendFile(Path file, String text) {
        return actions.sendFile(this, file, text);
    }

    public void react(long itemId, String emoji, boolean add) {
        actions.react(this, itemId, emoji, add);
    }

    /** Edits one of this person's own messages. */
    public void update(long itemId, String text) {
        actions.update(this, itemId, text);
    }

    /** Deletes one of this person's own messages for everyone. */
    public void delete(long itemId) {
        actions.delete(this, itemId);
    }

    public long sendToGroup(SimGroup group, String text) {
        return actions.sendToGroup(this, group, text);
    }

    public void leaveGroup(SimGroup group) {
        actions.leaveGroup(this, group);
    }

    /** Joins a group through the bot's group link (the group needs one: {@code APICreateGroupLink}). */
    public void joinViaGroupLink(SimGroup group) {
        actions.joinViaGroupLink(this, group);
    }

    /** The next direct message from the bot not taken yet. */
    public SimMessage nextMessage(Duration timeout) {
        return take(inbox(DIRECT), timeout, "a message");
    }

    public SimMessage nextGroupMessage(SimGroup group, Duration timeout) {
        return take(inbox(group.groupId()), timeout, "a message in " + group.name());
    }

    /** Every direct message from the bot so far, with edits and deletions applied. */
    public List<SimMessage> messages() {
        return inbox(DIRECT).snapshot();
    }

    public List<SimMessage> groupMessages(SimGroup group) {
        return inbox(group.groupId()).snapshot();
    }

    @Override
    public String toString() {
        return "SimPerson[" + name + "]";
    }

    private SimMessage take(Inbox inbox, Duration timeout, String what) {
        try {
            SimMessage message = inbox.next(timeout);
            if (message == null) {
                throw new SimTimeoutException(name + " got no " + what + " from the bot within " + timeout);
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SimTimeoutException(name + " was interrupted waiting for " + what);
        }
    }

    ObjectNode profile() {
        return ProfileJson.profile(name);
    }

    Entities.Link addressLink() {
        return address;
    }

    Inbox inbox(long chatId) {
        return inboxes.computeIfAbsent(chatId, id -> new Inbox());
    }

    void markConnected() {
        connected.complete(null);
    }

    void rejected() {
        connected.completeExceptionally(new IllegalStateException("the bot rejected " + name + "'s contact request"));
    }

    void disconnected() {
        connected = new CompletableFuture<>();
    }
}
