package dev.simplexbot.sim;

import java.nio.file.Path;

/** A file attached to a message: its name, size and where its bytes are. */
public record SimFile(String fileName, long fileSize, Path path) {}
