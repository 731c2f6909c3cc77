package dev.simplexbot.api;

/** One field of a record, union variant, response or event; {@code optional} is the docs' trailing {@code ?}. */
public record FieldSpec(String name, TypeExpr type, boolean optional) {}
