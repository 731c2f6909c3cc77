package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What simulated people do, applied to the state under its lock, with the events the bot's CLI would emit.
 * Misuse (not connected, not a member, someone else's message) is an {@link IllegalStateException} or
 * {@link IllegalArgumentException} for the test author, never a silent no-op.
 */
final class PersonActions {
    private final SimState state;
    private final EventRelay events;
    private final Delivery delivery;

    PersonActions(SimState state, EventRelay events, Delivery delivery) {
        this.state = state;
        this.events = events;
        this.delivery = delivery;
    }

    private Entities.User botUser() {
        return state.users.values().stream().filter(u -> u.active).findFirst()
                .orElseThrow(() -> new IllegalStateException("the simulated CLI has no active user yet (the bot creates one with CreateActiveUser)"));
    }

    ConnectResult connect(SimPerson person) {
        return state.locked(() -> {
            Entities.User user = botUser();
            Entities.Contact existing = state.contactOf(user, person);
            if (existing != null && existing.ready) {
                return ConnectResult.CONNECTED;
            }
            if (state.contactRequests.values().stream().anyMatch(r -> r.person == person && r.userId == user.userId)) {
                return ConnectResult.PENDING;
            }
            Entities.Address address = user.address;
            if (address != null && !address.autoAccept()) {
                Entities.ContactRequest request = new Entities.ContactRequest(state.nextId(), user.userId, state.nextId(), address.linkId, person);
                state.contactRequests.put(request.contactRequestId, request);
                events.publish(Responses.of("receivedContactRequest", user).set("contactRequest", LinkJson.contactRequest(request)));
                return ConnectResult.PENDING;
            }
            // Without an address the person connects as through a one-time invitation: no request, no welcome.
            Entities.Contact contact = state.addContact(user, person, address == null ? null : address.linkId);
            if (address != null) {
                events.publish(Responses.of("acceptingContactRequest", user).set("contact", ContactJson.contact(contact, user)));
            }
            contact.ready = true;
            person.markConnected();
            events.publish(Responses.of("contactConnected", user).set("contact", ContactJson.contact(contact, user)));
            if (address != null && address.settings.path("autoReply").isObject()) {
                Entities.ChatItem welcome = state.addItem(user, ChatKey.direct(contact.contactId), true, null, null,
                        address.settings.get("autoReply").deepCopy(), null);
                delivery.sent(welcome);
                events.publish(newItems(user, welcome));
            }
            return ConnectResult.CONNECTED;
        });
    }

    private Entities.Contact readyContact(Entities.User user, SimPerson person) {
        Entities.Contact contact = state.contactOf(user, person);
        if (contact == null || !contact.ready) {
            throw new IllegalStateException(person.name() + " is not connected to the bot: call connectToBot() first");
        }
        return contact;
    }

    private ObjectNode newItems(Entities.User user, Entities.ChatItem item) {
        return Responses.of("newChatItems", user).set("chatItems", SimJson.array().add(state.json.aChatItem(item)));
    }

    long send(SimPerson person, String text, Long quotedItemId) {
        return state.locked(() -> {
            Entities.User user = botUser();
            ChatKey chat = ChatKey.direct(readyContact(user, person).contactId);
            if (quotedItemId != null) {
                item(chat, quotedItemId);
            }
            Entities.ChatItem item = state.addItem(user, chat, false, null, person, textContent("text", text), quotedItemId);
            events.publish(newItems(user, item));
            return item.itemId;
        });
    }

    long sendFile(SimPerson person, Path file, String text) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("not a file: " + file);
        }
        return state.locked(() -> {
            Entities.User user = botUser();
            ChatKey chat = ChatKey.direct(readyContact(user, person).contactId);
            Path stored = store(file);
            Entities.File entity = new Entities.File(state.nextId(), user.userId, file.getFileName().toString(), size(stored), stored, false);
            Entities.ChatItem item = state.addItem(user, chat, false, null, person, textContent("file", text), null);
            entity.itemId = item.itemId;
            item.file = entity;
            state.files.put(entity.fileId, entity);
            events.publish(newItems(user, item));
            ObjectNode ready = Responses.of("rcvFileDescrReady", user);
            ready.set("chatItem", state.json.aChatItem(item));
            ready.set("rcvFileTransfer", FileJson.rcvFileTransfer(entity, person.name(), null, false));
            ready.set("rcvFileDescr", FileJson.rcvFileDescr(entity));
            events.publish(ready);
            return item.itemId;
        });
    }

    /** A copy in the simulator's file storage, standing in for the XFTP servers. */
    private Path store(Path file) {
        try {
            Path dir = Files.createDirectories(state.filesDir.resolve("upload-" + state.nextId()));
            return Files.copy(file, dir.resolve(file.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store " + file, e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode textContent(String type, String text) {
        return SimJson.typed(type).put("text", text);
    }

    private Entities.ChatItem item(ChatKey chat, long itemId) {
        Entities.ChatItem item = state.items.get(itemId);
        if (item == null || !item.chat.equals(chat)) {
            throw new IllegalArgumentException("no item " + itemId + " in this chat");
        }
        return item;
    }

    /** The chat an item is in, checked to be one this person takes part in. */
    private Entities.ChatItem visibleItem(Entities.User user, SimPerson person, long itemId) {
        Entities.ChatItem item = state.items.get(itemId);
        if (item == null) {
            throw new IllegalArgumentException("no chat item " + itemId);
        }
        boolean visible = item.chat.kind() == ChatKey.Kind.DIRECT
                ? state.contacts.get(item.chat.id()).person == person
                : state.memberOf(state.groups.get(item.chat.id()), person) != null;
        if (!visible) {
            throw new IllegalArgumentException(person.name() + " cannot see chat item " + itemId);
        }
        return item;
    }

    void react(SimPerson person, long itemId, String emoji, boolean add) {
        state.locked(() -> {
            Entities.User user = botUser();
            Entities.ChatItem item = visibleItem(user, person, itemId);
            ObjectNode reaction = SimJson.typed("emoji").put("emoji", emoji);
            item.reactions.removeIf(r -> r.person() == person && r.reaction().equals(reaction));
            Entities.Reaction entry = new Entities.Reaction(reaction, person, SimJson.now());
            if (add) {
                item.reactions.add(entry);
            }
            Entities.Member member = item.chat.kind() == ChatKey.Kind.GROUP ? state.memberOf(state.groups.get(item.chat.id()), person) : null;
            events.publish(Responses.of("chatItemReaction", user).put("added", add).set("reaction", state.json.reaction(item, entry, member)));
        });
    }

    private Entities.ChatItem ownItem(SimPerson person, long itemId) {
        Entities.ChatItem item = visibleItem(botUser(), person, itemId);
        if (item.sender != person || item.deleted != null) {
            throw new IllegalArgumentException("chat item " + itemId + " is not a live message of " + person.name());
        }
        return item;
    }

    void update(SimPerson person, long itemId, String text) {
        state.locked(() -> {
            Entities.ChatItem item = ownItem(person, itemId);
            item.msgContent = item.msgContent.deepCopy().put("text", text);
            item.edited = true;
            item.updatedAt = SimJson.now();
            events.publish(Responses.of("chatItemUpdated", botUser()).set("chatItem", state.json.aChatItem(item)));
        });
    }

    void delete(SimPerson person, long itemId) {
        state.locked(() -> {
            Entities.ChatItem item = ownItem(person, itemId);
            ObjectNode before = state.json.aChatItem(item);
            item.deleted = SimJson.typed("deleted").put("deletedTs", SimJson.now())
                    .put("chatType", item.chat.kind() == ChatKey.Kind.DIRECT ? "direct" : "group");
            ObjectNode deletions = state.json.deletion(before, state.json.aChatItem(item));
            ObjectNode event = Responses.of("chatItemsDeleted", botUser()).<ObjectNode>set("chatItemDeletions", SimJson.array().add(deletions))
                    .put("byUser", false).put("timed", false);
            events.publish(event);
        });
    }

    private Entities.Group group(SimGroup handle) {
        Entities.Group group = state.groups.get(handle.groupId());
        if (group == null) {
            throw new IllegalArgumentException("no group " + handle);
        }
        return group;
    }

    long sendToGroup(SimPerson person, SimGroup handle, String text) {
        return state.locked(() -> {
            Entities.Group group = group(handle);
            Entities.Member member = state.memberOf(group, person);
            if (member == null || !member.active()) {
                throw new IllegalStateException(person.name() + " is not an active member of " + handle.name());
            }
            if (!group.membership.active()) {
                throw new IllegalStateException("the bot has not joined " + handle.name() + " (it must APIJoinGroup first)");
            }
            Entities.User user = state.users.get(group.userId);
            Entities.ChatItem item = state.addItem(user, ChatKey.group(group.groupId), false, member, person, textContent("text", text), null);
            events.publish(newItems(user, item));
            return item.itemId;
        });
    }

    void leaveGroup(SimPerson person, SimGroup handle) {
        state.locked(() -> {
            Entities.Group group = group(handle);
            Entities.Member member = state.memberOf(group, person);
            if (member == null) {
                throw new IllegalStateException(person.name() + " is not in " + handle.name());
            }
            member.status = "left";
            Entities.User user = state.users.get(group.userId);
            events.publish(Responses.of("leftMember", user).<ObjectNode>set("groupInfo", GroupJson.groupInfo(group)).set("member", GroupJson.member(member)));
        });
    }

    void joinViaGroupLink(SimPerson person, SimGroup handle) {
        state.locked(() -> {
            Entities.Group group = group(handle);
            if (group.link == null) {
                throw new IllegalStateException(handle.name() + " has no group link (the bot creates it with APICreateGroupLink)");
            }
            if (state.memberOf(group, person) != null) {
                throw new IllegalStateException(person.name() + " is already in " + handle.name());
            }
            Entities.User user = state.users.get(group.userId);
            boolean review = "all".equals(group.profile.path("memberAdmission").path("review").asText());
            Entities.Member member = state.addMember(group, person, group.link.acceptMemberRole,
                    review ? "pending_approval" : "connected", "invitee", null, true);
            List<ObjectNode> joined = new ArrayList<>(GroupCommands.memberJoined(state, user, group, member));
            events.publishAll(review ? joined.subList(0, 1) : joined);
        });
    }

    /** A group of simulated people that invites the bot; with {@code join} the bot accepts at once. */
    SimGroup createGroup(String name, GroupRole botRole, boolean join, SimPerson owner, List<SimPerson> members) {
        return state.locked(() -> {
            Entities.User user = botUser();
            Entities.Contact ownerContact = readyContact(user, owner);
            Entities.Group group = new Entities.Group(state.nextId(), user.userId, ProfileJson.profile(name));
            state.groups.put(group.groupId, group);
            Entities.Member host = state.addMember(group, owner, GroupRole.OWNER, "connected", "host", null, false);
            for (SimPerson member : members) {
                state.addMember(group, member, GroupRole.MEMBER, "connected", "pre", ownerContact.contactId, false);
            }
            group.membership = new Entities.Member(state.nextId(), group.groupId, 0, "sim-member-bot-" + group.groupId, user.profileId,
                    "user", null, user.profile, botRole, "invited", ownerContact.contactId, false);
            ObjectNode invitation = Responses.of("receivedGroupInvitation", user);
            invitation.set("groupInfo", GroupJson.groupInfo(group));
            invitation.set("contact", ContactJson.contact(ownerContact, user));
            invitation.put("fromMemberRole", GroupRole.OWNER.json());
            invitation.put("memberRole", botRole.json());
            events.publish(invitation);
            if (join) {
                group.membership.status = "connected";
                events.publishAll(GroupCommands.joinedEvents(user, group, host));
            }
            return new SimGroup(name, group.groupId);
        });
    }
}
