package dev.simplexbot.sim;

/** Which conversation a chat item lives in: a contact, a group, or the note folder of one user. */
record ChatKey(Kind kind, long id) {
    enum Kind { DIRECT, GROUP, LOCAL }

    static ChatKey direct(long contactId) {
        return new ChatKey(Kind.DIRECT, contactId);
    }

    static ChatKey group(long groupId) {
        return new ChatKey(Kind.GROUP, groupId);
    }

    static ChatKey local(long noteFolderId) {
        return new ChatKey(Kind.LOCAL, noteFolderId);
    }

    /** The ChatType of TYPES.md. */
    String chatType() {
        return switch (kind) {
            case DIRECT -> "direct";
            case GROUP -> "group";
            case LOCAL -> "local";
        };
    }
}
