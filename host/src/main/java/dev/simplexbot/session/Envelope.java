package dev.simplexbot.session;

/** One text frame from the CLI, classified by {@link EnvelopeParser}. */
sealed interface Envelope {

    /**
     * The answer to the command with {@code corrId}. {@code chatErrorJson} is non-null when the CLI
     * refused the command ({@code chatCmdError} or a {@code Left}); it is the docs' ChatError as JSON text.
     */
    record Reply(String corrId, String type, String json, String chatErrorJson) implements Envelope {
        boolean failed() {
            return chatErrorJson != null;
        }
    }

    /** A frame without corrId. */
    record Event(String type, String json) implements Envelope {}

    /** A frame that is not a CLI message; {@code excerpt} is at most a couple of hundred characters. */
    record Invalid(String reason, String excerpt) implements Envelope {}
}
