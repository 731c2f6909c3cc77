package dev.simplexbot.net;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Addresses a granted host name must not lead to unless the address itself is granted: this machine, the local
 * networks and addresses that are not one public host. IPv6 addresses that carry an IPv4 address (mapped,
 * compatible, NAT64, 6to4) are judged by that IPv4 address, so {@code ::ffff:127.0.0.1} is loopback too.
 */
public final class SpecialAddresses {
    private SpecialAddresses() {}

    /** What kind of special address this is ("loopback", "private", ...), or {@code null} for a public address. */
    public static String kind(InetAddress address) {
        if (address instanceof Inet4Address) {
            return kindV4(address.getAddress());
        }
        if (address instanceof Inet6Address) {
            return kindV6(address.getAddress());
        }
        return "unknown";
    }

    private static String kindV4(byte[] a) {
        int b0 = a[0] & 0xff;
        int b1 = a[1] & 0xff;
        if (b0 == 0) {
            return "unspecified";
        }
        if (b0 == 127) {
            return "loopback";
        }
        if (b0 == 10 || (b0 == 172 && b1 >= 16 && b1 <= 31) || (b0 == 192 && b1 == 168)) {
            return "private";
        }
        if (b0 == 169 && b1 == 254) {
            return "link-local";
        }
        if (b0 == 100 && b1 >= 64 && b1 <= 127) {
            return "shared (carrier-grade NAT)";
        }
        if (b0 == 192 && b1 == 0 && (a[2] & 0xff) == 0) {
            return "IETF protocol assignment";
        }
        if (b0 == 198 && (b1 == 18 || b1 == 19)) {
            return "benchmarking";
        }
        if (b0 >= 224 && b0 <= 239) {
            return "multicast";
        }
        if (b0 >= 240) {
            return b0 == 255 && b1 == 255 && (a[2] & 0xff) == 255 && (a[3] & 0xff) == 255 ? "broadcast" : "reserved";
        }
        return null;
    }

    private static String kindV6(byte[] a) {
        if (allZero(a, 0, 10)) {
            boolean ffff = (a[10] & 0xff) == 0xff && (a[11] & 0xff) == 0xff;
            if (ffff) {
                return kindV4(slice(a, 12));
            }
            if (allZero(a, 10, 2)) {
                if (allZero(a, 12, 3) && (a[15] == 0 || a[15] == 1)) {
                    return a[15] == 0 ? "unspecified" : "loopback";
                }
                return kindV4(slice(a, 12)); // IPv4-compatible (deprecated)
            }
        }
        int first = a[0] & 0xff;
        if (first == 0x00 && (a[1] & 0xff) == 0x64 && (a[2] & 0xff) == 0xff && (a[3] & 0xff) == 0x9b && allZero(a, 4, 8)) {
            return kindV4(slice(a, 12)); // NAT64 64:ff9b::/96
        }
        if (first == 0x20 && (a[1] & 0xff) == 0x02) {
            return kindV4(slice(a, 2)); // 6to4 2002::/16
        }
        if (first == 0xfe && ((a[1] & 0xc0) == 0x80)) {
            return "link-local";
        }
        if (first == 0xfe && ((a[1] & 0xc0) == 0xc0)) {
            return "site-local";
        }
        if ((first & 0xfe) == 0xfc) {
            return "unique local";
        }
        if (first == 0xff) {
            return "multicast";
        }
        return null;
    }

    private static boolean allZero(byte[] a, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (a[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] slice(byte[] a, int from) {
        return java.util.Arrays.copyOfRange(a, from, from + 4);
    }
}
