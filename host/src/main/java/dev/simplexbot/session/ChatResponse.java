package dev.simplexbot.session;

/**
 * A response to one command: the {@code resp} object of the CLI's frame, unwrapped from
 * {@code Right}/{@code Left} when the CLI wraps it. {@code json} is that object as JSON text,
 * untouched, so unknown fields pass through to scripts.
 */
public record ChatResponse(String corrId, String type, String json) {}
