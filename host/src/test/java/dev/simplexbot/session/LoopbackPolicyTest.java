package dev.simplexbot.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoopbackPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "LOCALHOST", "bot.localhost", "127.0.0.1", "127.1.2.3", "[::1]", "::1",
            "0:0:0:0:0:0:0:1"})
    void loopbackHosts(String host) {
        assertThat(LoopbackPolicy.isLoopback(host)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "localhost.example.com", "10.0.0.1", "128.0.0.1", "0.0.0.0", "::",
            "[2001:db8::1]", "192.168.1.1", "", "1277.0.0.1"})
    void remoteHosts(String host) {
        assertThat(LoopbackPolicy.isLoopback(host)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ws://10.0.0.5:5225", "wss://chat.example.com"})
    void checkRefusesRemoteUrlsUnlessAllowed(String url) {
        assertThatThrownBy(() -> LoopbackPolicy.check(URI.create(url), false))
                .hasMessageContaining("refusing non-loopback URL " + url);
        assertThatCode(() -> LoopbackPolicy.check(URI.create(url), true)).doesNotThrowAnyException();
    }
}
