package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

/** The conformance checker accepts what the spec defines and names the path and the problem of what it does not. */
class SpecConformanceTest {
    private static final ApiSpec SPEC = ApiSpec.load();
    private final SpecConformance checker = new SpecConformance(SPEC);
    private final SampleJson samples = new SampleJson(SPEC);

    @Test
    void sampleValuesOfEveryTypeConform() {
        for (TypeSpec type : SPEC.types()) {
            for (int variant = 0; variant < 4; variant++) {
                JsonNode sample = samples.of(new TypeExpr.Ref(type.name()), variant);
                assertThat(checker.check(sample, new TypeExpr.Ref(type.name()))).as(type.name() + " " + sample).isEmpty();
            }
        }
    }

    @Test
    void sampleEventsAndResponsesConform() {
        for (EventSpec event : SPEC.events()) {
            ObjectNode sample = samples.fields(event.fields(), 0, 0).put("type", event.type());
            assertThat(checker.checkEvent(sample)).as(event.type()).isEmpty();
        }
        for (CommandSpec command : SPEC.commands()) {
            for (ResponseSpec response : command.responses()) {
                ObjectNode sample = samples.fields(response.fields(), 1, 0).put("type", response.type());
                assertThat(checker.checkResponse(command.name(), sample)).as(command.name() + " " + response.type()).isEmpty();
            }
        }
    }

    @Test
    void eachKindOfProblemIsNamedWithItsPath() {
        ObjectNode item = (ObjectNode) samples.of(new TypeExpr.Ref("AChatItem"), 0);
        ObjectNode meta = (ObjectNode) item.get("chatItem").get("meta");
        meta.put("itemId", "7");
        meta.remove("itemTs");
        meta.put("surprise", true);
        meta.putNull("itemSharedMsgId");
        ((ObjectNode) meta.get("itemStatus")).put("type", "sndLost");
        ((ObjectNode) item.get("chatItem").get("chatDir")).put("type", "directSnd");

        assertThat(checker.check(item, new TypeExpr.Ref("AChatItem"))).containsExactlyInAnyOrder(
                "$.chatItem.meta.itemId: expected int64, got \"7\"",
                "$.chatItem.meta.itemTs: missing (required UTCTime)",
                "$.chatItem.meta.itemStatus.type: expected a CIStatus tag (sndNew, sndSent, sndRcvd, sndErrorAuth, sndError,"
                        + " sndWarning, rcvNew, rcvRead, invalid), got \"sndLost\"",
                "$.chatItem.meta.itemSharedMsgId: null; an absent optional field is left out",
                "$.chatItem.meta.surprise: not a field the docs define");
    }

    @Test
    void numbersAreCheckedAgainstTheirRangesAndTimesMustBeTimestamps() {
        assertThat(checker.check(SampleJson.MAPPER.valueToTree(1L << 40), new TypeExpr.Primitive("int"))).hasSize(1);
        assertThat(checker.check(SampleJson.MAPPER.valueToTree(-1), new TypeExpr.Primitive("word32"))).hasSize(1);
        assertThat(checker.check(SampleJson.MAPPER.valueToTree(2.5), new TypeExpr.Primitive("int64"))).hasSize(1);
        assertThat(checker.check(SampleJson.MAPPER.valueToTree(2.5), new TypeExpr.Primitive("double"))).isEmpty();
        assertThat(checker.check(SampleJson.MAPPER.valueToTree("yesterday"), new TypeExpr.Primitive("UTCTime")))
                .containsExactly("$: expected UTCTime, got \"yesterday\"");
        assertThat(checker.check(SampleJson.MAPPER.valueToTree("2024-05-01T12:00:00.123Z"), new TypeExpr.Primitive("UTCTime"))).isEmpty();
        assertThat(checker.check(SampleJson.MAPPER.valueToTree("boss"), new TypeExpr.Ref("GroupMemberRole")))
                .containsExactly("$: expected one of GroupMemberRole [observer, author, member, moderator, admin, owner], got \"boss\"");
    }

    @Test
    void anUndocumentedEventOrAResponseOfAnotherCommandIsReported() {
        assertThat(checker.checkEvent(SampleJson.MAPPER.createObjectNode().put("type", "somethingHappened")))
                .containsExactly("$.type: not a documented event: \"somethingHappened\"");
        ObjectNode stopped = SampleJson.MAPPER.createObjectNode().put("type", "chatStopped");
        assertThat(checker.checkResponse("APIStopChat", stopped)).isEmpty();
        assertThat(checker.checkResponse("StartChat", stopped))
                .containsExactly("$.type: \"chatStopped\" is not a response of StartChat (its responses: chatStarted, chatRunning)");
    }
}
