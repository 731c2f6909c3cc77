package dev.simplexbot.permission;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What the operator lets scripts do with files through the CLI beyond the default, and where the CLI's files are.
 * By default a command may name files in the bots folder (to send) and in the data directory's files area (to send
 * and to receive into); nothing else.
 *
 * @param allowRead  {@code --allow-read}: folders (everything under them) or files the CLI may read for a bot
 * @param allowWrite {@code --allow-write}: folders or files the CLI may write received files to for a bot
 * @param allowRaw   {@code --allow-raw}: {@code bot.chat.raw} may send command lines outside the docs, unchecked
 * @param remoteCli  the CLI runs on another machine ({@code --allow-remote} to a host that is not this one): paths
 *                   in commands name files there, which the host cannot see, so it checks them by name only
 */
public record Permissions(List<Path> allowRead, List<Path> allowWrite, boolean allowRaw, boolean remoteCli) {

    /** Relative grants are resolved against the host's working directory now, as the operator typed them. */
    public Permissions {
        allowRead = absolute(allowRead);
        allowWrite = absolute(allowWrite);
    }

    /** Nothing beyond the default. */
    public static Permissions none() {
        return new Permissions(List.of(), List.of(), false, false);
    }

    public Permissions withAllowRead(List<Path> folders) {
        return new Permissions(folders, allowWrite, allowRaw, remoteCli);
    }

    public Permissions withAllowWrite(List<Path> folders) {
        return new Permissions(allowRead, folders, allowRaw, remoteCli);
    }

    public Permissions withAllowRaw(boolean allowed) {
        return new Permissions(allowRead, allowWrite, allowed, remoteCli);
    }

    public Permissions withRemoteCli(boolean remote) {
        return new Permissions(allowRead, allowWrite, allowRaw, remote);
    }

    private static List<Path> absolute(List<Path> paths) {
        return Objects.requireNonNull(paths, "paths").stream().map(p -> p.toAbsolutePath().normalize()).toList();
    }
}
