package dev.simplexbot.session;

/** The CLI answered {@code chatCmdError} (or a {@code Left}); {@code chatErrorJson} is the docs' ChatError as JSON text. */
public final class ChatCommandException extends ChatSessionException {
    private final String responseType;
    private final String chatErrorJson;

    public ChatCommandException(String message, String responseType, String chatErrorJson) {
        super(message);
        this.responseType = responseType;
        this.chatErrorJson = chatErrorJson;
    }

    public String responseType() {
        return responseType;
    }

    public String chatErrorJson() {
        return chatErrorJson;
    }

    @Override
    public String errorName() {
        return "ChatCommandError";
    }
}
