package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/** Listing and deleting conversations, custom data, auto-accepting member contacts. */
final class ChatCommands {
    private final SimState state;

    ChatCommands(SimState state) {
        this.state = state;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("APIListContacts", this::listContacts);
        dispatcher.register("APIListGroups", this::listGroups);
        dispatcher.register("APIDeleteChat", this::deleteChat);
        dispatcher.register("APISetGroupCustomData", p -> {
            Entities.User user = state.activeUser();
            state.group(user, Params.id(p, "groupId")).customData = copy(Params.optionalObject(p, "customData"));
            return CommandResult.of(Responses.cmdOk(user));
        });
        dispatcher.register("APISetContactCustomData", p -> {
            Entities.User user = state.activeUser();
            state.contact(user, Params.id(p, "contactId")).customData = copy(Params.optionalObject(p, "customData"));
            return CommandResult.of(Responses.cmdOk(user));
        });
        dispatcher.register("APISetUserAutoAcceptMemberContacts", p -> {
            Entities.User user = state.user(Params.id(p, "userId"));
            user.autoAcceptMemberContacts = Params.flag(p, "onOff");
            return CommandResult.of(Responses.cmdOk(user));
        });
    }

    private static ObjectNode copy(ObjectNode node) {
        return node == null ? null : node.deepCopy();
    }

    private CommandResult listContacts(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        ArrayNode contacts = SimJson.array();
        state.contacts.values().stream().filter(c -> c.userId == user.userId && !c.deleted)
                .forEach(c -> contacts.add(ContactJson.contact(c, user)));
        return CommandResult.of(Responses.of("contactsList", user).set("contacts", contacts));
    }

    private CommandResult listGroups(ObjectNode params) {
        Entities.User user = state.user(Params.id(params, "userId"));
        Long contactId = Params.optionalId(params, "contactId_");
        Entities.Contact contact = contactId == null ? null : state.contact(user, contactId);
        String search = Params.text(params, "search");
        ArrayNode groups = SimJson.array();
        state.groups.values().stream()
                .filter(g -> g.userId == user.userId)
                .filter(g -> contact == null || state.memberOf(g, contact.person) != null)
                .filter(g -> search == null || g.displayName().toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT)))
                .forEach(g -> groups.add(GroupJson.groupInfo(g)));
        return CommandResult.of(Responses.of("groupsList", user).set("groups", groups));
    }

    private CommandResult deleteChat(ObjectNode params) {
        Entities.User user = state.activeUser();
        ChatKey chat = Params.chatRef(params, "chatRef", state, user);
        String mode = Params.object(params, "chatDeleteMode").path("type").asText("full");
        if (chat.kind() == ChatKey.Kind.LOCAL) {
            throw ChatErrors.commandError("the note folder cannot be deleted; delete its items with APIDeleteChatItem");
        }
        if (chat.kind() == ChatKey.Kind.GROUP && !mode.equals("messages")) {
            Entities.Group group = state.groups.get(chat.id());
            if (group.membership.current() && !group.membership.role.atLeast(GroupRole.OWNER)) {
                throw ChatErrors.groupUserRole(GroupJson.groupInfo(group), GroupRole.OWNER);
            }
        }
        state.items.values().removeIf(i -> i.chat.equals(chat));
        if (chat.kind() == ChatKey.Kind.DIRECT) {
            Entities.Contact contact = state.contacts.get(chat.id());
            if (!mode.equals("messages")) {
                contact.deleted = true;
                contact.person.disconnected();
            }
            return CommandResult.of(Responses.of("contactDeleted", user).set("contact", ContactJson.contact(contact, user)));
        }
        Entities.Group group = state.groups.get(chat.id());
        if (!mode.equals("messages")) {
            state.groups.remove(group.groupId);
        }
        return CommandResult.of(Responses.of("groupDeletedUser", user).set("groupInfo", GroupJson.groupInfo(group)));
    }
}
