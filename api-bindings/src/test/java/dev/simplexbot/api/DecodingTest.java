package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented response and event, built as sample JSON from TYPES.md, is recognised by its type tag. */
class DecodingTest {
    private static final ApiSpec SPEC = ApiSpec.load();
    private static final SampleJson SAMPLES = new SampleJson(SPEC);
    private static final MessageDecoder DECODER = new MessageDecoder(SPEC);

    static Stream<Arguments> messages() {
        List<Arguments> out = new ArrayList<>();
        SPEC.events().forEach(e -> out.add(Arguments.of("event", e.type(), e.fields())));
        SPEC.commands().stream().flatMap(c -> c.responses().stream()).distinct()
                .forEach(r -> out.add(Arguments.of("response", r.type(), r.fields())));
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("messages")
    void readsTheTypeTagAndToleratesUnknownFields(String kind, String type, List<FieldSpec> fields) {
        for (int variant = 0; variant < 2; variant++) {
            ObjectNode message = SampleJson.MAPPER.createObjectNode().put("type", type);
            message.setAll(SAMPLES.fields(fields, variant, 0));
            message.put("fieldFromANewerCli", true);

            MessageDecoder.Decoded decoded = DECODER.decode(message);

            assertThat(decoded.type()).isEqualTo(type);
            assertThat(kind.equals("event") ? decoded.event().map(EventSpec::type) : decoded.response().map(ResponseSpec::type))
                    .contains(type);
            assertThat(decoded.problems()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("messages")
    void reportsAMissingRequiredField(String kind, String type, List<FieldSpec> fields) {
        ObjectNode message = SampleJson.MAPPER.createObjectNode().put("type", type);
        message.setAll(SAMPLES.fields(fields, 1, 0));
        fields.stream().filter(f -> !f.optional()).findFirst().ifPresent(f -> {
            message.remove(f.name());
            assertThat(DECODER.decode(message).problems()).containsExactly(type + "." + f.name() + " is missing");
        });
    }
}
