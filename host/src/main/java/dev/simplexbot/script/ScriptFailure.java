package dev.simplexbot.script;

import java.nio.file.Path;

/** A bot that could not start: its file and one line saying where and why ({@code file:line:column: message}). */
public record ScriptFailure(String name, Path file, String message) {}
