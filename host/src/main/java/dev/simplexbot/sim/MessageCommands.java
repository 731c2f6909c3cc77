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
    private final TimedItems timed;

    MessageCommands(SimState state, Delivery delivery, TimedItems timed) {
        this.state = state;
        this.delivery = delivery;
        this.timed = timed;
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
        Integer ttl = ttl(params);
        boolean live = Params.flag(params, "liveMessage");
        ArrayNode items = SimJson.array();
        List<ObjectNode> events = new ArrayList<>();
        for (JsonNode message : composed) {
            Entities.ChatItem item = state.addItem(user, chat, true, null, null, (ObjectNode) message.get("msgContent").deepCopy(),
                    message.hasNonNull("quotedItemId") ? message.get("quotedItemId").asLong() : null);
            if (ttl != null) {
                timed.start(item, ttl);
            }
            if (live) {
                item.live = true;
            }
            String filePath = SimJson.text(message.path("fileSource"), "filePath");
            if (filePath != null) {
                Path source = Path.of(filePath);
                Entities.File file = new Entities.File(state.nextId(), user.userId, source.getFileName().toString(), size(source), source, true);
                file.itemId = item.itemId;
                state.files.put(file.fileId, file);
                item.file = file;
                if (chat.kind() != ChatKey.Kind.LOCAL) {
                    events.addAll(upload(user, item, file));
                }
            }
            delivery.sent(item);
            items.add(state.json.aChatItem(item));
        }
        return new CommandResult(Responses.of("newChatItems", user).set("chatItems", items), events);
    }

    /** The ttl parameter: seconds from 1, or absent. */
    private static Integer ttl(ObjectNode params) {
        Long ttl = Params.optionalId(params, "ttl");
        if (ttl == null) {
            return null;
        }
        if (ttl < 1 || ttl > Integer.MAX_VALUE) {
            throw ChatErrors.commandError("ttl must be a number of seconds from 1, got " + ttl);
        }
        return ttl.intValue();
    }

    /** The upload to the simulated file servers: complete at once, unless a control armed a fault for it. */
    private List<ObjectNode> upload(Entities.User user, Entities.ChatItem item, Entities.File file) {
        Entities.FileFault fault = state.sendFileFaults.pollFirst();
        List<ObjectNode> events = new ArrayList<>();
        if (fault != null) {
            file.state = fault == Entities.FileFault.ERROR ? Entities.FileState.SND_ERROR : Entities.FileState.SND_WARNING;
            events.add(Responses.of(fault == Entities.FileFault.ERROR ? "sndFileError" : "sndFileWarning", user)
                    .<ObjectNode>set("chatItem_", state.json.aChatItem(item)).<ObjectNode>set("fileTransferMeta", FileJson.transferMeta(file))
                    .put("errorMessage", "simulated: the file server " + SimNetwork.XFTP_SERVER + " did not answer"));
            if (fault == Entities.FileFault.ERROR) {
                return events;
            }
        }
        file.state = Entities.FileState.SND_COMPLETE;
        events.add(Responses.of("sndFileCompleteXFTP", user).<ObjectNode>set("chatItem", state.json.aChatItem(item))
                .set("fileTransferMeta", FileJson.transferMeta(file)));
        return events;
    }

    private void checkCanSend(ChatKey chat) {
        if (chat.kind() == ChatKey.Kind.LOCAL) {
            return;
        }
        if (chat.kind() == ChatKey.Kind.DIRECT) {
            Entities.Contact contact = state.contacts.get(chat.id());
            ObjectNode json = ContactJson.contact(contact, state.users.get(contact.userId));
            if (contact.deletedByContact) {
                throw ChatErrors.chat(SimJson.typed("contactNotActive").set("contact", json));
            }
            if (!contact.ready) {
                throw ChatErrors.chat(SimJson.typed("contactNotReady").set("contact", json));
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
        boolean live = Params.flag(params, "liveMessage");
        if (content.equals(item.msgContent) && !(Boolean.TRUE.equals(item.live) && !live)) {
            return CommandResult.of(Responses.of("chatItemNotChanged", user).set("chatItem", state.json.aChatItem(item)));
        }
        item.msgContent = content.deepCopy();
        if (Boolean.TRUE.equals(item.live)) {
            item.live = live;
        } else {
            item.edited = true;
        }
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
                item.deleted = SimJson.typed("deleted").put("deletedTs", SimJson.now()).put("chatType", chat.chatType());
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
        if (chat.kind() == ChatKey.Kind.LOCAL) {
            throw ChatErrors.commandError("notes cannot have reactions");
        }
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
