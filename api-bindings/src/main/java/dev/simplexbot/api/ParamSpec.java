package dev.simplexbot.api;

/** One parameter of a command; {@code optional} is the docs' trailing {@code ?}. */
public record ParamSpec(String name, TypeExpr type, boolean optional) {}
