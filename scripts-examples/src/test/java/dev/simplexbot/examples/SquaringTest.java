package dev.simplexbot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.SimPerson;
import dev.simplexbot.sim.Simulator;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SquaringTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path data;

    @Test
    void welcomesThenSquaresNumbersAndRefusesTheRest() throws Exception {
        try (Simulator sim = Simulator.create(); ExampleBot bot = ExampleBot.start(sim, "squaring.js", data)) {
            SimPerson alice = sim.person("alice");
            alice.connectToBot();
            assertThat(alice.nextMessage(WAIT).text())
                    .isEqualTo("Hello! I am a simple squaring bot - if you send me a number, I will calculate its square");

            alice.send("4");
            alice.send("1.5");
            alice.send("-3");
            alice.send("four");
            assertThat(alice.nextMessage(WAIT).text()).isEqualTo("4 * 4 = 16");
            assertThat(alice.nextMessage(WAIT).text()).isEqualTo("1.5 * 1.5 = 2.25");
            assertThat(alice.nextMessage(WAIT).text()).isEqualTo("-3 * -3 = 9");
            assertThat(alice.nextMessage(WAIT).text()).isEqualTo("this is not a number");
        }
    }

    @Test
    void staysQuietInGroups() throws Exception {
        try (Simulator sim = Simulator.create(); ExampleBot bot = ExampleBot.start(sim, "squaring.js", data)) {
            SimPerson alice = sim.person("alice");
            SimPerson bob = sim.person("bob");
            alice.connectToBot();
            alice.nextMessage(WAIT);
            SimGroup maths = sim.group("maths", alice, bob);

            bob.sendToGroup(maths, "5");
            alice.send("6");

            assertThat(alice.nextMessage(WAIT).text()).isEqualTo("6 * 6 = 36");
            assertThat(alice.groupMessages(maths)).isEmpty();
        }
    }
}
