package dev.simplexbot.api;

import java.util.List;

/** One documented event; {@code type} is the wire type, e.g. {@code newChatItems}. */
public record EventSpec(String name, String type, String description, String group, List<FieldSpec> fields) {}
