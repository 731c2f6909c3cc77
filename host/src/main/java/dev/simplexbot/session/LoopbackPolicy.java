package dev.simplexbot.session;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The CLI's WebSocket API has no authentication, so by default simplex-bot only talks to a CLI on this machine.
 * Decides without touching the network: {@code localhost}, {@code 127.0.0.0/8} and {@code ::1} are loopback;
 * every other name is treated as remote (a name is not resolved — DNS could say anything).
 */
public final class LoopbackPolicy {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private LoopbackPolicy() {}

    public static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!IPV4.matcher(h).matches() && !h.contains(":")) {
            return false;
        }
        try {
            // A literal address: InetAddress parses it without any lookup.
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Throws {@link IllegalArgumentException} with a user-facing message when {@code url} points at another
     * machine and {@code allowRemote} is false.
     */
    public static void check(URI url, boolean allowRemote) {
        if (!allowRemote && !isLoopback(url.getHost())) {
            throw new IllegalArgumentException("refusing non-loopback URL " + url
                    + ": the SimpleX CLI API has no authentication (use --allow-remote to connect anyway)");
        }
    }
}
