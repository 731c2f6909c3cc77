package dev.simplexbot.api;

/** A command line that matches no documented command syntax. */
public class CommandParseException extends IllegalArgumentException {
    public CommandParseException(String message) {
        super(message);
    }
}
