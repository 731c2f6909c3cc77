package dev.simplexbot.npm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A module file's bytes, read when first needed, and its text and tokens, decoded and tokenized at most once. */
final class SourceText {
    private final Path file;
    private byte[] bytes;
    private String text;
    private List<JsToken> tokens;

    SourceText(Path file) {
        this.file = file;
    }

    byte[] bytes() {
        if (bytes == null) {
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return bytes;
    }

    /** Whether the bytes contain {@code ascii}, without decoding them. */
    boolean containsAscii(String ascii) {
        byte[] content = bytes();
        outer:
        for (int i = 0; i + ascii.length() <= content.length; i++) {
            for (int j = 0; j < ascii.length(); j++) {
                if (content[i + j] != ascii.charAt(j)) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    /** The text, without a byte order mark. */
    String text() {
        if (text == null) {
            String decoded = new String(bytes(), StandardCharsets.UTF_8);
            text = decoded.startsWith("\ufeff") ? decoded.substring(1) : decoded;
        }
        return text;
    }

    List<JsToken> tokens() {
        if (tokens == null) {
            tokens = JsTokenizer.tokenize(text());
        }
        return tokens;
    }
}
