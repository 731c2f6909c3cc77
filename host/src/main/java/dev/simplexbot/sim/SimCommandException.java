package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A command failed the way the real CLI fails: {@code chatError} is a ChatError from TYPES.md. */
final class SimCommandException extends RuntimeException {
    private final transient ObjectNode chatError;

    SimCommandException(ObjectNode chatError) {
        super(SimJson.write(chatError), null, false, false);
        this.chatError = chatError;
    }

    ObjectNode chatError() {
        return chatError;
    }
}
