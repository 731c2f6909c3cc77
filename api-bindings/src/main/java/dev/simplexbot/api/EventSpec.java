package dev.simplexbot.api;

/** CONTRACT STUB: one documented event; {@code type} is the wire type, e.g. {@code newChatItems}. */
public record EventSpec(String name, String type, String description) {}
