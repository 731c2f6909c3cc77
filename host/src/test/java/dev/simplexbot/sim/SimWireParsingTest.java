package dev.simplexbot.sim;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.api.CommandRenderer;
import dev.simplexbot.api.ParsedCommand;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The valid cases again, but as real command lines: rendered by api-bindings, read back by the simulator's
 * {@link CommandReader#fromSpec()}, so the simulator and the client side agree on every parameter.
 */
class SimWireParsingTest {
    private static final CommandRenderer RENDERER = new CommandRenderer(ApiSpec.load());
    private static final CommandReader READER = CommandReader.fromSpec();

    static List<SimCommandsTest.Case> validCases() {
        return SimCommandsTest.validCases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validCases")
    void commandLinesRoundTripToTheSameResponse(SimCommandsTest.Case c) {
        try (SimFixture f = new SimFixture()) {
            ObjectNode params = c.params().apply(f);
            String line = RENDERER.render(c.command(), params);
            ParsedCommand parsed = READER.read(line);
            assertThat(parsed.command().name()).as(line).isEqualTo(c.command());
            JsonNode response = f.sim.execute(parsed.command().name(), parsed.params()).response();
            assertThat(response.path("type").asText()).as(line + " -> " + response).isEqualTo(c.expected());
        }
    }
}
