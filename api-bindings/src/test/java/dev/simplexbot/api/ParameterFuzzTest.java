package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Every text and number parameter of every command, replaced with hostile values: the renderer either refuses
 * them ({@link CommandValidationException}) or produces one line that the spec's own parser reads back to the
 * same command and the same parameters, with no option the caller did not give.
 */
class ParameterFuzzTest {
    private static final ApiSpec SPEC = ApiSpec.load();
    private static final CommandRenderer RENDERER = new CommandRenderer(SPEC);
    private static final CommandParser PARSER = new CommandParser(SPEC);
    private static final CommandCases CASES = new CommandCases(SPEC);
    private static final List<Slot> SLOTS = slots();

    private static final AtomicInteger rendered = new AtomicInteger();
    private static final AtomicInteger refused = new AtomicInteger();

    /** Pieces of command syntax and line breakers that an attacker would put in a message or a name. */
    private static final List<String> FRAGMENTS = List.of(
            "\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\u0000", "\t", " ", "  ", "\"", "'", "\\", "`",
            " json ", "json", " live=on", "live=on", " ttl=5", " incognito=on", " notify=off", " encrypt=on",
            "/_delete @1 full", "/_send @1 json [{}]", "@1", "#2", "*", ",", ":", "(", ")", "{", "}", "[", "]",
            "=on", "=off", "😀", "ü", "файл", "\u202e", "\ufeff", "%", "${x}", "</script>", "null", "true", "1e21");

    /** A parameter of a command that takes text or a number, with a valid parameter set to put it in. */
    record Slot(String method, int caseIndex, String param, String kind) {
        @Override
        public String toString() {
            return method + "." + param + " (" + kind + ", case " + caseIndex + ")";
        }
    }

    private static List<Slot> slots() {
        List<Slot> slots = new ArrayList<>();
        for (CommandSpec command : SPEC.commands()) {
            for (ParamSpec p : command.params()) {
                if (p.type() instanceof TypeExpr.Primitive prim && !prim.kind().equals("bool")
                        && !prim.kind().equals("JSONObject")) {
                    for (int k = 0; k < CommandCases.CASES; k++) {
                        slots.add(new Slot(command.method(), k, p.name(), prim.isInteger() ? "integer" : prim.kind()));
                    }
                }
            }
        }
        return slots;
    }

    @Provide
    Arbitrary<String> hostileText() {
        Arbitrary<String> spliced = Arbitraries.of(FRAGMENTS).list().ofMinSize(1).ofMaxSize(6)
                .map(parts -> String.join("", parts));
        Arbitrary<String> wordy = Combinators.combine(
                        Arbitraries.strings().alpha().ofMaxLength(5), Arbitraries.of(FRAGMENTS), Arbitraries.strings().all().ofMaxLength(5))
                .as((a, b, c) -> a + b + c);
        return Arbitraries.oneOf(spliced, wordy, Arbitraries.strings().all().ofMaxLength(20));
    }

    @Provide
    Arbitrary<JsonNode> hostileNumber() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(n -> (JsonNode) SampleJson.MAPPER.getNodeFactory().numberNode(n)),
                Arbitraries.of(-1.5, 0.5, 1e300, -0.0, 9007199254740993.0)
                        .map(d -> (JsonNode) SampleJson.MAPPER.getNodeFactory().numberNode(d)),
                hostileText().map(s -> (JsonNode) SampleJson.MAPPER.getNodeFactory().textNode(s)));
    }

    @Provide
    Arbitrary<Slot> slot() {
        return Arbitraries.of(SLOTS);
    }

    @Property(tries = 4000, seed = "20261126")
    void hostileTextIsRefusedOrRoundTrips(@ForAll("slot") Slot slot, @ForAll("hostileText") String text) {
        check(slot, SampleJson.MAPPER.getNodeFactory().textNode(text));
    }

    @Property(tries = 1500, seed = "20261127")
    void hostileNumbersAreRefusedOrRoundTrip(@ForAll("slot") Slot slot, @ForAll("hostileNumber") JsonNode value) {
        check(slot, value);
    }

    @net.jqwik.api.Example
    void searchTextThatLooksLikeAContactFilterIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> RENDERER.render("apiListGroups", "{\"userId\":1,\"search\":\"@1\"}"))
                .isInstanceOfSatisfying(CommandValidationException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("search");
                    assertThat(e.getMessage()).contains("would be read as 'contactId_'");
                });
        assertThat(RENDERER.render("apiListGroups", "{\"userId\":1,\"search\":\"@alice\"}")).isEqualTo("/_groups 1 @alice");
    }

    @AfterContainer
    static void report() {
        System.out.printf("parameter fuzz: %d rendered and read back, %d refused with a validation error%n",
                rendered.get(), refused.get());
    }

    private static void check(Slot slot, JsonNode value) {
        CommandSpec command = SPEC.commands().stream().filter(c -> c.method().equals(slot.method())).findFirst().orElseThrow();
        ObjectNode params = CASES.params(command, slot.caseIndex());
        params.set(slot.param(), value);
        String line;
        try {
            line = RENDERER.render(slot.method(), params);
        } catch (CommandValidationException refusedError) {
            assertThat(refusedError.getMessage()).isNotBlank();
            refused.incrementAndGet();
            return;
        }
        rendered.incrementAndGet();
        assertThat(line).as("one line").doesNotContain("\n").doesNotContain("\r");

        ParsedCommand parsed = PARSER.parse(line);

        if (!(slot.method().equals("apiConnect") && parsed.command().method().equals("apiAddContact"))) {
            assertThat(parsed.command().method()).as("command read back from %s", line).isEqualTo(slot.method());
        }
        assertThat(RENDERER.render(parsed.command().method(), parsed.params())).isEqualTo(line);
        String js = parsed.command().js();
        params.fields().forEachRemaining(given -> {
            if (!java.util.regex.Pattern.compile("\\b" + given.getKey() + "\\b").matcher(js).find()) {
                return; // not carried by the syntax
            }
            JsonNode back = parsed.params().get(given.getKey());
            if (back == null) {
                assertThat(JsValues.truthy(given.getValue())).as("%s=%s lost in %s", given.getKey(), given.getValue(), line).isFalse();
            } else {
                assertThat(back.equals(SAME, given.getValue())).as("%s: read back %s, given %s, line %s",
                        given.getKey(), back, given.getValue(), line).isTrue();
            }
        });
        parsed.params().fields().forEachRemaining(back -> {
            if (!params.has(back.getKey())) {
                assertThat(JsValues.truthy(back.getValue())).as("injected option %s=%s in %s", back.getKey(), back.getValue(), line).isFalse();
            }
        });
    }

    private static final Comparator<JsonNode> SAME = (a, b) ->
            a.equals(b) || (a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0) ? 0 : 1;
}
