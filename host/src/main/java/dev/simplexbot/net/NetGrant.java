package dev.simplexbot.net;

import java.net.InetAddress;
import java.util.Locale;

/**
 * One entry of {@code --allow-net}: outbound HTTP(S) to a host, on one port or any, for every bot or one.
 *
 * @param bot     the bot it is limited to (its file name without {@code .js}), or {@code null} for every bot
 * @param host    a lower-case host name without a trailing dot, or an IP address literal (IPv6 without brackets)
 * @param port    the only port allowed, or {@code null} for any port
 * @param address the address when {@code host} is an IP literal, else {@code null}
 * @param wildcard {@code host} is a domain whose subdomains are granted ({@code *.example.com}), not the domain itself
 */
public record NetGrant(String bot, String host, Integer port, InetAddress address, boolean wildcard) {
    public static final String LOCALHOST = "localhost";

    /** Whether this grant applies to {@code botName}. */
    public boolean appliesTo(String botName) {
        return bot == null || bot.equals(botName);
    }

    /** Whether a URL's host (lower case, IPv6 without brackets) and effective port are granted by this entry. */
    public boolean allows(String urlHost, int urlPort) {
        if (port != null && port != urlPort) {
            return false;
        }
        String wanted = urlHost.toLowerCase(Locale.ROOT);
        if (wildcard) {
            return address == null && wanted.endsWith("." + host) && HostSyntax.isDomainName(wanted);
        }
        if (address != null) {
            InetAddress literal = HostSyntax.ipLiteral(wanted);
            return literal != null && literal.equals(address);
        }
        return wanted.equals(host);
    }

    /**
     * Whether this entry grants reaching {@code target} on {@code targetPort} even though it is a loopback, private or
     * otherwise special address: the address itself was granted, or {@code localhost} for loopback addresses.
     */
    public boolean grantsAddress(InetAddress target, int targetPort) {
        if (port != null && port != targetPort) {
            return false;
        }
        if (address != null) {
            return address.equals(target);
        }
        return !wildcard && host.equals(LOCALHOST) && target.isLoopbackAddress();
    }

    /** As the operator would write it, e.g. {@code github-hook:api.github.com:443}. */
    @Override
    public String toString() {
        String shownHost = address instanceof java.net.Inet6Address ? "[" + host + "]" : (wildcard ? "*." + host : host);
        return (bot == null ? "" : bot + ":") + shownHost + (port == null ? "" : ":" + port);
    }
}
