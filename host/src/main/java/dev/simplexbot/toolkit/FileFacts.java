package dev.simplexbot.toolkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.api.FilePaths;
import dev.simplexbot.permission.FileRules;
import dev.simplexbot.permission.PathCheck;
import dev.simplexbot.permission.PermissionDenied;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.graalvm.polyglot.HostAccess;

/**
 * Size and SHA-256 of a file the CLI received or will send, exported to the toolkit as {@code host.files}
 * ({@code bot.fileInfo}; a script cannot read files itself). The host reads the file, so it is held to the rule
 * for files the CLI reads ({@link FileRules}, on this machine): a path outside the allowed folders is refused
 * before anything is looked at, so the answer tells nothing about files there. Answers JSON text so a missing or
 * refused file is an error value, not a host exception.
 */
public final class FileFacts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FileRules rules;

    public FileFacts(FileRules rules) {
        this.rules = rules;
    }

    /**
     * {@code {"size":n,"sha256":"hex"}} for a regular file; {@code {"error":"..."}} when it cannot be read, with
     * {@code "name":"PermissionDenied"}, {@code "path"} and {@code "flag"} when the rules refuse the path.
     */
    @HostAccess.Export
    public String describe(String path) {
        if (path == null || path.isBlank()) {
            return error("a file path is needed");
        }
        PathCheck check = rules.check(path, FilePaths.Access.READ);
        if (check instanceof PathCheck.Refused refused) {
            ObjectNode error = JSON.createObjectNode().put("error", refused.reason())
                    .put("name", PermissionDenied.NAME).put("path", path);
            if (refused.flag() != null) {
                error.put("flag", refused.flag());
            }
            return error.toString();
        }
        Path file = ((PathCheck.Allowed) check).target(); // the file checked, not whatever the name points at later
        if (!Files.isRegularFile(file)) {
            return error("no such file: " + path);
        }
        try {
            FileDigest digest = FileDigest.of(file);
            return JSON.createObjectNode().put("size", digest.size()).put("sha256", digest.sha256()).toString();
        } catch (IOException e) {
            return error("cannot read " + path + ": " + e.getMessage());
        }
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }
}
