package dev.simplexbot.net;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/** A redirect's {@code Location}, resolved against the URL that answered it. */
final class Locations {
    private Locations() {}

    /** @throws FetchException (a TypeError) when the location is not a URL even after escaping stray characters */
    static URI resolve(URI base, String location) {
        try {
            URI target = new URI(escape(location.strip()));
            URI resolved = target.isAbsolute() ? target : base.resolve(target);
            return resolved.getRawPath() == null || !resolved.getRawPath().isEmpty() || resolved.getHost() == null
                    ? resolved
                    : new URI(resolved.getScheme(), resolved.getRawAuthority(), "/", resolved.getRawQuery(), null);
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw FetchException.typeError("fetch " + Fetch.shown(base) + ": redirected to an invalid URL");
        }
    }

    /** Percent-encodes spaces, controls and non-ASCII characters, as browsers do before parsing a Location. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c <= 0x20 || c >= 0x7f || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
