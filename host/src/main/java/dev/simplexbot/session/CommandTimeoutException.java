package dev.simplexbot.session;

/** No response arrived within the command's timeout; a late response for it is dropped. */
public final class CommandTimeoutException extends ChatSessionException {
    public CommandTimeoutException(String message) {
        super(message);
    }

    @Override
    public String errorName() {
        return "CommandTimeoutError";
    }
}
