package dev.simplexbot.toolkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.graalvm.polyglot.HostAccess;

/**
 * Size and SHA-256 of a file the CLI received or will send, exported to the toolkit as {@code host.files}
 * (a script cannot read files itself). It reads no more than {@code bot.sendFile} already lets a script
 * hand to the CLI, and answers JSON text so a missing file is an error value, not a host exception.
 */
public final class FileFacts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BUFFER = 64 * 1024;

    /** {@code {"size":n,"sha256":"hex"}} for a regular file, or {@code {"error":"..."}}. */
    @HostAccess.Export
    public String describe(String path) {
        if (path == null || path.isBlank()) {
            return error("a file path is needed");
        }
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
            return error("no such file: " + path);
        }
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
                size += n;
            }
            return JSON.createObjectNode().put("size", size).put("sha256", HexFormat.of().formatHex(sha256.digest())).toString();
        } catch (IOException e) {
            return error("cannot read " + path + ": " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("error", message).toString();
    }
}
