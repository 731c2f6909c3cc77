package dev.simplexbot.api;

/** A documented error of a command (a ChatErrorType the command is known to fail with). */
public record ErrorSpec(String name, String description) {}
