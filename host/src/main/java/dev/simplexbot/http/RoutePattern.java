package dev.simplexbot.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A path a bot serves under {@code /bots/<name>}: literal segments, {@code :name} segments that match one segment
 * (given to the handler as {@code params.name}), and a final {@code *} that matches the rest ({@code params["*"]}).
 */
public final class RoutePattern {
    private static final Pattern PARAM = Pattern.compile(":[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern LITERAL = Pattern.compile("[A-Za-z0-9._~!$&'()+,;=@%-]*");

    private final String text;
    private final List<String> segments;

    private RoutePattern(String text, List<String> segments) {
        this.text = text;
        this.segments = segments;
    }

    /** @throws IllegalArgumentException naming what is wrong with {@code path} */
    public static RoutePattern parse(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("a path starts with '/'");
        }
        List<String> segments = new ArrayList<>(List.of(path.substring(1).split("/", -1)));
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (segment.equals("*") ? !last : !(PARAM.matcher(segment).matches() || LITERAL.matcher(segment).matches())) {
                throw new IllegalArgumentException(segment.equals("*") ? "'*' may only be the last segment"
                        : "'" + segment + "' is not a path segment (letters, digits, -._~ and :name parameters)");
            }
            if (segment.equals(".") || segment.equals("..")) {
                throw new IllegalArgumentException("'.' and '..' segments are not allowed");
            }
        }
        return new RoutePattern(path, List.copyOf(segments));
    }

    /** The parameters when {@code path} (as received, percent-encoded) matches; empty when it does not. */
    public Optional<Map<String, String>> match(String path) {
        if (!path.startsWith("/")) {
            return Optional.empty();
        }
        String[] given = path.substring(1).split("/", -1);
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            String segment = segments.get(i);
            if (segment.equals("*")) {
                params.put("*", decode(String.join("/", java.util.Arrays.copyOfRange(given, i, given.length))));
                return Optional.of(params);
            }
            if (i >= given.length) {
                return Optional.empty();
            }
            if (segment.startsWith(":")) {
                if (given[i].isEmpty()) {
                    return Optional.empty();
                }
                params.put(segment.substring(1), decode(given[i]));
            } else if (!segment.equals(given[i])) {
                return Optional.empty();
            }
        }
        return given.length == segments.size() ? Optional.of(params) : Optional.empty();
    }

    private static String decode(String segment) {
        return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RoutePattern pattern && pattern.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
