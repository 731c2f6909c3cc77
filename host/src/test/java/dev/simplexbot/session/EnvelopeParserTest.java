package dev.simplexbot.session;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnvelopeParserTest {
    private final EnvelopeParser parser = new EnvelopeParser(SessionOptions.DEFAULT_MAX_FRAME_BYTES);

    @Test
    void readsAReplyAndKeepsRespTextExactly() {
        String resp = "{ \"user\" : {\"id\":1.50}, \"type\":\"activeUser\" }";
        assertThat(parser.parse("{\"corrId\":\"7\",\"resp\":" + resp + "}"))
                .isEqualTo(new Envelope.Reply("7", "activeUser", resp, null));
    }

    @Test
    void corrIdAfterRespStillMakesAReply() {
        assertThat(parser.parse("{\"resp\":{\"type\":\"ok\"},\"corrId\":\"3\"}"))
                .isEqualTo(new Envelope.Reply("3", "ok", "{\"type\":\"ok\"}", null));
    }

    @Test
    void nullCorrIdMeansAnEvent() {
        assertThat(parser.parse("{\"corrId\":null,\"resp\":{\"type\":\"newChatItems\"}}"))
                .isEqualTo(new Envelope.Event("newChatItems", "{\"type\":\"newChatItems\"}"));
    }

    @Test
    void chatCmdErrorCarriesItsChatError() {
        var reply = (Envelope.Reply) parser.parse(
                "{\"corrId\":\"1\",\"resp\":{\"type\":\"chatCmdError\",\"chatError\":{\"type\":\"error\"}}}");
        assertThat(reply.failed()).isTrue();
        assertThat(reply.chatErrorJson()).isEqualTo("{\"type\":\"error\"}");
    }

    @Test
    void leftHoldingAWholeChatCmdErrorRecordIsUnwrappedToItsChatError() {
        var reply = (Envelope.Reply) parser.parse("{\"corrId\":\"1\",\"resp\":{\"Left\":"
                + "{\"type\":\"chatCmdError\",\"chatError\":{\"type\":\"errorStore\"}}}}");
        assertThat(reply.chatErrorJson()).isEqualTo("{\"type\":\"errorStore\"}");
        assertThat(reply.json()).isEqualTo("{\"type\":\"chatCmdError\",\"chatError\":{\"type\":\"errorStore\"}}");
    }

    @Test
    void invalidFramesAreClassifiedWithAShortExcerpt() {
        assertThat(parser.parse("")).isInstanceOf(Envelope.Invalid.class);
        assertThat(parser.parse("null")).isInstanceOf(Envelope.Invalid.class);
        assertThat(parser.parse("{\"resp\":\"text\"}")).isInstanceOf(Envelope.Invalid.class);
        assertThat(parser.parse("{\"resp\":{\"type\":5}}")).isInstanceOf(Envelope.Invalid.class);
        assertThat(parser.parse("{\"resp\":{\"Right\":{\"noType\":1}}}")).isInstanceOf(Envelope.Invalid.class);
        assertThat(parser.parse("{\"resp\":{\"type\":\"x\"}")).isInstanceOf(Envelope.Invalid.class);

        var invalid = (Envelope.Invalid) parser.parse("\n\n" + "z".repeat(1_000_000));
        assertThat(invalid.excerpt()).hasSizeLessThan(EnvelopeParser.EXCERPT_CHARS + 30)
                .endsWith("(1000002 chars)")
                .doesNotContain("\n");
    }
}
