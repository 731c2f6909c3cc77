package dev.simplexbot.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses a granted name must not lead to: v4, v6, and v6 forms that carry a v4 address. */
class SpecialAddressesTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "127.0.0.1, loopback",
        "127.255.255.254, loopback",
        "::1, loopback",
        "0.0.0.0, unspecified",
        "::, unspecified",
        "10.1.2.3, private",
        "172.16.0.1, private",
        "172.31.255.255, private",
        "192.168.1.1, private",
        "169.254.169.254, link-local",
        "fe80::1, link-local",
        "fd00::1, unique local",
        "fc00::abcd, unique local",
        "fec0::1, site-local",
        "100.64.0.1, shared (carrier-grade NAT)",
        "224.0.0.1, multicast",
        "ff02::1, multicast",
        "255.255.255.255, broadcast",
        "240.0.0.1, reserved",
        "192.0.0.8, IETF protocol assignment",
        "198.18.0.1, benchmarking",
    })
    void specialAddresses(String address, String kind) throws Exception {
        assertThat(SpecialAddresses.kind(InetAddress.getByName(address))).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0} carries {1}")
    @CsvSource({
        "::ffff:127.0.0.1, loopback",
        "::ffff:10.0.0.1, private",
        "::127.0.0.1, loopback",
        "64:ff9b::a9fe:a9fe, link-local",
        "2002:7f00:1::, loopback",
        "2002:c0a8:101::1, private",
    })
    void ipv6AddressesCarryingAnIpv4AddressAreJudgedByIt(String address, String kind) throws Exception {
        assertThat(SpecialAddresses.kind(InetAddress.getByAddress(HostSyntax.ipLiteral(address).getAddress())))
                .isEqualTo(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700:4700::1111",
        "2002:808:808::1", "64:ff9b::808:808"})
    void publicAddressesAreNotSpecial(String address) throws Exception {
        assertThat(SpecialAddresses.kind(HostSyntax.ipLiteral(address))).isNull();
    }
}
