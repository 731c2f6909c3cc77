package dev.simplexbot.api;

/**
 * Reads a command line back into command + parameters using the same spec as {@link CommandRenderer}.
 * CONTRACT STUB (replaced by the api-bindings implementation).
 */
public final class CommandParser {
    public CommandParser(ApiSpec spec) {}

    /** @throws CommandParseException when the line matches no documented command syntax */
    public ParsedCommand parse(String commandLine) {
        throw new UnsupportedOperationException("not implemented yet");
    }
}
