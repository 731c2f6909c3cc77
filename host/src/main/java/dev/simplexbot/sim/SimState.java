package dev.simplexbot.sim;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Everything the simulated CLI knows: users, contacts, groups, items, files, links. One lock guards it
 * all; handlers and simulated people only touch it inside {@link #locked}.
 */
final class SimState {
    final Map<Long, Entities.User> users = new LinkedHashMap<>();
    final Map<Long, Entities.Contact> contacts = new LinkedHashMap<>();
    final Map<Long, Entities.ContactRequest> contactRequests = new LinkedHashMap<>();
    final Map<Long, Entities.PendingConnection> pendingConnections = new LinkedHashMap<>();
    final Map<Long, Entities.Group> groups = new LinkedHashMap<>();
    final Map<Long, Entities.ChatItem> items = new LinkedHashMap<>();
    final Map<Long, Entities.File> files = new LinkedHashMap<>();
    final Map<String, SimPerson> people = new LinkedHashMap<>();
    final Path filesDir;
    final Path receiveDir;
    final ChatItemJson json = new ChatItemJson(this);
    /** Links people made for the bot to use: their business addresses and their groups' links. */
    final Map<String, PersonLink> personLinks = new LinkedHashMap<>();
    final SimNetwork network = new SimNetwork();
    boolean chatRunning = true;
    /** Files people send are received at once, as the CLI does with its auto-accept option. */
    boolean autoReceiveFiles;
    /** Faults armed for the next files the bot sends, oldest first. */
    final java.util.Deque<Entities.FileFault> sendFileFaults = new java.util.ArrayDeque<>();

    private final ReentrantLock lock = new ReentrantLock();
    private long nextId = 1;
    private long nextItemId = 1;
    private long nextNoteFolderId = 1;

    SimState(Path filesDir, Path receiveDir) {
        this.filesDir = filesDir;
        this.receiveDir = receiveDir;
    }

    <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    void locked(Runnable action) {
        locked(() -> {
            action.run();
            return null;
        });
    }

    /** Ids for users, contacts, groups, members, files, links: one sequence is enough to keep them unique. */
    long nextId() {
        return nextId++;
    }

    /** Note folders are numbered from 1 in the order users are made, as in the CLI's database. */
    long nextNoteFolderId() {
        return nextNoteFolderId++;
    }

    /** Chat item ids increase monotonically across all chats. */
    long nextItemId() {
        return nextItemId++;
    }

    Entities.Link newLink(String kind) {
        long token = nextId();
        String mode = kind.equals("invitation") ? "invitation" : "contact";
        String shortPath = switch (kind) {
            case "invitation" -> "i";
            case "group" -> "g";
            default -> "a";
        };
        String full = "simplex:/" + mode + "#/?v=2-7&smp=smp%3A%2F%2Fsim%40localhost%2Fsim-" + kind + "-" + token;
        return new Entities.Link(full, "https://localhost/" + shortPath + "#sim-" + kind + "-" + token);
    }

    Entities.User activeUser() {
        return users.values().stream().filter(u -> u.active).findFirst().orElseThrow(ChatErrors::noActiveUser);
    }

    Entities.User user(long userId) {
        Entities.User user = users.get(userId);
        if (user == null) {
            throw ChatErrors.userNotFound(userId);
        }
        return user;
    }

    Entities.Contact contact(Entities.User user, long contactId) {
        Entities.Contact contact = contacts.get(contactId);
        if (contact == null || contact.userId != user.userId || contact.deleted) {
            throw ChatErrors.contactNotFound(contactId);
        }
        return contact;
    }

    Entities.Group group(Entities.User user, long groupId) {
        Entities.Group group = groups.get(groupId);
        if (group == null || group.userId != user.userId) {
            throw ChatErrors.groupNotFound(groupId);
        }
        return group;
    }

    Entities.Member member(Entities.Group group, long groupMemberId) {
        return group.members.stream().filter(m -> m.groupMemberId == groupMemberId).findFirst()
                .orElseThrow(() -> ChatErrors.groupMemberNotFound(groupMemberId));
    }

    Entities.ChatItem item(ChatKey chat, long itemId) {
        Entities.ChatItem item = items.get(itemId);
        if (item == null || !item.chat.equals(chat)) {
            throw ChatErrors.chatItemNotFound(itemId);
        }
        return item;
    }

    List<Entities.ChatItem> itemsOf(ChatKey chat) {
        return items.values().stream().filter(i -> i.chat.equals(chat)).toList();
    }

    /** The person's contact with the user that both sides still have; null when there is none. */
    Entities.Contact contactOf(Entities.User user, SimPerson person) {
        return contacts.values().stream().filter(c -> c.userId == user.userId && c.person == person && c.active())
                .findFirst().orElse(null);
    }

    /** The user whose note folder has this id. */
    Entities.User noteFolderOwner(long noteFolderId) {
        return users.values().stream().filter(u -> u.noteFolderId == noteFolderId).findFirst()
                .orElseThrow(() -> ChatErrors.store("noteFolderNotFound", "noteFolderId", noteFolderId));
    }

    Entities.Contact addContact(Entities.User user, SimPerson person, Long viaUserContactLink) {
        Entities.Contact contact = new Entities.Contact(nextId(), user.userId, nextId(), nextId(), person, viaUserContactLink);
        contacts.put(contact.contactId, contact);
        return contact;
    }

    Entities.Member addMember(Entities.Group group, SimPerson person, GroupRole role, String status, String category,
                              Long invitedByContactId, boolean invitedByUser) {
        Entities.User user = users.get(group.userId);
        Entities.Contact contact = person == null ? null : contactOf(user, person);
        long id = nextId();
        Entities.Member member = new Entities.Member(id, group.groupId, group.nextIndex++, "sim-member-" + id, nextId(), category,
                person, person == null ? user.profile : person.profile().deepCopy(), role, status, invitedByContactId, invitedByUser);
        member.contactId = contact == null ? null : contact.contactId;
        group.members.add(member);
        return member;
    }

    Entities.ChatItem addItem(Entities.User user, ChatKey chat, boolean sent, Entities.Member author, SimPerson sender,
                              com.fasterxml.jackson.databind.node.ObjectNode msgContent, Long quotedItemId) {
        Entities.ChatItem item = new Entities.ChatItem(nextItemId(), user.userId, chat, sent, author, sender, msgContent, quotedItemId);
        items.put(item.itemId, item);
        return item;
    }

    Entities.Member memberOf(Entities.Group group, SimPerson person) {
        return group.members.stream().filter(m -> m.person == person && m.current()).findFirst().orElse(null);
    }
}
