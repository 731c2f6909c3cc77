package dev.simplexbot.env;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Replaces the values of granted environment variables in text the host logs (script console output, errors,
 * {@code --log-messages} lines, fetch and webhook logs). Values shorter than {@link #MIN_LENGTH} characters are left:
 * hiding every "1" or "on" would make logs unreadable, and such a value is no secret.
 */
public final class SecretRedactor {
    public static final int MIN_LENGTH = 4;
    public static final String MASK = "[redacted]";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecretRedactor NONE = new SecretRedactor(List.of());

    private final List<String> secrets;

    private SecretRedactor(List<String> secrets) {
        // Each value as it may appear: as is, escaped in JSON text, percent-encoded in a URL. Longest first, so a
        // secret that contains another is masked whole.
        this.secrets = secrets.stream().filter(s -> s.length() >= MIN_LENGTH)
                .flatMap(s -> Stream.of(s, jsonEscaped(s), URLEncoder.encode(s, StandardCharsets.UTF_8),
                        URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20")))
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    private static String jsonEscaped(String value) {
        String quoted = JSON.valueToTree(value).toString();
        return quoted.substring(1, quoted.length() - 1);
    }

    public static SecretRedactor of(List<String> secrets) {
        return new SecretRedactor(secrets);
    }

    public static SecretRedactor none() {
        return NONE;
    }

    public String redact(String text) {
        if (text == null || secrets.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : secrets) {
            if (out.contains(secret)) {
                out = out.replace(secret, MASK);
            }
        }
        return out;
    }
}
