package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every kind of simulated action needs: the state, the way events reach the bot and the lookups that turn
 * misuse (not connected, not a member, someone else's message) into an {@link IllegalStateException} or
 * {@link IllegalArgumentException} for the test author, never a silent no-op. Call everything under the state lock.
 */
abstract class ActionSupport {
    final SimState state;
    final EventRelay events;
    final Delivery delivery;

    ActionSupport(SimState state, EventRelay events, Delivery delivery) {
        this.state = state;
        this.events = events;
        this.delivery = delivery;
    }

    Entities.User botUser() {
        return state.users.values().stream().filter(u -> u.active).findFirst()
                .orElseThrow(() -> new IllegalStateException("the simulated CLI has no active user yet (the bot creates one with CreateActiveUser)"));
    }

    /** What people do reaches the bot as these events; while the network is down they wait for it. */
    void fromPeople(ObjectNode... caused) {
        for (ObjectNode event : caused) {
            if (state.network.up()) {
                events.publish(event);
            } else {
                state.network.hold(event);
            }
        }
    }

    void fromPeople(java.util.List<ObjectNode> caused) {
        fromPeople(caused.toArray(ObjectNode[]::new));
    }

    Entities.Contact readyContact(Entities.User user, SimPerson person) {
        Entities.Contact contact = state.contactOf(user, person);
        if (contact == null || !contact.ready) {
            throw new IllegalStateException(person.name() + " is not connected to the bot: call connectToBot() first");
        }
        return contact;
    }

    ObjectNode newItems(Entities.User user, Entities.ChatItem item) {
        return Responses.of("newChatItems", user).set("chatItems", SimJson.array().add(state.json.aChatItem(item)));
    }

    Entities.Group group(SimGroup handle) {
        Entities.Group group = state.groups.get(handle.groupId());
        if (group == null) {
            throw new IllegalArgumentException("no group " + handle.name() + " (id " + handle.groupId() + ")");
        }
        return group;
    }

    /** The person's membership, checked to be active (they can act in the group). */
    Entities.Member activeMember(Entities.Group group, SimPerson person) {
        Entities.Member member = state.memberOf(group, person);
        if (member == null || !member.active()) {
            throw new IllegalStateException(person.name() + " is not an active member of " + group.displayName());
        }
        return member;
    }

    /** The person's membership, checked to have at least {@code role} (the CLI refuses otherwise, and so do people). */
    Entities.Member memberWithRole(Entities.Group group, SimPerson person, GroupRole role, String toDoWhat) {
        Entities.Member member = activeMember(group, person);
        if (!member.role.atLeast(role)) {
            throw new IllegalStateException(person.name() + " is " + member.role.json() + " in " + group.displayName()
                    + "; " + toDoWhat + " takes " + role.json() + " or more");
        }
        return member;
    }

    /** The chat item with this id that {@code person} can see (their chat with the bot, or a group they are in). */
    Entities.ChatItem visibleItem(SimPerson person, long itemId) {
        Entities.ChatItem item = state.items.get(itemId);
        if (item == null) {
            throw new IllegalArgumentException("no chat item " + itemId);
        }
        boolean visible = switch (item.chat.kind()) {
            case DIRECT -> state.contacts.get(item.chat.id()).person == person;
            case GROUP -> state.memberOf(state.groups.get(item.chat.id()), person) != null;
            case LOCAL -> false;
        };
        if (!visible) {
            throw new IllegalArgumentException(person.name() + " cannot see chat item " + itemId);
        }
        return item;
    }

    /** One of the bot's own items, for what happens to what it sent (receipts, delivery errors). */
    Entities.ChatItem botItem(long itemId) {
        Entities.ChatItem item = state.items.get(itemId);
        if (item == null || !item.sent || item.chat.kind() == ChatKey.Kind.LOCAL) {
            throw new IllegalArgumentException("chat item " + itemId + " is not a message the bot sent to someone");
        }
        return item;
    }

    static ObjectNode textContent(String type, String text) {
        return SimJson.typed(type).put("text", text);
    }

    static ObjectNode event(String type, Entities.User user) {
        return Responses.of(type, user);
    }

    static ArrayNode ids(long... ids) {
        ArrayNode array = SimJson.array();
        for (long id : ids) {
            array.add(id);
        }
        return array;
    }
}
