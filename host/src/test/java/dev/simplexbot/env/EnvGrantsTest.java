package dev.simplexbot.env;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvGrantsTest {
    @Test
    void grantsAreVariablesForEveryBotOrOne() {
        EnvGrants grants = EnvGrants.parse("API_TOKEN, weather:WEATHER_KEY", "_X1");
        Map<String, String> env = Map.of("API_TOKEN", "a", "WEATHER_KEY", "w", "_X1", "x", "OTHER", "o");
        assertThat(grants.valuesFor("weather", env::get)).containsExactly(
                Map.entry("API_TOKEN", "a"), Map.entry("WEATHER_KEY", "w"), Map.entry("_X1", "x"));
        assertThat(grants.valuesFor("news", env::get)).containsOnlyKeys("API_TOKEN", "_X1");
        assertThat(grants.allValues(env::get)).containsExactlyInAnyOrder("a", "w", "x");
    }

    @Test
    void mistakesAreOneLine() {
        assertThatThrownBy(() -> EnvGrants.parse("1ABC")).hasMessage("invalid --allow-env entry '1ABC': a variable name is"
                + " letters, digits and '_', not starting with a digit (e.g. API_TOKEN)");
        assertThatThrownBy(() -> EnvGrants.parse("A,,B")).hasMessageStartingWith("invalid --allow-env entry ''");
        assertThatThrownBy(() -> EnvGrants.parse("a b:TOKEN")).hasMessageContaining("'a b' is not a bot name");
    }
}
