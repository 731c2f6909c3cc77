package dev.simplexbot.cli;

import dev.simplexbot.permission.Permissions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * What scripts may do with files through the CLI beyond the default ({@code run}, {@code dev}, {@code test});
 * a picocli mixin. This is where the other grants of the same kind belong.
 */
final class PermissionOptions {
    private static final Logger log = LoggerFactory.getLogger(PermissionOptions.class);

    @Option(names = "--allow-read", split = ",", paramLabel = "PATH",
            description = "Let bots have the CLI read (send) files under PATH, a folder or a file, besides the bots folder "
                    + "and <data-dir>/files. Comma-separated or repeated.")
    List<Path> allowRead = new ArrayList<>();

    @Option(names = "--allow-write", split = ",", paramLabel = "PATH",
            description = "Let bots have the CLI write (receive) files under PATH, besides <data-dir>/files. "
                    + "Comma-separated or repeated.")
    List<Path> allowWrite = new ArrayList<>();

    @Option(names = "--allow-raw",
            description = "Let bot.chat.raw send command lines outside the docs, unchecked: they can change the CLI's "
                    + "files, database and settings.")
    boolean allowRaw;

    /** @throws RunOptions.InvalidOption for an empty PATH */
    Permissions permissions() throws RunOptions.InvalidOption {
        check("--allow-read", allowRead);
        check("--allow-write", allowWrite);
        return Permissions.none().withAllowRead(allowRead).withAllowWrite(allowWrite).withAllowRaw(allowRaw);
    }

    /** One line per grant at start-up, so the log says what the bots may do. */
    static void logGrants(Permissions permissions) {
        if (!permissions.allowRead().isEmpty()) {
            log.info("bots may have the CLI read files under {}", permissions.allowRead());
        }
        if (!permissions.allowWrite().isEmpty()) {
            log.info("bots may have the CLI write files under {}", permissions.allowWrite());
        }
        if (permissions.allowRaw()) {
            log.warn("--allow-raw: bot.chat.raw sends commands outside the docs unchecked; "
                    + "they can change the CLI's files, database and settings");
        }
    }

    private static void check(String option, List<Path> paths) throws RunOptions.InvalidOption {
        for (Path path : paths) {
            if (path.toString().isBlank()) {
                throw new RunOptions.InvalidOption(option + " needs a folder or file, e.g. " + option + "=/srv/bot-files");
            }
            if (!Files.exists(path)) {
                log.warn("{}={}: no such file or folder yet; it is allowed once it exists", option, path);
            }
        }
    }
}
