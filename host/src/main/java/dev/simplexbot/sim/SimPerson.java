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
    private final PeopleActions actions;
    private final Entities.Link address;
    private final Map<Long, Inbox> inboxes = new ConcurrentHashMap<>();
    private volatile CompletableFuture<Void> connected = new CompletableFuture<>();
    /** What this person shows others; changed only under the simulator's lock. */
    private volatile ObjectNode profile;

    SimPerson(String name, PeopleActions actions, Entities.Link address) {
        this.name = name;
        this.actions = actions;
        this.address = address;
        this.profile = ProfileJson.profile(name);
    }

    public String name() {
        return name;
    }

    /** This person's own contact address, for bots that connect to people ({@code APIConnect}/{@code Connect}). */
    public String address() {
        return address.shortLink();
    }

    /**
     * Connects via the bot's address: {@link ConnectResult#CONNECTED} with auto-accept (or through a business
     * address, which opens a business chat), else {@link ConnectResult#PENDING}.
     */
    public ConnectResult connectToBot() {
        return actions.contacts().connect(this, false);
    }

    /** Connects showing the bot a random profile instead of this person's own, as SimpleX's incognito mode does. */
    public ConnectResult connectIncognito() {
        return actions.contacts().connect(this, true);
    }

    /** Opens a link the bot made: its address, a one-time invitation ({@code APIAddContact}) or a group link. */
    public void useLink(String link) {
        actions.contacts().useLink(this, link);
    }

    public boolean isConnected() {
        return connected.isDone() && !connected.isCompletedExceptionally();
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

    /** The business chat (a group) this person has with the bot after connecting to its business address. */
    public SimGroup businessChat() {
        return actions.contacts().businessChat(this);
    }

    /** Changes this person's profile (null keeps a field): the bot sees contactUpdated, and groupMemberUpdated per group. */
    public void updateProfile(String displayName, String fullName, String shortDescr) {
        actions.contacts().updateProfile(this, displayName, fullName, shortDescr);
    }

    /** Deletes the contact with the bot ({@code contactDeletedByContact}); the bot can no longer write to them. */
    public void deleteContact() {
        actions.contacts().deleteContact(this);
    }

    /** As a member of {@code group}, invites the bot to a direct contact ({@code newMemberContactReceivedInv}). */
    public void inviteBotToContact(SimGroup group) {
        actions.contacts().contactFromGroup(this, group);
    }

    /** Sends a text message to the bot; returns the bot's chat item id for it. */
    public long send(String text) {
        return send(text, SendOptions.direct());
    }

    /** Sends a message as {@code options} say: to a group, quoting, disappearing, live. */
    public long send(String text, SendOptions options) {
        return actions.messages().send(this, text, options);
    }

    /** Sends a reply quoting the bot's item {@code quotedItemId}. */
    public long reply(long quotedItemId, String text) {
        return send(text, SendOptions.direct().quoting(quotedItemId));
    }

    /** Sends a file with a caption; the bot gets {@code newChatItems} and {@code rcvFileDescrReady}. */
    public long sendFile(Path file, String text) {
        return actions.messages().sendFile(this, file, text, null);
    }

    public long sendFileToGroup(SimGroup group, Path file, String text) {
        return actions.messages().sendFile(this, file, text, group);
    }

    /** Cancels a file this person sent before the bot received it ({@code rcvFileSndCancelled}). */
    public void cancelFile(long itemId) {
        actions.messages().cancelFile(this, itemId);
    }

    public void react(long itemId, String emoji, boolean add) {
        actions.messages().react(this, itemId, emoji, add);
    }

    /** Edits one of this person's own messages (finishing it, if it was live). */
    public void update(long itemId, String text) {
        actions.messages().update(this, itemId, text, false);
    }

    /** Goes on typing a live message: the bot sees the new text, still live. */
    public void updateLive(long itemId, String text) {
        actions.messages().update(this, itemId, text, true);
    }

    /** Deletes one of this person's own messages for everyone. */
    public void delete(long itemId) {
        actions.messages().delete(this, itemId);
    }

    /** This person's app confirms it got the bot's message {@code itemId} (a delivery receipt). */
    public void sendReceipt(long itemId) {
        actions.messages().sendReceipt(this, itemId);
    }

    public long sendToGroup(SimGroup group, String text) {
        return send(text, SendOptions.direct().inGroup(group));
    }

    public void leaveGroup(SimGroup group) {
        actions.groups().leaveGroup(this, group);
    }

    /** Joins a group through the bot's group link (the group needs one: {@code APICreateGroupLink}). */
    public void joinViaGroupLink(SimGroup group) {
        actions.groups().joinViaGroupLink(this, group);
    }

    /** As an admin, adds {@code member}: the bot sees them announced, then connects ({@code joinedGroupMemberConnecting}). */
    public void addMember(SimGroup group, SimPerson member, GroupRole role) {
        actions.groups().addMember(this, group, member, role);
    }

    /** As an admin, removes {@code member} ({@code deletedMember}; with their messages, also {@code groupChatItemsDeleted}). */
    public void removeMember(SimGroup group, SimPerson member, boolean withMessages) {
        actions.groups().removeMember(this, group, member, withMessages);
    }

    /** As an admin, removes the bot from the group ({@code deletedMemberUser}). */
    public void removeBot(SimGroup group, boolean withMessages) {
        actions.groups().removeBot(this, group, withMessages);
    }

    /** As an admin, changes a member's role ({@code memberRole}). */
    public void changeRole(SimGroup group, SimPerson member, GroupRole role) {
        actions.groups().changeRole(this, group, member, role);
    }

    /** As an admin, changes the bot's role ({@code memberRole} about the bot). */
    public void changeBotRole(SimGroup group, GroupRole role) {
        actions.groups().changeBotRole(this, group, role);
    }

    /** As a moderator, blocks or unblocks {@code member} for everyone ({@code memberBlockedForAll}). */
    public void block(SimGroup group, SimPerson member, boolean blocked) {
        actions.groups().block(this, group, member, blocked);
    }

    /** As a moderator, lets in a member waiting for review ({@code memberAcceptedByOther}). */
    public void acceptMember(SimGroup group, SimPerson member, GroupRole role) {
        actions.groups().acceptMember(this, group, member, role);
    }

    /** As a moderator, deletes message {@code itemId} for everyone ({@code groupChatItemsDeleted}). */
    public void moderate(SimGroup group, long itemId) {
        actions.groups().moderate(this, group, itemId);
    }

    /** As the owner, changes the group's profile (null keeps a field) ({@code groupUpdated}). */
    public void updateGroup(SimGroup group, String displayName, String fullName, String description) {
        actions.groups().updateGroup(this, group, displayName, fullName, description);
    }

    /** As the owner, deletes the group ({@code groupDeleted}). */
    public void deleteGroup(SimGroup group) {
        actions.groups().deleteGroup(this, group);
    }

    /** Makes a group with {@code members} and a link for the bot to join through ({@code groupLinkConnecting}). */
    public String groupLink(String groupName, SimPerson... members) {
        return actions.groups().groupLink(this, groupName, java.util.Arrays.asList(members));
    }

    /** This person's business address: the bot connecting to it becomes their customer ({@code businessLinkConnecting}). */
    public String businessAddress() {
        return actions.groups().businessAddress(this);
    }

    /** The next direct message from the bot not taken yet. */
    public SimMessage nextMessage(Duration timeout) {
        return take(inbox(DIRECT), timeout, "message");
    }

    public SimMessage nextGroupMessage(SimGroup group, Duration timeout) {
        return take(inbox(group.groupId()), timeout, "message in " + group.name());
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
        return profile;
    }

    void changeProfile(ObjectNode newProfile) {
        profile = newProfile;
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
