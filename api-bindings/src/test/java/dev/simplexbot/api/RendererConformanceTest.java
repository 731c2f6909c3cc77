package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For every command and every case, the renderer gives exactly what the docs' JavaScript expression gives. */
class RendererConformanceTest {
    private static final ApiSpec SPEC = ApiSpec.load();
    private static final CommandRenderer RENDERER = new CommandRenderer(SPEC);
    private static final CommandParser PARSER = new CommandParser(SPEC);
    private static DocsJavaScript docs;

    @BeforeAll
    static void startJs() {
        docs = new DocsJavaScript(SPEC);
    }

    @AfterAll
    static void stopJs() {
        docs.close();
    }

    static Stream<Arguments> cases() {
        CommandCases cases = new CommandCases(SPEC);
        List<Arguments> out = new ArrayList<>();
        for (CommandSpec c : SPEC.commands()) {
            for (int k = 0; k < CommandCases.CASES; k++) {
                out.add(Arguments.of(c.method(), k, cases.params(c, k).toString()));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} case {1}")
    @MethodSource("cases")
    void rendersWhatTheDocsExpressionRenders(String method, int k, String params) throws Exception {
        String[] js = docs.evaluate(method, params);
        String expected = js[0];
        String paramsAsJsPrintsThem = js[1];

        assertThat(RENDERER.render(method, paramsAsJsPrintsThem)).isEqualTo(expected);
        assertThat(RENDERER.render(method, SampleJson.MAPPER.readTree(paramsAsJsPrintsThem))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} case {1}")
    @MethodSource("cases")
    void parsesTheRenderedLineBack(String method, int k, String params) throws Exception {
        JsonNode given = SampleJson.MAPPER.readTree(params);
        String line = RENDERER.render(method, given);

        ParsedCommand parsed = PARSER.parse(line);

        if (method.equals("apiConnect") && !given.has("preparedLink_")) {
            // "/_connect 1" is also APIAddContact without incognito, and the parser prefers the documented-first one
            assertThat(parsed.command().method()).isEqualTo("apiAddContact");
            return;
        }
        assertThat(parsed.command().method()).isEqualTo(method);
        assertThat(RENDERER.render(method, parsed.params())).isEqualTo(line);
        String js = parsed.command().js();
        given.fields().forEachRemaining(e -> {
            if (!java.util.regex.Pattern.compile("\\b" + e.getKey() + "\\b").matcher(js).find()) {
                return; // not carried by the syntax (Connect.incognito, StartChat.mainApp)
            }
            JsonNode back = parsed.params().get(e.getKey());
            if (back == null) {
                assertThat(JsValues.truthy(e.getValue())).as("%s=%s was lost", e.getKey(), e.getValue()).isFalse();
            } else {
                assertThat(back.equals(SAME_NUMBER, e.getValue()))
                        .as("%s: parsed %s, given %s", e.getKey(), back, e.getValue())
                        .isTrue();
            }
        });
    }

    /** Jackson tells IntNode from LongNode; the round trip promises equal numbers, not equal node classes. */
    private static final java.util.Comparator<JsonNode> SAME_NUMBER = (a, b) ->
            a.equals(b) || (a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0) ? 0 : 1;
}
