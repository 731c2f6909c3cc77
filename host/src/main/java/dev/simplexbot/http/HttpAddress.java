package dev.simplexbot.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where {@code --http=[HOST:]PORT} listens. HOST defaults to 127.0.0.1, so the server is reachable from this machine
 * only unless another address is written out; IPv6 addresses go in brackets ({@code [::1]:8080}). Port 0 picks a free
 * port.
 */
public record HttpAddress(String host, int port) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    private static final Pattern FORM = Pattern.compile("(?:(\\[[^\\]]+\\]|[^:\\[\\]]+):)?(\\d{1,5})");

    /** @throws IllegalArgumentException with one line saying what is wrong */
    public static HttpAddress parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("invalid --http '" + text + "': expected PORT or HOST:PORT, e.g. 8080 or 0.0.0.0:8080"
                    + " (IPv6 in brackets: [::1]:8080)");
        }
        int port = Integer.parseInt(m.group(2));
        if (port > 65_535) {
            throw new IllegalArgumentException("invalid --http '" + text + "': the port must be from 0 to 65535");
        }
        String host = m.group(1) == null ? DEFAULT_HOST : m.group(1);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        return new HttpAddress(host, port);
    }

    /** Whether only this machine can connect; {@code false} also when the host cannot be resolved (then binding fails). */
    public boolean isLoopback() {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }
}
