package dev.simplexbot.sim;

/** Which conversation a chat item lives in: a contact or a group of one user. */
record ChatKey(Kind kind, long id) {
    enum Kind { DIRECT, GROUP }

    static ChatKey direct(long contactId) {
        return new ChatKey(Kind.DIRECT, contactId);
    }

    static ChatKey group(long groupId) {
        return new ChatKey(Kind.GROUP, groupId);
    }
}
