package dev.simplexbot.sim;

/** A group the bot is in, seen from the simulated people's side. */
public record SimGroup(String name, long groupId) {}
