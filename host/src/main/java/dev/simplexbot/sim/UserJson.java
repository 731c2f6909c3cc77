package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** User and UserInfo. */
final class UserJson {
    private UserJson() {}

    static ObjectNode user(Entities.User user) {
        ObjectNode json = SimJson.object();
        json.put("userId", user.userId);
        json.put("agentUserId", user.userId);
        json.put("userContactId", user.userContactId);
        json.put("localDisplayName", user.displayName());
        json.set("profile", ProfileJson.local(user.profile, user.profileId));
        json.set("fullPreferences", ProfileJson.full(user.profile));
        json.put("activeUser", user.active);
        json.put("activeOrder", user.userId);
        json.put("showNtfs", true);
        json.put("sendRcptsContacts", true);
        json.put("sendRcptsSmallGroups", true);
        json.put("autoAcceptMemberContacts", user.autoAcceptMemberContacts);
        return json;
    }

    static ObjectNode userInfo(Entities.User user) {
        return SimJson.object().<ObjectNode>set("user", user(user)).put("unreadCount", 0);
    }
}
