package dev.simplexbot.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The --allow-net syntax: what each entry grants, and one clear line for each kind of mistake. */
class NetGrantsTest {
    @Test
    void aHostAloneGrantsEveryPortAndOnlyThatHost() {
        NetGrants grants = NetGrants.parse("api.example.com");
        assertThat(grants.allows("any", "api.example.com", 443)).isTrue();
        assertThat(grants.allows("any", "api.example.com", 8080)).isTrue();
        assertThat(grants.allows("any", "API.Example.com", 443)).as("host names are case-insensitive").isTrue();
        assertThat(grants.allows("any", "example.com", 443)).isFalse();
        assertThat(grants.allows("any", "evil.api.example.com", 443)).isFalse();
        assertThat(grants.allows("any", "api.example.com.evil.org", 443)).isFalse();
    }

    @Test
    void aPortIsTheOnlyPortAllowed() {
        NetGrants grants = NetGrants.parse("api.example.com:8443");
        assertThat(grants.allows("any", "api.example.com", 8443)).isTrue();
        assertThat(grants.allows("any", "api.example.com", 443)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "weather:api.example.com        | weather | api.example.com | ",
        "weather:api.example.com:443    | weather | api.example.com | 443",
        "api.example.com:443            |         | api.example.com | 443",
        "my-bot.v2:localhost:8080       | my-bot.v2 | localhost     | 8080",
        "8080:api.example.com           | 8080    | api.example.com | ",
        "[::1]:8080                     |         | 0:0:0:0:0:0:0:1 | 8080",
        "hook:[fd00::5]                 | hook    | fd00:0:0:0:0:0:0:5 | ",
        "hook:[fd00::5]:9000            | hook    | fd00:0:0:0:0:0:0:5 | 9000",
        "10.0.0.5                       |         | 10.0.0.5        | ",
        "API.Example.COM.               |         | api.example.com | ",
    })
    void aBotNameIsTheFirstPartUnlessWhatFollowsIsAllDigits(String entry, String bot, String host, Integer port) {
        NetGrant grant = NetGrants.parse(entry).entries().get(0);
        assertThat(grant.bot()).isEqualTo(bot);
        assertThat(grant.host()).isEqualTo(host);
        assertThat(grant.port()).isEqualTo(port);
    }

    @Test
    void aBotsGrantIsItsOwn() {
        NetGrants grants = NetGrants.parse("weather:api.example.com,news.example.com");
        assertThat(grants.allows("weather", "api.example.com", 443)).isTrue();
        assertThat(grants.allows("news", "api.example.com", 443)).isFalse();
        assertThat(grants.allows("news", "news.example.com", 443)).isTrue();
        assertThat(grants.allows("weather", "news.example.com", 443)).isTrue();
        assertThat(grants.botNames()).containsExactly("weather");
    }

    @Test
    void aWildcardGrantsSubdomainsNotTheDomainItself() {
        NetGrants grants = NetGrants.parse("*.example.com");
        assertThat(grants.allows("b", "api.example.com", 443)).isTrue();
        assertThat(grants.allows("b", "a.b.example.com", 443)).isTrue();
        assertThat(grants.allows("b", "example.com", 443)).isFalse();
        assertThat(grants.allows("b", "badexample.com", 443)).isFalse();
        assertThat(grants.allows("b", "127.0.0.1", 443)).isFalse();
    }

    @Test
    void anAddressGrantMatchesThatAddressInAnyNotation() {
        NetGrants grants = NetGrants.parse("[2001:db8::1]:443,127.0.0.1");
        assertThat(grants.allows("b", "2001:db8:0:0:0:0:0:1", 443)).isTrue();
        assertThat(grants.allows("b", "2001:db8::1", 443)).isTrue();
        assertThat(grants.allows("b", "2001:db8::1", 80)).isFalse();
        assertThat(grants.allows("b", "127.0.0.1", 80)).isTrue();
        assertThat(grants.allows("b", "127.0.0.2", 80)).isFalse();
    }

    @Test
    void specialAddressesAreGrantedOnlyByThemselvesOrByLocalhostForLoopback() throws Exception {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        InetAddress loopback6 = InetAddress.getByName("::1");
        InetAddress privateAddress = InetAddress.getByName("10.0.0.5");
        assertThat(NetGrants.parse("localhost").grantsAddress("b", loopback, 80)).isTrue();
        assertThat(NetGrants.parse("localhost").grantsAddress("b", loopback6, 80)).isTrue();
        assertThat(NetGrants.parse("localhost").grantsAddress("b", privateAddress, 80)).isFalse();
        assertThat(NetGrants.parse("localhost:8080").grantsAddress("b", loopback, 80)).isFalse();
        assertThat(NetGrants.parse("10.0.0.5").grantsAddress("b", privateAddress, 443)).isTrue();
        assertThat(NetGrants.parse("other:10.0.0.5").grantsAddress("b", privateAddress, 443)).isFalse();
        assertThat(NetGrants.parse("api.example.com").grantsAddress("b", privateAddress, 443)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "https://api.example.com        | a grant is a host, not a URL",
        "api.example.com/v1             | a grant is a host, not a URL",
        "::1                            | IPv6 addresses go in brackets",
        "2001:db8::1                    | IPv6 addresses go in brackets",
        "bot:2001:db8::1                | IPv6 addresses go in brackets",
        "[::1                           | needs its closing bracket",
        "[example.com]                  | is not an IPv6 address",
        "api.example.com:0              | the port must be a number from 1 to 65535, got '0'",
        "api.example.com:70000          | the port must be a number from 1 to 65535",
        "a:b:c:d                        | IPv6 addresses go in brackets",
        "bot:api.example.com:https      | the port must be a number from 1 to 65535, got 'https'",
        "*                              | '*' would grant every host",
        "*.com                          | would grant a whole top-level domain",
        "*.127.0.0.1                    | a wildcard needs a domain name",
        "127.1                          | is not an IPv4 address: write all four parts",
        "my bot:api.example.com         | no spaces inside an entry",
        "bot/x:api.example.com          | a grant is a host, not a URL",
        "b@d:api.example.com            | 'b@d' is not a bot name",
        "api_example..com               | is not a host name",
        "bot:                           | no host",
    })
    void mistakesAreOneLineNamingTheEntry(String entry, String reason) {
        assertThatThrownBy(() -> NetGrants.parse(entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid --allow-net entry '" + entry.strip() + "': ")
                .hasMessageContaining(reason)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void anEmptyEntryIsAStrayComma() {
        assertThatThrownBy(() -> NetGrants.parse("a.example.com,,b.example.com"))
                .hasMessage("invalid --allow-net entry '': an empty entry (a stray comma?)");
        assertThatThrownBy(() -> NetGrants.parse("")).hasMessageContaining("an empty entry");
    }

    @Test
    void refusalsSayWhatWouldAllowTheRequest() {
        assertThat(NetGrants.none().refusal("bot", "api.example.com", 443, 443))
                .isEqualTo("net access to api.example.com is not granted; run with --allow-net=api.example.com");
        assertThat(NetGrants.none().refusal("bot", "api.example.com", 8080, 443))
                .isEqualTo("net access to api.example.com:8080 is not granted; run with --allow-net=api.example.com:8080");
        assertThat(NetGrants.parse("api.example.com:443").refusal("bot", "api.example.com", 80, 80))
                .isEqualTo("only port 443 of api.example.com is granted; run with --allow-net=api.example.com:80");
        assertThat(NetGrants.parse("other:api.example.com").refusal("bot", "api.example.com", 443, 443))
                .isEqualTo("api.example.com is granted to other only; run with --allow-net=bot:api.example.com");
        assertThat(NetGrants.none().refusal("bot", "::1", 8080, 80))
                .isEqualTo("net access to [::1]:8080 is not granted; run with --allow-net=[::1]:8080");
    }
}
