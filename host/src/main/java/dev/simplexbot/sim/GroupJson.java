package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** GroupInfo, GroupMember and Group. */
final class GroupJson {
    private GroupJson() {}

    static ObjectNode groupInfo(Entities.Group group) {
        ObjectNode json = SimJson.object();
        json.put("groupId", group.groupId);
        json.put("useRelays", false);
        json.put("localDisplayName", group.displayName());
        json.set("groupProfile", group.profile.deepCopy());
        json.put("localAlias", "");
        if (group.businessChat != null) {
            json.set("businessChat", group.businessChat.deepCopy());
        }
        json.set("fullGroupPreferences", ProfileJson.groupPreferences(group.profile));
        json.set("membership", member(group.membership));
        json.set("chatSettings", ContactJson.chatSettings());
        json.put("createdAt", group.createdAt);
        json.put("updatedAt", group.updatedAt);
        json.put("chatTs", group.updatedAt);
        json.set("chatTags", SimJson.array());
        if (group.customData != null) {
            json.set("customData", group.customData.deepCopy());
        }
        long current = group.currentMembers().size() + (group.membership.current() ? 1 : 0);
        json.set("groupSummary", SimJson.object().put("currentMembers", current));
        json.put("membersRequireAttention", 0);
        return json;
    }

    static ObjectNode member(Entities.Member member) {
        ObjectNode json = SimJson.object();
        json.put("groupMemberId", member.groupMemberId);
        json.put("groupId", member.groupId);
        json.put("indexInGroup", member.index);
        json.put("memberId", member.memberId);
        json.put("memberRole", member.role.json());
        json.put("memberCategory", member.category);
        json.put("memberStatus", member.status);
        json.set("memberSettings", SimJson.object().put("showMessages", true));
        json.put("blockedByAdmin", member.blockedByAdmin);
        json.set("invitedBy", member.invitedByContactId != null
                ? SimJson.typed("contact").put("byContactId", member.invitedByContactId)
                : SimJson.typed(member.invitedByUser ? "user" : "unknown"));
        if (member.invitedByMemberId != null) {
            json.put("invitedByGroupMemberId", member.invitedByMemberId);
        }
        json.put("localDisplayName", member.localDisplayName);
        json.set("memberProfile", ProfileJson.local(member.profile, member.profileId));
        if (member.contactId != null) {
            json.put("memberContactId", member.contactId);
        }
        json.put("memberContactProfileId", member.profileId);
        if (member.person != null && member.active()) {
            json.set("activeConn", ContactJson.connection(member.groupMemberId + 100_000, member.groupMemberId, "member",
                    "ready", null, member.createdAt));
        }
        json.set("memberChatVRange", ContactJson.versionRange());
        json.put("createdAt", member.createdAt);
        json.put("updatedAt", member.createdAt);
        return json;
    }

    static ArrayNode members(Iterable<Entities.Member> members) {
        ArrayNode array = SimJson.array();
        members.forEach(m -> array.add(member(m)));
        return array;
    }

    static ObjectNode group(Entities.Group group) {
        return SimJson.object().<ObjectNode>set("groupInfo", groupInfo(group)).set("members", members(group.currentMembers()));
    }
}
