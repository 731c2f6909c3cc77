package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What people do with messages, directly or in a group: send (quoting, disappearing, live), edit, delete, react,
 * send and cancel files, and confirm they got the bot's messages (delivery receipts).
 */
final class MessageActions extends ActionSupport {
    private final ContactActions contacts;
    private final TimedItems timed;
    private final FileReception reception;

    MessageActions(SimState state, EventRelay events, Delivery delivery, ContactActions contacts, TimedItems timed,
                   FileReception reception) {
        super(state, events, delivery);
        this.contacts = contacts;
        this.timed = timed;
        this.reception = reception;
    }

    /** Where a person's message goes and who they are there. */
    private record Target(Entities.User user, ChatKey chat, Entities.Member member) {}

    /** The group, or their chat with the bot: a contact, or for a business customer their business chat. */
    private Target target(SimPerson person, SimGroup group) {
        if (group != null) {
            Entities.Group entity = group(group);
            Entities.Member member = activeMember(entity, person);
            if (!entity.membership.active()) {
                throw new IllegalStateException("the bot has not joined " + group.name() + " (it must APIJoinGroup first)");
            }
            return new Target(state.users.get(entity.userId), ChatKey.group(entity.groupId), member);
        }
        Entities.User user = botUser();
        Entities.Contact contact = state.contactOf(user, person);
        if (contact == null || !contact.ready) {
            Entities.Group business = contacts.businessChatOf(user, person);
            if (business != null) {
                return new Target(user, ChatKey.group(business.groupId), state.memberOf(business, person));
            }
        }
        return new Target(user, ChatKey.direct(readyContact(user, person).contactId), null);
    }

    long send(SimPerson person, String text, SendOptions options) {
        return state.locked(() -> {
            Target target = target(person, options.group());
            if (options.quotedItemId() != null) {
                itemIn(target.chat(), options.quotedItemId());
            }
            Entities.ChatItem item = state.addItem(target.user(), target.chat(), false, target.member(), person,
                    textContent("text", text), options.quotedItemId());
            if (options.ttl() != null) {
                timed.start(item, options.ttl());
            }
            if (options.live()) {
                item.live = true;
            }
            fromPeople(newItems(target.user(), item));
            return item.itemId;
        });
    }

    private Entities.ChatItem itemIn(ChatKey chat, long itemId) {
        Entities.ChatItem item = state.items.get(itemId);
        if (item == null || !item.chat.equals(chat)) {
            throw new IllegalArgumentException("no item " + itemId + " in this chat");
        }
        return item;
    }

    long sendFile(SimPerson person, Path file, String text, SimGroup group) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("not a file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException("cannot read " + file);
        }
        return state.locked(() -> {
            Target target = target(person, group);
            Path stored = store(file);
            Entities.User user = target.user();
            Entities.File entity = new Entities.File(state.nextId(), user.userId, file.getFileName().toString(), size(stored), stored, false);
            Entities.ChatItem item = state.addItem(user, target.chat(), false, target.member(), person, textContent("file", text), null);
            entity.itemId = item.itemId;
            item.file = entity;
            state.files.put(entity.fileId, entity);
            List<ObjectNode> caused = new ArrayList<>();
            caused.add(newItems(user, item));
            Long memberId = target.member() == null ? null : target.member().groupMemberId;
            ObjectNode ready = event("rcvFileDescrReady", user);
            ready.set("chatItem", state.json.aChatItem(item));
            ready.set("rcvFileTransfer", FileJson.rcvFileTransfer(entity, person.name(), memberId, false));
            ready.set("rcvFileDescr", FileJson.rcvFileDescr(entity));
            caused.add(ready);
            if (state.autoReceiveFiles) {
                FileReception.Received received;
                try {
                    received = reception.receive(user, entity, null);
                } catch (SimCommandException e) {
                    throw new IllegalStateException("the bot's CLI could not receive " + entity.fileName + " by itself: " + e.getMessage());
                }
                caused.add(event("rcvFileAccepted", user).set("chatItem", received.acceptedItem()));
                caused.addAll(received.events());
            }
            fromPeople(caused);
            return item.itemId;
        });
    }

    /** A copy in the simulator's file storage, standing in for the XFTP servers. */
    private Path store(Path file) {
        try {
            Path dir = Files.createDirectories(state.filesDir.resolve("upload-" + state.nextId()));
            return Files.copy(file, dir.resolve(file.getFileName().toString()));
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot send " + file + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** The sender cancels a file before the bot received it. */
    void cancelFile(SimPerson person, long itemId) {
        state.locked(() -> {
            Entities.ChatItem item = ownItem(person, itemId);
            Entities.File file = item.file;
            if (file == null) {
                throw new IllegalArgumentException("chat item " + itemId + " has no file");
            }
            if (file.state != Entities.FileState.RCV_INVITATION) {
                throw new IllegalStateException(file.fileName + " cannot be cancelled any more: the bot "
                        + (file.state == Entities.FileState.RCV_CANCELLED ? "or its sender cancelled it" : "already received it"));
            }
            file.state = Entities.FileState.RCV_CANCELLED;
            file.cancelledBySender = true;
            Entities.User user = state.users.get(item.userId);
            fromPeople(event("rcvFileSndCancelled", user).<ObjectNode>set("chatItem", state.json.aChatItem(item))
                    .set("rcvFileTransfer", FileJson.rcvFileTransfer(file, person.name(), FileCommands.authorId(item), false)));
        });
    }

    void react(SimPerson person, long itemId, String emoji, boolean add) {
        state.locked(() -> {
            Entities.ChatItem item = visibleItem(person, itemId);
            Entities.User user = state.users.get(item.userId);
            ObjectNode reaction = SimJson.typed("emoji").put("emoji", emoji);
            item.reactions.removeIf(r -> r.person() == person && r.reaction().equals(reaction));
            Entities.Reaction entry = new Entities.Reaction(reaction, person, SimJson.now());
            if (add) {
                item.reactions.add(entry);
            }
            Entities.Member member = item.chat.kind() == ChatKey.Kind.GROUP ? state.memberOf(state.groups.get(item.chat.id()), person) : null;
            fromPeople(event("chatItemReaction", user).put("added", add).set("reaction", state.json.reaction(item, entry, member)));
        });
    }

    private Entities.ChatItem ownItem(SimPerson person, long itemId) {
        Entities.ChatItem item = visibleItem(person, itemId);
        if (item.sender != person || item.deleted != null) {
            throw new IllegalArgumentException("chat item " + itemId + " is not a live message of " + person.name());
        }
        return item;
    }

    /** Edits one of the person's messages; a live message stays live with {@code stillLive}, else it is finished. */
    void update(SimPerson person, long itemId, String text, boolean stillLive) {
        state.locked(() -> {
            Entities.ChatItem item = ownItem(person, itemId);
            if (stillLive && !Boolean.TRUE.equals(item.live)) {
                throw new IllegalStateException("chat item " + itemId + " is not a live message (send one with live: true)");
            }
            item.msgContent = item.msgContent.deepCopy().put("text", text);
            if (item.live != null) {
                item.live = stillLive;
            } else {
                item.edited = true;
            }
            item.updatedAt = SimJson.now();
            fromPeople(event("chatItemUpdated", state.users.get(item.userId)).set("chatItem", state.json.aChatItem(item)));
        });
    }

    void delete(SimPerson person, long itemId) {
        state.locked(() -> {
            Entities.ChatItem item = ownItem(person, itemId);
            ObjectNode before = state.json.aChatItem(item);
            item.deleted = SimJson.typed("deleted").put("deletedTs", SimJson.now()).put("chatType", item.chat.chatType());
            ObjectNode deletions = state.json.deletion(before, state.json.aChatItem(item));
            fromPeople(event("chatItemsDeleted", state.users.get(item.userId)).<ObjectNode>set("chatItemDeletions", SimJson.array().add(deletions))
                    .put("byUser", false).put("timed", false));
        });
    }

    /** The person's app confirms it received the bot's message: the bot's item becomes delivered. */
    void sendReceipt(SimPerson person, long itemId) {
        state.locked(() -> {
            Entities.ChatItem item = botItem(itemId);
            visibleItem(person, itemId);
            item.status = SimJson.typed("sndRcvd").put("msgRcptStatus", "ok").put("sndProgress", "complete");
            fromPeople(statusesUpdated(state.users.get(item.userId), item));
        });
    }

    ObjectNode statusesUpdated(Entities.User user, Entities.ChatItem item) {
        return event("chatItemsStatusesUpdated", user).set("chatItems", SimJson.array().add(state.json.aChatItem(item)));
    }
}
