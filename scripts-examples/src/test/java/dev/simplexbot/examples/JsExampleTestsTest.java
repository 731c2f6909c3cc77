package dev.simplexbot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.testkit.JsTestRunner;
import dev.simplexbot.testkit.TestRunOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every example's {@code *.test.js}, run by the same runner as {@code simplex-bot test scripts-examples}. */
class JsExampleTestsTest {
    @Test
    void everyJsTestOfTheExamplesPasses() throws Exception {
        StringWriter out = new StringWriter();
        JsTestRunner.Summary summary = new JsTestRunner(TestRunOptions.defaults(), new PrintWriter(out)).run(Path.of("."));

        assertThat(summary.results()).as("JS tests found in scripts-examples").isNotEmpty();
        assertThat(summary.failed()).as(out.toString()).isZero();
    }
}
