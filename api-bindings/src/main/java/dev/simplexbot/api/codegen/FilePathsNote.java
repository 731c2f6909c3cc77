package dev.simplexbot.api.codegen;

import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.CommandSpec;
import dev.simplexbot.api.FilePaths;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The sentence the reference and the d.ts give a command whose parameters carry file paths. */
final class FilePathsNote {
    private final FilePaths paths;

    FilePathsNote(ApiSpec spec) {
        this.paths = FilePaths.of(spec);
    }

    Optional<String> of(CommandSpec command) {
        List<FilePaths.Site> sites = paths.sites().stream().filter(s -> s.command().equals(command)).toList();
        if (sites.isEmpty()) {
            return Optional.empty();
        }
        String where = sites.stream().map(s -> "`" + s.location() + "` (" + what(s.access()) + ")").collect(Collectors.joining(", "));
        return Optional.of("File paths: " + where + ". simplex-bot checks each before sending: it must be absolute and in a "
                + "folder the bot may use (Permissions in the README); otherwise the call rejects with `PermissionDenied` "
                + "and nothing is sent.");
    }

    private static String what(FilePaths.Access access) {
        return switch (access) {
            case READ -> "the CLI reads the file there";
            case WRITE -> "the CLI writes the received file there";
            case READ_WRITE -> "the CLI may read or write there";
        };
    }
}
