package dev.simplexbot.api;

/** A command's parameters are invalid; the message names the command and the parameter. */
public class CommandValidationException extends IllegalArgumentException {
    private final String command;
    private final String parameter;

    public CommandValidationException(String command, String parameter, String message) {
        super(message);
        this.command = command;
        this.parameter = parameter;
    }

    /** The JS method name of the command, e.g. {@code apiSendMessages}. */
    public String command() {
        return command;
    }

    /** The parameter at fault, or {@code null} when the command itself is unknown. */
    public String parameter() {
        return parameter;
    }
}
