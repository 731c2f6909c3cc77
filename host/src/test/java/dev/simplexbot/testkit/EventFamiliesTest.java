package dev.simplexbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The kit's own JS tests of bots that react to each family of events (contacts, messages, groups, files, business
 * addresses, links, network and errors): each test causes an event through the simulator and checks what the bot did.
 */
class EventFamiliesTest {
    @Test
    void everyEventFamilyTestPasses() throws Exception {
        StringWriter out = new StringWriter();
        JsTestRunner.Summary summary = new JsTestRunner(TestRunOptions.defaults(), new PrintWriter(out))
                .run(Path.of("src/test/resources/testkit/events"));

        assertThat(summary.failed()).as(out.toString()).isZero();
        assertThat(summary.passed()).as(out.toString()).isEqualTo(28);
    }
}
