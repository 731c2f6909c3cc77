package dev.simplexbot.net;

import java.security.Security;

/**
 * The JVM's cache of successful name lookups. The address check and the HTTP client's own connect both resolve a
 * granted name through it, so within its lifetime they see the same answer whatever the DNS record's TTL says; with
 * the cache off, every request leaves a DNS rebinding window (SECURITY.md).
 */
public final class AddressCache {
    private AddressCache() {}

    /** Seconds a successful lookup is kept: the JVM's default (30) unless a property says otherwise; -1 is forever. */
    public static int ttlSeconds() {
        String value = System.getProperty("sun.net.inetaddr.ttl", Security.getProperty("networkaddress.cache.ttl"));
        if (value == null || value.isBlank()) {
            return 30;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    /** Whether lookups are cached at all. */
    public static boolean enabled() {
        return ttlSeconds() != 0;
    }
}
