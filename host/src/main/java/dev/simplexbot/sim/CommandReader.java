package dev.simplexbot.sim;

import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.CommandParser;
import dev.simplexbot.api.ParsedCommand;

/** Turns a command line into a documented command and its parameters; throws on a line no command matches. */
@FunctionalInterface
public interface CommandReader {
    ParsedCommand read(String commandLine);

    /** The api-bindings parser: the same spec the client side renders commands with. */
    static CommandReader fromSpec() {
        CommandParser parser = new CommandParser(ApiSpec.load());
        return parser::parse;
    }
}
