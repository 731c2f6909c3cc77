package dev.simplexbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.sim.SimActions;
import dev.simplexbot.sim.Simulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every simulator action has a method in the JS test kit (on people or on t), and the kit names no action that is gone. */
class TestRuntimeCatalogTest {
    @Test
    void theJsKitCoversTheSimulatorsVocabulary() throws IOException {
        String runtime;
        try (InputStream in = JsTestFile.class.getResourceAsStream("test-runtime.js")) {
            runtime = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> used = new TreeSet<>();
        Matcher act = Pattern.compile("act\\('([A-Za-z]+)'").matcher(runtime);
        while (act.find()) {
            used.add(act.group(1));
        }
        Set<String> catalog = new TreeSet<>();
        try (Simulator simulator = Simulator.create()) {
            simulator.actions().all().stream().map(SimActions.Action::name).forEach(catalog::add);
        }
        assertThat(used).isEqualTo(catalog);
    }
}
