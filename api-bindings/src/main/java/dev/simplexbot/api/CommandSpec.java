package dev.simplexbot.api;

import java.util.List;

/** CONTRACT STUB: one documented command. {@code name} is the docs name, {@code method} the JS method name. */
public record CommandSpec(String name, String method, String group, String description, List<ParamSpec> params) {}
