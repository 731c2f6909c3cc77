package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

/** The generated Java API renders through the spec and sends the line through the transport. */
class ChatApiTest {
    private final List<String> sent = new ArrayList<>();
    private final JsonNode ok = SampleJson.MAPPER.createObjectNode().put("type", "cmdOk");
    private final ChatApi api = new ChatApi(new CommandRenderer(ApiSpec.load()), line -> {
        sent.add(line);
        return CompletableFuture.completedFuture(ok);
    });

    @Test
    void sendsTheRenderedCommandAndReturnsTheResponse() throws Exception {
        JsonNode chatRef = SampleJson.MAPPER.readTree("{\"chatType\":\"group\",\"chatId\":7,\"chatScope\":{\"type\":\"memberSupport\",\"groupMemberId_\":12}}");
        JsonNode messages = SampleJson.MAPPER.readTree("[{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]");

        assertThat(api.apiSendMessages(chatRef, false, null, messages).get()).isSameAs(ok);
        api.showActiveUser().get();
        api.receiveFile(3, true, false, null, "/tmp/x");

        assertThat(sent).containsExactly(
                "/_send #7(_support:12) json [{\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"},\"mentions\":{}}]",
                "/user",
                "/freceive 3 approved_relays=on encrypt=off /tmp/x");
    }

    @Test
    void invalidParametersFailTheFutureAndSendNothing() {
        CompletableFuture<JsonNode> result = api.apiAddMember(1, 2, "boss");

        assertThat(result).failsWithin(java.time.Duration.ZERO).withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(CommandValidationException.class)
                .withMessageContaining("apiAddMember: parameter 'memberRole'");
        assertThat(sent).isEmpty();
    }
}
