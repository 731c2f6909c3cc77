package dev.simplexbot.permission;

import java.nio.file.Path;

/** Whether a path in a command may be used, and if so the file it reaches. */
public sealed interface PathCheck {

    /** {@code target}: the file the path reaches, links followed (on this machine). */
    record Allowed(Path target) implements PathCheck {}

    /**
     * {@code reason} says what was refused and why; {@code flag} is the option that would allow it (e.g.
     * {@code --allow-read=/srv/files}), or {@code null} when none would (a relative path).
     */
    record Refused(String reason, String flag) implements PathCheck {}
}
