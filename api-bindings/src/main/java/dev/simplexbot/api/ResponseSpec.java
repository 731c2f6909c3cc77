package dev.simplexbot.api;

import java.util.List;

/** One documented response of a command; {@code type} is the wire tag, e.g. {@code newChatItems}. */
public record ResponseSpec(String name, String type, String description, List<FieldSpec> fields) {}
