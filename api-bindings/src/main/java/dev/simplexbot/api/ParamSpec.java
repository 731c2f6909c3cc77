package dev.simplexbot.api;

/** CONTRACT STUB: one parameter of a command. */
public record ParamSpec(String name, String type, boolean optional) {}
