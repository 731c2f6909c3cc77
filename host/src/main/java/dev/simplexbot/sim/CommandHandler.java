package dev.simplexbot.sim;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Runs one documented command against the state; throws {@link SimCommandException} for a ChatError. */
@FunctionalInterface
interface CommandHandler {
    CommandResult handle(ObjectNode params);
}
