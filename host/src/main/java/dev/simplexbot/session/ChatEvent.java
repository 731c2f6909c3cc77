package dev.simplexbot.session;

/** An event from the CLI (a frame without corrId): its {@code resp.type} and the {@code resp} object as JSON text. */
public record ChatEvent(String type, String json) {}
