package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/** ChatInfo, ChatItem, AChatItem, CIQuote, ChatItemDeletion and ACIReaction, as the bot user sees them. */
final class ChatItemJson {
    private final SimState state;

    ChatItemJson(SimState state) {
        this.state = state;
    }

    ObjectNode chatInfo(ChatKey chat) {
        return switch (chat.kind()) {
            case DIRECT -> {
                Entities.Contact contact = state.contacts.get(chat.id());
                yield SimJson.typed("direct").set("contact", ContactJson.contact(contact, state.users.get(contact.userId)));
            }
            case GROUP -> SimJson.typed("group").set("groupInfo", GroupJson.groupInfo(state.groups.get(chat.id())));
            case LOCAL -> SimJson.typed("local").set("noteFolder", noteFolder(state.noteFolderOwner(chat.id())));
        };
    }

    /** NoteFolder: the user's notes to self, as APISendMessages to a {@code local} chat writes them. */
    ObjectNode noteFolder(Entities.User user) {
        String last = state.itemsOf(ChatKey.local(user.noteFolderId)).stream().map(i -> i.createdAt).reduce((a, b) -> b)
                .orElse(user.createdAt);
        return SimJson.object().put("noteFolderId", user.noteFolderId).put("userId", user.userId)
                .put("createdAt", user.createdAt).put("updatedAt", last).put("chatTs", last)
                .put("favorite", false).put("unread", false);
    }

    ObjectNode aChatItem(Entities.ChatItem item) {
        return SimJson.object().<ObjectNode>set("chatInfo", chatInfo(item.chat)).set("chatItem", chatItem(item));
    }

    ObjectNode chatItem(Entities.ChatItem item) {
        ObjectNode json = SimJson.object();
        json.set("chatDir", direction(item.chat, item.sent, item.author));
        json.set("meta", meta(item));
        json.set("content", SimJson.typed(item.sent ? "sndMsgContent" : "rcvMsgContent").set("msgContent", item.msgContent.deepCopy()));
        json.set("mentions", SimJson.object());
        if (item.quotedItemId != null) {
            Entities.ChatItem quoted = state.items.get(item.quotedItemId);
            if (quoted != null) {
                json.set("quotedItem", quote(quoted));
            }
        }
        json.set("reactions", reactionCounts(item));
        if (item.file != null) {
            json.set("file", FileJson.ciFile(item.file));
        }
        return json;
    }

    ObjectNode deletion(ObjectNode deleted, ObjectNode after) {
        ObjectNode json = SimJson.object().set("deletedChatItem", deleted);
        if (after != null) {
            json.set("toChatItem", after);
        }
        return json;
    }

    ObjectNode reaction(Entities.ChatItem item, Entities.Reaction reaction, Entities.Member reactingMember) {
        ObjectNode chatReaction = SimJson.object();
        chatReaction.set("chatDir", direction(item.chat, reaction.person() == null, reactingMember));
        chatReaction.set("chatItem", chatItem(item));
        chatReaction.put("sentAt", reaction.sentAt());
        chatReaction.set("reaction", reaction.reaction().deepCopy());
        return SimJson.object().<ObjectNode>set("chatInfo", chatInfo(item.chat)).set("chatReaction", chatReaction);
    }

    static ObjectNode direction(ChatKey chat, boolean sent, Entities.Member author) {
        return switch (chat.kind()) {
            case DIRECT -> SimJson.typed(sent ? "directSnd" : "directRcv");
            case LOCAL -> SimJson.typed(sent ? "localSnd" : "localRcv");
            case GROUP -> sent ? SimJson.typed("groupSnd") : SimJson.typed("groupRcv").set("groupMember", GroupJson.member(author));
        };
    }

    /** The CIStatus a new item has: sent (the simulated network takes it at once) or new (received). */
    static ObjectNode initialStatus(Entities.ChatItem item) {
        return item.sent ? SimJson.typed("sndSent").put("sndProgress", "complete") : SimJson.typed("rcvNew");
    }

    private ObjectNode meta(Entities.ChatItem item) {
        ObjectNode meta = SimJson.object();
        meta.put("itemId", item.itemId);
        meta.put("itemTs", item.createdAt);
        meta.put("itemText", item.text());
        meta.set("itemStatus", item.status != null ? item.status.deepCopy() : initialStatus(item));
        meta.put("itemSharedMsgId", item.sharedMsgId);
        if (item.deleted != null) {
            meta.set("itemDeleted", item.deleted.deepCopy());
        }
        meta.put("itemEdited", item.edited);
        if (item.ttl != null) {
            ObjectNode timed = SimJson.object().put("ttl", item.ttl);
            if (item.deleteAt != null) {
                timed.put("deleteAt", item.deleteAt);
            }
            meta.set("itemTimed", timed);
        }
        if (item.live != null) {
            meta.put("itemLive", item.live);
        }
        meta.put("userMention", false);
        meta.put("hasLink", item.text().contains("://"));
        meta.put("deletable", item.deleted == null);
        meta.put("editable", item.sent && item.deleted == null);
        meta.put("showGroupAsSender", false);
        meta.put("createdAt", item.createdAt);
        meta.put("updatedAt", item.updatedAt);
        return meta;
    }

    private ObjectNode quote(Entities.ChatItem quoted) {
        ObjectNode json = SimJson.object();
        json.set("chatDir", direction(quoted.chat, quoted.sent, quoted.author));
        json.put("itemId", quoted.itemId);
        json.put("sharedMsgId", quoted.sharedMsgId);
        json.put("sentAt", quoted.createdAt);
        json.set("content", quoted.msgContent.deepCopy());
        return json;
    }

    private static ArrayNode reactionCounts(Entities.ChatItem item) {
        Map<String, ObjectNode> counts = new LinkedHashMap<>();
        for (Entities.Reaction reaction : item.reactions) {
            ObjectNode count = counts.computeIfAbsent(SimJson.write(reaction.reaction()), key -> SimJson.object()
                    .<ObjectNode>set("reaction", reaction.reaction().deepCopy()).put("userReacted", false).put("totalReacted", 0));
            count.put("totalReacted", count.get("totalReacted").asInt() + 1);
            if (reaction.person() == null) {
                count.put("userReacted", true);
            }
        }
        ArrayNode array = SimJson.array();
        counts.values().forEach(array::add);
        return array;
    }
}
