package dev.simplexbot.sim;

/**
 * Something the bot did that simulated people see, for the dev console and other watchers.
 *
 * @param change what happened to the message
 * @param chat the person's name for a direct chat, or the group's name
 * @param group whether {@code chat} names a group
 * @param message the message after the change
 */
public record BotOutput(Change change, String chat, boolean group, SimMessage message) {
    public enum Change { SENT, UPDATED, DELETED }
}
