package dev.simplexbot.permission;

import dev.simplexbot.api.FilePaths.Access;
import dev.simplexbot.store.DataDirectory;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where paths in commands may point, for the bots of one folder (the names are Deno's):
 * <ul>
 *   <li><b>read</b> (files a bot has the CLI send): the bots folder, the data directory's files area
 *       ({@code <data-dir>/files}) and folders given with {@code --allow-read}. The rest of the data directory is
 *       not readable even when it lies inside the bots folder: it holds every bot's store.</li>
 *   <li><b>write</b> (where a bot has the CLI save a received file): the files area and folders given with
 *       {@code --allow-write}.</li>
 * </ul>
 * A path must be absolute: the CLI would resolve a relative one against its own working directory (or its files
 * folder, when one is set), which the host cannot know, so there is no safe meaning to give it; rewriting the
 * path against a folder of the host's choosing would change the command behind the script's back. It is checked as the file system will take it: {@code ..}
 * and symbolic links are followed on this machine ({@link LinkResolver}), so neither can climb out of a folder;
 * the allowed folders are resolved the same way. With the CLI on another machine ({@link Permissions#remoteCli()})
 * the files are not here to look at: paths are checked by name, and one with {@code ..} is refused. Immutable;
 * the folders are resolved at each check, so one created or moved later counts as it is then.
 */
public final class FileRules {
    private final Path botsFolder;
    private final Path dataDir;
    private final Path filesArea;
    private final Permissions permissions;
    private final boolean byName;

    private FileRules(Path botsFolder, Path dataDir, Permissions permissions, boolean byName) {
        this.botsFolder = botsFolder.toAbsolutePath().normalize();
        this.dataDir = dataDir == null ? null : dataDir.toAbsolutePath().normalize();
        this.filesArea = dataDir == null ? null : DataDirectory.filesAreaOf(this.dataDir);
        this.permissions = permissions;
        this.byName = byName;
    }

    /** {@code dataDir} may be {@code null}: then there is no files area. */
    public static FileRules of(Path botsFolder, Path dataDir, Permissions permissions) {
        return new FileRules(botsFolder, dataDir, permissions, permissions.remoteCli());
    }

    /** The same rules for files the host itself reads for a script ({@code bot.fileInfo}): always on this machine. */
    public FileRules onThisMachine() {
        return byName ? new FileRules(botsFolder, dataDir, permissions, false) : this;
    }

    /** {@code <data-dir>/files}, when there is a data directory. */
    public Optional<Path> filesArea() {
        return Optional.ofNullable(filesArea);
    }

    /**
     * Checks {@code path} for the access the CLI needs. A path with white space around it is checked as given and
     * trimmed, in case the line is trimmed on its way to the file system; both must be allowed.
     */
    public PathCheck check(String path, Access access) {
        PathCheck asGiven = checkOne(path, access);
        String trimmed = path.strip();
        if (asGiven instanceof PathCheck.Allowed && !trimmed.equals(path)) {
            if (checkOne(trimmed, access) instanceof PathCheck.Refused refused) {
                return new PathCheck.Refused(quote(path) + " without the white space around it: " + refused.reason(),
                        refused.flag());
            }
        }
        return asGiven;
    }

    private PathCheck checkOne(String text, Access access) {
        Path given;
        try {
            given = Path.of(text);
        } catch (InvalidPathException e) {
            return new PathCheck.Refused(quote(text) + " is not a valid file path on this system (" + e.getReason() + ")", null);
        }
        if (text.isEmpty() || !given.isAbsolute()) {
            return notAbsolute(text);
        }
        Path lexical = given.normalize();
        Path target;
        if (byName) {
            for (Path name : given) {
                if (name.toString().equals("..")) {
                    return new PathCheck.Refused(quote(text) + " contains '..': the CLI runs on another machine, where "
                            + "simplex-bot cannot resolve it; give the path without '..'", null);
                }
            }
            target = lexical;
        } else {
            try {
                target = LinkResolver.resolve(given);
            } catch (FileSystemLoopException e) {
                return new PathCheck.Refused(quote(text) + " cannot be checked: it goes through more than "
                        + LinkResolver.MAX_LINKS + " symbolic links", null);
            } catch (IOException e) {
                return new PathCheck.Refused(quote(text) + " cannot be checked: " + e.getMessage(), null);
            }
        }
        if (access.reads() && !mayRead(target)) {
            return refused("reading", "--allow-read", text, lexical, target, readersNote(target));
        }
        if (access.writes() && !mayWrite(target)) {
            return refused("writing", "--allow-write", text, lexical, target, writersNote());
        }
        return new PathCheck.Allowed(target);
    }

    private boolean mayRead(Path target) {
        if (inside(target, filesArea) || insideAny(target, permissions.allowRead())) {
            return true;
        }
        return inside(target, botsFolder) && !inside(target, dataDir);
    }

    private boolean mayWrite(Path target) {
        return inside(target, filesArea) || insideAny(target, permissions.allowWrite());
    }

    private boolean insideAny(Path target, List<Path> roots) {
        for (Path root : roots) {
            if (inside(target, root)) {
                return true;
            }
        }
        return false;
    }

    /** {@code target} is {@code root} or under it, {@code root} taken as the file system takes it. */
    private boolean inside(Path target, Path root) {
        if (root == null) {
            return false;
        }
        if (byName) {
            return target.startsWith(root);
        }
        try {
            return target.startsWith(LinkResolver.resolve(root));
        } catch (IOException e) {
            return false; // a folder that cannot be resolved (a link loop) allows nothing
        }
    }

    private PathCheck.Refused refused(String doing, String option, String text, Path lexical, Path target, String allowedNote) {
        // Where a path leads is shown only when the escape happened inside an allowed folder (a link placed there);
        // otherwise the script would learn where links outside lead.
        boolean escapedThroughLink = !target.equals(lexical) && (doing.equals("reading") ? mayRead(lexical) : mayWrite(lexical));
        Path shown = escapedThroughLink ? target : lexical;
        String via = escapedThroughLink ? " (it leads to " + target + ")"
                : lexical.toString().equals(text) ? "" : " (that is " + lexical + ")";
        Path folder = shown.getParent() == null ? shown : shown.getParent();
        String flag = option + "=" + folder;
        return new PathCheck.Refused(doing + " " + quote(text) + via + " is not allowed: " + allowedNote
                + "; to allow it, run simplex-bot with " + flag, flag);
    }

    private String readersNote(Path target) {
        if (inside(target, dataDir) && inside(target, botsFolder)) {
            return "it is in the data directory (" + dataDir + "), which holds the bots' stores; of the data directory "
                    + "only its files area (" + filesArea + ") may be read";
        }
        List<String> places = new ArrayList<>();
        places.add("the bots folder (" + botsFolder + ")");
        if (filesArea != null) {
            places.add("the data directory's files area (" + filesArea + ")");
        }
        places.add("folders given with --allow-read");
        return "a bot may have the CLI read files only in " + String.join(", ", places.subList(0, places.size() - 1))
                + " and " + places.get(places.size() - 1);
    }

    private String writersNote() {
        return filesArea == null
                ? "a bot may have the CLI write files only in folders given with --allow-write (there is no data directory)"
                : "a bot may have the CLI write files only in the data directory's files area (" + filesArea
                        + ") and folders given with --allow-write";
    }

    private PathCheck.Refused notAbsolute(String text) {
        String tilde = text.startsWith("~") ? " (a leading ~ is not expanded)" : "";
        String example = filesArea == null ? "" : ", e.g. in bot.filesDir (" + filesArea + ")";
        return new PathCheck.Refused(quote(text) + " is not an absolute path" + tilde + ": the CLI would resolve it "
                + "against its own working directory or files folder, which simplex-bot cannot check; give an absolute path"
                + example, null);
    }

    private static String quote(String text) {
        return "'" + text + "'";
    }
}
