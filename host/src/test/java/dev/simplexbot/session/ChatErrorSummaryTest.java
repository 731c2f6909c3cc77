package dev.simplexbot.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChatErrorSummaryTest {

    @Test
    void namesTheErrorByItsTypeAndNestedTypes() {
        assertThat(ChatErrorSummary.of("{\"type\":\"errorStore\",\"storeError\":{\"type\":\"noContact\",\"contactId\":2}}"))
                .isEqualTo("errorStore/noContact");
        assertThat(ChatErrorSummary.of("{\"type\":\"errorAgent\",\"agentConnId\":\"x\","
                + "\"agentError\":{\"type\":\"CONN\",\"connErr\":{\"type\":\"NOT_FOUND\"}}}"))
                .isEqualTo("errorAgent/CONN/NOT_FOUND");
        assertThat(ChatErrorSummary.of("{\"type\":\"somethingNew\"}")).isEqualTo("somethingNew");
    }

    @Test
    void survivesOddInput() {
        assertThat(ChatErrorSummary.of("{}")).isEqualTo("unknown chat error");
        assertThat(ChatErrorSummary.of("not json")).isEqualTo("unreadable chat error");
    }
}
