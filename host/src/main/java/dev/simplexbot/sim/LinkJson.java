package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** CreatedConnLink, UserContactLink, GroupLink, PendingContactConnection and UserContactRequest. */
final class LinkJson {
    private LinkJson() {}

    static ObjectNode createdConnLink(Entities.Link link) {
        ObjectNode json = SimJson.object().put("connFullLink", link.full());
        if (link.shortLink() != null) {
            json.put("connShortLink", link.shortLink());
        }
        return json;
    }

    static ObjectNode userContactLink(Entities.Address address) {
        ObjectNode json = SimJson.object();
        json.put("userContactLinkId", address.linkId);
        json.set("connLinkContact", createdConnLink(address.link));
        json.put("shortLinkDataSet", true);
        json.put("shortLinkLargeDataSet", true);
        json.set("addressSettings", address.settings.deepCopy());
        return json;
    }

    static ObjectNode groupLink(Entities.GroupLink link) {
        ObjectNode json = SimJson.object();
        json.put("userContactLinkId", link.userContactLinkId);
        json.set("connLinkContact", createdConnLink(link.link));
        json.put("shortLinkDataSet", true);
        json.put("shortLinkLargeDataSet", true);
        json.put("groupLinkId", link.groupLinkId);
        json.put("acceptMemberRole", link.acceptMemberRole.json());
        return json;
    }

    static ObjectNode pendingConnection(Entities.PendingConnection connection) {
        ObjectNode json = SimJson.object();
        json.put("pccConnId", connection.connId);
        json.put("pccAgentConnId", "sim-conn-" + connection.connId);
        json.put("pccConnStatus", connection.status);
        json.put("viaContactUri", connection.viaContactUri);
        if (connection.incognitoProfile != null) {
            json.put("customUserProfileId", connection.incognitoProfileId);
        }
        if (connection.invitation != null) {
            json.set("connLinkInv", createdConnLink(connection.invitation));
        }
        json.put("localAlias", "");
        json.put("createdAt", connection.createdAt);
        json.put("updatedAt", connection.createdAt);
        return json;
    }

    static ObjectNode contactRequest(Entities.ContactRequest request) {
        ObjectNode json = SimJson.object();
        json.put("contactRequestId", request.contactRequestId);
        json.put("agentInvitationId", "sim-inv-" + request.contactRequestId);
        json.put("userContactLinkId_", request.userContactLinkId);
        json.set("cReqChatVRange", ContactJson.versionRange());
        json.put("localDisplayName", request.profile.path("displayName").asText());
        json.put("profileId", request.profileId);
        json.set("profile", request.profile.deepCopy());
        json.put("createdAt", request.createdAt);
        json.put("updatedAt", request.createdAt);
        json.put("pqSupport", true);
        return json;
    }
}
