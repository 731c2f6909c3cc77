package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Builds the ChatError values of TYPES.md ({@code error}/{@code errorStore}) as exceptions ready to throw. */
final class ChatErrors {
    private ChatErrors() {}

    /** ChatError.Error with the given ChatErrorType. */
    static SimCommandException chat(ObjectNode errorType) {
        return new SimCommandException(SimJson.typed("error").set("errorType", errorType));
    }

    static SimCommandException chat(String errorType) {
        return chat(SimJson.typed(errorType));
    }

    /** ChatError.ErrorStore with the given StoreError. */
    static SimCommandException store(ObjectNode storeError) {
        return new SimCommandException(SimJson.typed("errorStore").set("storeError", storeError));
    }

    static SimCommandException store(String type) {
        return store(SimJson.typed(type));
    }

    static SimCommandException store(String type, String idField, long id) {
        return store(SimJson.typed(type).put(idField, id));
    }

    static SimCommandException commandError(String message) {
        return chat(SimJson.typed("commandError").put("message", message));
    }

    static SimCommandException noActiveUser() {
        return chat("noActiveUser");
    }

    static SimCommandException userNotFound(long userId) {
        return store("userNotFound", "userId", userId);
    }

    static SimCommandException contactNotFound(long contactId) {
        return store("contactNotFound", "contactId", contactId);
    }

    static SimCommandException groupNotFound(long groupId) {
        return store("groupNotFound", "groupId", groupId);
    }

    static SimCommandException groupMemberNotFound(long groupMemberId) {
        return store("groupMemberNotFound", "groupMemberId", groupMemberId);
    }

    static SimCommandException chatItemNotFound(long itemId) {
        return store("chatItemNotFound", "itemId", itemId);
    }

    static SimCommandException groupUserRole(ObjectNode groupInfo, GroupRole required) {
        return chat(SimJson.typed("groupUserRole").<ObjectNode>set("groupInfo", groupInfo)
                .put("requiredRole", required.json()));
    }

    static SimCommandException messageError(String type, String field, String message) {
        return chat(SimJson.typed(type).put(field, message));
    }
}
