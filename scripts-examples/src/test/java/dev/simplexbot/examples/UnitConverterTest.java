package dev.simplexbot.examples;

import dev.simplexbot.testkit.SimplexBotExtension;
import dev.simplexbot.testkit.TestPerson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example bot that uses a library from node_modules (the local package @examples/units, linked by npm). */
class UnitConverterTest {
    @RegisterExtension
    final SimplexBotExtension bot = SimplexBotExtension.forScript("unit-converter.js");

    @Test
    void convertsWithThePackageAndExplainsWhatItCannot() {
        TestPerson alice = bot.contact("alice");

        alice.send("/convert 1 mi km");
        alice.expectMessage("1 mi = 1.609 km");
        alice.send("/convert 0 K C");
        alice.expectMessage("0 K = -273.1 C");
        alice.send("/convert 1 gal l");
        alice.expectMessage("1 gal = 3.785 l");
        alice.send("/convert 1 l kg");
        alice.expectMessage("Sorry: cannot convert volume (l) to mass (kg). Send /units to see the units.");
    }
}
