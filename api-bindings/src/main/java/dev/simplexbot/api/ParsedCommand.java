package dev.simplexbot.api;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** A command line read back into its command and parameters (the simulator's view). */
public record ParsedCommand(CommandSpec command, ObjectNode params) {}
