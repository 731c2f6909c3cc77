package dev.simplexbot.net;

import java.net.IDN;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The hosts scripts may reach, from {@code --allow-net=HOST[:PORT][,...]}. Deny by default: without entries nothing
 * is allowed.
 *
 * <p>Syntax of one entry: {@code [NAME:]HOST[:PORT]}. HOST is a host name, {@code *.domain} (its subdomains, not
 * the domain itself), an IPv4 address or an IPv6 address in brackets ({@code [::1]}). NAME limits the entry to the
 * bot whose file is {@code NAME.js}. The part after the first colon is a port only when it is all digits, so
 * {@code api.example.com:8080} is a host and port while {@code weather:api.example.com} is a bot and host; IPv6
 * literals must be bracketed so their colons never read as either. Anything else is refused at start with one line.
 */
public final class NetGrants {
    private static final Pattern BOT_NAME = Pattern.compile("[A-Za-z0-9._-]+");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern NUMERIC_HOST = Pattern.compile("[0-9.]+");

    private static final NetGrants NONE = new NetGrants(List.of());

    private final List<NetGrant> grants;

    private NetGrants(List<NetGrant> grants) {
        this.grants = List.copyOf(grants);
    }

    public static NetGrants none() {
        return NONE;
    }

    /**
     * Parses the values of {@code --allow-net} (each one entry or several separated by commas).
     *
     * @throws IllegalArgumentException with a one-line explanation naming the bad entry
     */
    public static NetGrants parse(List<String> values) {
        List<NetGrant> parsed = new ArrayList<>();
        for (String value : values) {
            for (String entry : value.split(",", -1)) {
                parsed.add(parseEntry(entry.strip()));
            }
        }
        return new NetGrants(parsed);
    }

    public static NetGrants parse(String... values) {
        return parse(List.of(values));
    }

    /** These grants and {@code more}. */
    public NetGrants plus(NetGrant more) {
        List<NetGrant> all = new ArrayList<>(grants);
        all.add(more);
        return new NetGrants(all);
    }

    public List<NetGrant> entries() {
        return grants;
    }

    public boolean isEmpty() {
        return grants.isEmpty();
    }

    /** Whether {@code bot} may reach {@code host} (lower case, IPv6 without brackets) on {@code port}. */
    public boolean allows(String bot, String host, int port) {
        return grants.stream().anyMatch(g -> g.appliesTo(bot) && g.allows(host, port));
    }

    /** Whether {@code bot} was granted the special (loopback, private, ...) {@code address} itself, on {@code port}. */
    public boolean grantsAddress(String bot, InetAddress address, int port) {
        return grants.stream().anyMatch(g -> g.appliesTo(bot) && g.grantsAddress(address, port));
    }

    /** The bot names that entries are limited to. */
    public Set<String> botNames() {
        Set<String> names = new TreeSet<>();
        grants.stream().map(NetGrant::bot).filter(java.util.Objects::nonNull).forEach(names::add);
        return names;
    }

    /**
     * Why {@code bot} may not reach {@code host:port}, and the flag that would allow it: for the PermissionDenied
     * message. {@code defaultPort} is the scheme's (80, 443): a grant without a port is suggested for it.
     */
    public String refusal(String bot, String host, int port, int defaultPort) {
        String shown = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        String wanted = port == defaultPort ? shown : shown + ":" + port;
        Set<String> otherBots = new TreeSet<>();
        Set<Integer> otherPorts = new TreeSet<>();
        for (NetGrant grant : grants) {
            if (grant.allows(host, grant.port() == null ? port : grant.port())) {
                if (!grant.appliesTo(bot)) {
                    otherBots.add(grant.bot());
                } else {
                    otherPorts.add(grant.port());
                }
            }
        }
        if (!otherPorts.isEmpty()) {
            return "only port " + join(otherPorts) + " of " + shown + " is granted; run with --allow-net=" + shown + ":" + port;
        }
        if (!otherBots.isEmpty()) {
            return shown + " is granted to " + join(otherBots) + " only; run with --allow-net=" + bot + ":" + wanted;
        }
        return "net access to " + wanted + " is not granted; run with --allow-net=" + wanted;
    }

    private static String join(Set<?> values) {
        return String.join(", ", values.stream().map(String::valueOf).toList());
    }

    private static NetGrant parseEntry(String entry) {
        if (entry.isEmpty()) {
            throw invalid(entry, "an empty entry (a stray comma?)");
        }
        if (entry.contains("://") || entry.contains("/")) {
            throw invalid(entry, "a grant is a host, not a URL: write api.example.com or api.example.com:443");
        }
        if (entry.chars().anyMatch(Character::isWhitespace)) {
            throw invalid(entry, "no spaces inside an entry");
        }
        String bot = null;
        String hostPort = entry;
        if (!entry.startsWith("[")) {
            int colon = entry.indexOf(':');
            if (colon >= 0 && !DIGITS.matcher(entry.substring(colon + 1)).matches()) {
                bot = entry.substring(0, colon);
                hostPort = entry.substring(colon + 1);
                if (!hostPort.startsWith("[") && looksLikeBareIpv6(entry)) {
                    throw invalid(entry, "IPv6 addresses go in brackets, e.g. [2001:db8::1] or [2001:db8::1]:443");
                }
                if (!BOT_NAME.matcher(bot).matches()) {
                    throw invalid(entry, "'" + bot + "' is not a bot name (a bot's file name without .js: letters, digits, '.', '_', '-')");
                }
            }
        }
        return hostAndPort(entry, bot, hostPort);
    }

    private static NetGrant hostAndPort(String entry, String bot, String text) {
        String host;
        String port = null;
        if (text.startsWith("[")) {
            int close = text.indexOf(']');
            if (close < 0) {
                throw invalid(entry, "an IPv6 address needs its closing bracket, e.g. [::1]:8080");
            }
            host = text.substring(1, close);
            String rest = text.substring(close + 1);
            if (!rest.isEmpty()) {
                if (!rest.startsWith(":")) {
                    throw invalid(entry, "after ']' only ':PORT' may follow");
                }
                port = rest.substring(1);
            }
            if (HostSyntax.ipLiteral(host) == null || host.indexOf(':') < 0) {
                throw invalid(entry, "'" + host + "' in brackets is not an IPv6 address");
            }
        } else {
            int colon = text.indexOf(':');
            if (colon >= 0 && text.indexOf(':', colon + 1) >= 0 || looksLikeBareIpv6(text)) {
                throw invalid(entry, "IPv6 addresses go in brackets, e.g. [2001:db8::1] or [2001:db8::1]:443");
            }
            host = colon < 0 ? text : text.substring(0, colon);
            port = colon < 0 ? null : text.substring(colon + 1);
        }
        Integer portNumber = port == null ? null : port(entry, port);
        return hostGrant(entry, bot, host, portNumber);
    }

    private static NetGrant hostGrant(String entry, String bot, String rawHost, Integer port) {
        if (rawHost.isEmpty()) {
            throw invalid(entry, "no host");
        }
        if (rawHost.equals("*")) {
            throw invalid(entry, "'*' would grant every host; list the hosts, or a domain's subdomains as *.example.com");
        }
        boolean wildcard = rawHost.startsWith("*.");
        String host = ascii(entry, wildcard ? rawHost.substring(2) : rawHost);
        InetAddress address = HostSyntax.ipLiteral(host);
        if (address != null) {
            if (wildcard) {
                throw invalid(entry, "a wildcard needs a domain name, not an address");
            }
            return new NetGrant(bot, address.getHostAddress().toLowerCase(Locale.ROOT).replaceAll("%.*$", ""), port,
                    address, false);
        }
        if (NUMERIC_HOST.matcher(host).matches()) {
            throw invalid(entry, "'" + host + "' is not an IPv4 address: write all four parts, e.g. 127.0.0.1");
        }
        if (!HostSyntax.isDomainName(host)) {
            throw invalid(entry, "'" + rawHost + "' is not a host name");
        }
        if (wildcard && host.indexOf('.') < 0) {
            throw invalid(entry, "*." + host + " would grant a whole top-level domain; name a domain, e.g. *.example.com");
        }
        return new NetGrant(bot, host, port, null, wildcard);
    }

    private static String ascii(String entry, String host) {
        String trimmed = host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
        try {
            return IDN.toASCII(trimmed, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw invalid(entry, "'" + host + "' is not a host name");
        }
    }

    private static int port(String entry, String text) {
        if (!DIGITS.matcher(text).matches() || text.length() > 5 || Integer.parseInt(text) < 1 || Integer.parseInt(text) > 65_535) {
            throw invalid(entry, "the port must be a number from 1 to 65535, got '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    private static boolean looksLikeBareIpv6(String text) {
        return text.contains("::") || text.chars().filter(c -> c == ':').count() > 2;
    }

    private static IllegalArgumentException invalid(String entry, String why) {
        return new IllegalArgumentException("invalid --allow-net entry '" + entry + "': " + why);
    }

    @Override
    public String toString() {
        return String.join(",", grants.stream().map(NetGrant::toString).toList());
    }
}
