package dev.simplexbot.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses; the system's resolver outside tests. */
@FunctionalInterface
public interface HostResolver {
    InetAddress[] resolve(String host) throws UnknownHostException;

    /**
     * The JVM's resolver, the same one (and the same cache) the HTTP client uses when it connects right after the
     * check: see SECURITY.md on DNS rebinding.
     */
    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
