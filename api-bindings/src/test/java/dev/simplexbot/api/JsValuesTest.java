package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.LongNode;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Numbers print as JavaScript's {@code String(n)} prints them, and parameters parse to Jackson's own trees. */
class JsValuesTest {
    private static Context js;
    private static Value toString;

    @BeforeAll
    static void startJs() {
        js = Context.newBuilder("js")
                .engine(Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build())
                .build();
        toString = js.eval("js", "(n) => String(n)");
    }

    @AfterAll
    static void stopJs() {
        js.close();
    }

    @Test
    void doublesPrintAsJavaScriptPrintsThem() {
        List<Double> numbers = new ArrayList<>(List.of(0.0, -0.0, 1.0, -1.0, 5.0, 2.5, -2.5, 0.1, 1e-7, 1.5e-6,
                123456789012345.0, 999999999999999.0, 1e15, 1e15 + 2, 9007199254740991.0, 9007199254740993.0, 1e20,
                1e21, 1.7976931348623157e308, 4.9e-324, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY));
        SplittableRandom random = new SplittableRandom(20261126);
        for (int i = 0; i < 2_000; i++) {
            numbers.add((double) random.nextLong(-2_000_000_000_000_000L, 2_000_000_000_000_000L));
            numbers.add(random.nextDouble(-1e6, 1e6));
            numbers.add(Math.scalb(random.nextDouble(), random.nextInt(-80, 80)));
        }
        for (double n : numbers) {
            assertThat(JsValues.numberToString(n)).as("String(%s)", n).isEqualTo(toString.execute(n).asString());
            assertThat(JsValues.numberToString(DoubleNode.valueOf(n))).as("String(%s)", n)
                    .isEqualTo(toString.execute(n).asString());
        }
    }

    @Test
    void integersPrintExactly() {
        for (long n : new long[] {0, 7, -7, 9007199254740991L, -9007199254740991L, Long.MAX_VALUE, Long.MIN_VALUE}) {
            assertThat(JsValues.numberToString(LongNode.valueOf(n))).isEqualTo(Long.toString(n));
        }
    }

    @Test
    void parametersParseToTheTreeTheObjectMapperBuilds() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (String json : List.of(
                "{}",
                "{\"a\":1,\"b\":-2147483649,\"c\":123456789012345678901234567890,\"d\":2.5,\"e\":1e400,\"f\":-0.0,\"g\":1E3}",
                "{\"s\":\"x\\u2028\\\"y\\\\\",\"t\":true,\"u\":false,\"n\":null,\"nested\":{\"a\":[1,[2,{\"b\":[]}],{}]}}",
                " { \"spaced\" : [ 1 , 2 ] , \"emoji\" : \"\uD83D\uDE00\" } ")) {
            assertThat((Object) ParamsText.read("m", json).values()).as(json).isEqualTo(mapper.readTree(json));
        }
        // where the ObjectMapper keeps the last of a key given twice, the host refuses: the CLI might keep the other
        for (String json : List.of("{\"dup\":1,\"dup\":2}", "{\"a\":{\"x\":1,\"x\":2}}", "{\"a\":[{\"n\":null,\"n\":1}]}")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ParamsText.read("m", json)).as(json)
                    .isInstanceOf(CommandValidationException.class).hasMessageContaining("appears twice in one object");
        }
    }
}
