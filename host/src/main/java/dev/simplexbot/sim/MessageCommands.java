package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Sending, editing, deleting, moderating and reacting to messages. */
final class MessageCommands {
    private final SimState state;
    private final Delivery delivery;

    MessageCommands(SimState state, Delivery delivery) {
        this.state = state;
        this.delivery = delivery;
    }

    void registerWith(CommandDispatcher dispatcher) {
        dispatcher.register("APISendMessages", this::send);
        dispatcher.register("APIUpdateChatItem", this::update);
        dispatcher.register("APIDeleteChatItem", this::delete);
        dispatcher.register("APIDeleteMemberChatItem", this::moderate);
        dispatcher.register("APIChatItemReaction", this::react);
    }

    private CommandResult send(ObjectNode params) {
        Entities.User user = state.activeUser();
        ChatKey chat = Params.chatRef(params, "sendRef", state, user);
        checkCanSend(chat);
        JsonNode composed = params.get("composedMessages");
        if (composed == null || !composed.isArray() || composed.isEmpty()) {
            throw ChatErrors.commandError("composedMessages must be a non-empty list");
        }
        for (JsonNode message : composed) {
            validate(chat, message);
        }
        ArrayNode items = SimJson.array();
        List<ObjectNode> events = new ArrayList<>();
        for (JsonNode message : composed) {
            Entities.ChatItem item = state.addItem(user, chat, true, null, null, (ObjectNode) message.get("msgContent").deepCopy(),
                    message.hasNonNull("quotedItemId") ? message.get("quotedItemId").asLong() : null);
            String filePath = SimJson.text(message.path("fileSource"), "filePath");
            if (filePath != null) {
                Path source = Path.of(filePath);
                Entities.File file = new Entities.File(state.nextId(), user.userId, source.getFileName().toString(), size(source), source, true);
                file.itemId = item.itemId;
                file.state = Entities.FileState.SND_COMPLETE;
                state.files.put(file.fileId, file);
                item.file = file;
                events.add(Responses.of("sndFileCompleteXFTP", user).<ObjectNode>set("chatItem", state.json.aChatItem(item))
                        .set("fileTransferMeta", FileJson.transferMeta(file)));
            }
            delivery.sent(item);
            items.add(state.json.aChatItem(item));
        }
        return new CommandResult(Responses.of("newChatItems", user).set("chatItems", items), events);
    }

    private void checkCanSend(ChatKey chat) {
        if (chat.kind() == ChatKey.Kind.DIRECT) {
            Entities.Contact contact = state.contacts.get(chat.id());
            if (!contact.ready) {
                throw ChatErrors.chat(SimJson.typed("contactNotReady").set("contact", ContactJson.contact(contact, state.users.get(contact.userId))));
            }
            return;
        }
        Entities.Group group = state.groups.get(chat.id());
        if (!group.membership.active()) {
            throw ChatErrors.chat(SimJson.typed("groupNotJoined").set("groupInfo", GroupJson.groupInfo(group)));
        }
        if (!group.membership.role.atLeast(GroupRole.AUTHOR)) {
            throw ChatErrors.groupUserRole(GroupJson.groupInfo(group), GroupRole.AUTHOR);
        }
    }

    private void validate(ChatKey chat, JsonNode message) {
        if (!message.path("msgContent").isObject() || !message.path("msgContent").has("type")) {
            throw ChatErrors.commandError("each composed message needs a msgContent with a type");
        }
        if (message.hasNonNull("quotedItemId")) {
            long quoted = message.get("quotedItemId").asLong();
            Entities.ChatItem item = state.items.get(quoted);
            if (item == null || !item.chat.equals(chat)) {
                throw ChatErrors.store("invalidQuote");
            }
        }
        String filePath = SimJson.text(message.path("fileSource"), "filePath");
        if (filePath != null && !Files.isRegularFile(Path.of(filePath))) {
            throw ChatErrors.messageError("fileNotFound", "message", "file not found: " + filePath);
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            throw ChatErrors.messageError("fileNotFound", "message", "cannot read " + path + ": " + e.getMessage());
        }
    }

    private CommandResult update(ObjectNode params) {
        Entities.User user = state.activeUser();
        ChatKey chat = Params.chatRef(params, "chatRef", state, user);
        Entities.ChatItem item = state.item(chat, Params.id(params, "chatItemId"));
        ObjectNode content = (ObjectNode) Params.object(params, "updatedMessage").get("msgContent");
        if (!item.sent || item.deleted != null || content == null || !content.path("type").asText().equals(item.msgContent.path("type").asText())) {
            throw ChatErrors.chat("invalidChatItemUpdate");
        }
        if (content.equals(item.msgContent)) {
            return CommandResult.of(Responses.of("chatItemNotChanged", user).set("chatItem", state.json.aChatItem(item)));
        }
        item.msgContent = content.deepCopy();
        item.edited = true;
        item.updatedAt = SimJson.now();
        delivery.updated(item);
        return CommandResult.of(Responses.of("chatItemUpdated", user).set("chatItem", state.json.aChatItem(item)));
    }

    private CommandResult delete(ObjectNode params) {
        Entities.User user = state.activeUser();
        ChatKey chat = Params.chatRef(params, "chatRef", state, user);
        String mode = Params.text(params, "deleteMode");
        List<Entities.ChatItem> items = Params.ids(params, "chatItemIds").stream().map(id -> state.item(chat, id)).toList();
        if ("broadcast".equals(mode) && items.stream().anyMatch(i -> !i.sent)) {
            throw ChatErrors.chat("invalidChatItemDelete");
        }
        ArrayNode deletions = SimJson.array();
        for (Entities.ChatItem item : items) {
            ObjectNode before = state.json.aChatItem(item);
            ObjectNode after = null;
            if ("internal".equals(mode)) {
                state.items.remove(item.itemId);
            } else {
                item.deleted = SimJson.typed("deleted").put("deletedTs", SimJson.now())
                        .put("chatType", chat.kind() == ChatKey.Kind.DIRECT ? "direct" : "group");
                after = state.json.aChatItem(item);
            }
            if ("broadcast".equals(mode)) {
                delivery.deleted(item);
            }
            deletions.add(state.json.deletion(before, after));
        }
        return CommandResult.of(deleted(user, deletions));
    }

    private CommandResult moderate(ObjectNode params) {
        Entities.User user = state.activeUser();
        Entities.Group group = state.group(user, Params.id(params, "groupId"));
        ChatKey chat = ChatKey.group(group.groupId);
        List<Entities.ChatItem> items = Params.ids(params, "chatItemIds").stream().map(id -> state.item(chat, id)).toList();
        if (!group.membership.role.atLeast(GroupRole.MODERATOR)) {
            throw ChatErrors.groupUserRole(GroupJson.groupInfo(group), GroupRole.MODERATOR);
        }
        for (Entities.ChatItem item : items) {
            if (item.author != null && item.author.role.compareTo(group.membership.role) > 0) {
                throw ChatErrors.groupUserRole(GroupJson.groupInfo(group), item.author.role);
            }
        }
        ArrayNode deletions = SimJson.array();
        for (Entities.ChatItem item : items) {
            ObjectNode before = state.json.aChatItem(item);
            item.deleted = SimJson.typed("moderated").put("deletedTs", SimJson.now()).set("byGroupMember", GroupJson.member(group.membership));
            delivery.deleted(item);
            deletions.add(state.json.deletion(before, state.json.aChatItem(item)));
        }
        return CommandResult.of(deleted(user, deletions));
    }

    static ObjectNode deleted(Entities.User user, ArrayNode deletions) {
        return Responses.of("chatItemsDeleted", user).<ObjectNode>set("chatItemDeletions", deletions).put("byUser", true).put("timed", false);
    }

    private CommandResult react(ObjectNode params) {
        Entities.User user = state.activeUser();
        ChatKey chat = Params.chatRef(params, "chatRef", state, user);
        Entities.ChatItem item = state.item(chat, Params.id(params, "chatItemId"));
        ObjectNode reaction = Params.object(params, "reaction");
        boolean add = Params.flag(params, "add");
        if (item.deleted != null) {
            throw ChatErrors.chatItemNotFound(item.itemId);
        }
        Entities.Reaction entry = new Entities.Reaction(reaction.deepCopy(), null, SimJson.now());
        item.reactions.removeIf(r -> r.person() == null && r.reaction().equals(reaction));
        if (add) {
            item.reactions.add(entry);
        }
        Entities.Member membership = chat.kind() == ChatKey.Kind.GROUP ? state.groups.get(chat.id()).membership : null;
        return CommandResult.of(Responses.of("chatItemReaction", user).put("added", add)
                .set("reaction", state.json.reaction(item, entry, membership)));
    }
}
