package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Contact and its Connection. */
final class ContactJson {
    private ContactJson() {}

    static ObjectNode contact(Entities.Contact contact, Entities.User user) {
        ObjectNode json = SimJson.object();
        json.put("contactId", contact.contactId);
        json.put("localDisplayName", contact.localDisplayName);
        json.set("profile", ProfileJson.local(contact.profile, contact.profileId));
        String connStatus = contact.deletedByContact ? "deleted" : contact.ready ? "ready" : "joined";
        ObjectNode conn = connection(contact.connId, contact.contactId, "contact", connStatus, contact.viaUserContactLink, contact.createdAt);
        if (contact.userIncognitoProfile != null) {
            conn.put("customUserProfileId", contact.userIncognitoProfileId);
        }
        json.set("activeConn", conn);
        json.put("contactUsed", true);
        json.put("contactStatus", contact.deleted ? "deletedByUser" : contact.deletedByContact ? "deleted" : "active");
        json.set("chatSettings", chatSettings());
        json.set("userPreferences", contact.userPreferences.deepCopy());
        json.set("mergedPreferences", ProfileJson.merged(user.profile, contact.userPreferences));
        json.put("createdAt", contact.createdAt);
        json.put("updatedAt", contact.updatedAt);
        json.put("chatTs", contact.updatedAt);
        if (contact.groupMemberId != null) {
            json.put("contactGroupMemberId", contact.groupMemberId);
        }
        json.put("contactGrpInvSent", false);
        json.set("chatTags", SimJson.array());
        json.put("chatDeleted", false);
        if (contact.customData != null) {
            json.set("customData", contact.customData.deepCopy());
        }
        return json;
    }

    static ObjectNode connection(long connId, long entityId, String connType, String status, Long viaUserContactLink, String createdAt) {
        ObjectNode json = SimJson.object();
        json.put("connId", connId);
        json.put("agentConnId", "sim-conn-" + connId);
        json.put("connChatVersion", 16);
        json.set("peerChatVRange", versionRange());
        json.put("connLevel", 0);
        if (viaUserContactLink != null) {
            json.put("viaUserContactLink", viaUserContactLink);
        }
        json.put("viaGroupLink", false);
        json.put("connType", connType);
        json.put("connStatus", status);
        json.put("contactConnInitiated", false);
        json.put("localAlias", "");
        json.put("entityId", entityId);
        json.put("pqSupport", true);
        json.put("pqEncryption", true);
        json.put("authErrCounter", 0);
        json.put("quotaErrCounter", 0);
        json.put("createdAt", createdAt);
        return json;
    }

    static ObjectNode versionRange() {
        return SimJson.object().put("minVersion", 1).put("maxVersion", 16);
    }

    static ObjectNode chatSettings() {
        return SimJson.object().put("enableNtfs", "all").put("favorite", false);
    }
}
