package dev.simplexbot.env;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {
    @Test
    void secretsAreMaskedAsTheyAreAndAsJsonOrUrlsWriteThem() {
        SecretRedactor redactor = SecretRedactor.of(List.of("s3cr\"et/ü+x", "abcd", "on"));
        assertThat(redactor.redact("raw s3cr\"et/ü+x")).isEqualTo("raw [redacted]");
        assertThat(redactor.redact("{\"t\":\"s3cr\\\"et/ü+x\"}")).isEqualTo("{\"t\":\"[redacted]\"}");
        assertThat(redactor.redact("?k=s3cr%22et%2F%C3%BC%2Bx")).isEqualTo("?k=[redacted]");
        assertThat(redactor.redact("abcdabcd")).isEqualTo("[redacted][redacted]");
        assertThat(redactor.redact("turn on")).as("too short to be a secret").isEqualTo("turn on");
        assertThat(SecretRedactor.none().redact("abcd")).isEqualTo("abcd");
    }
}
