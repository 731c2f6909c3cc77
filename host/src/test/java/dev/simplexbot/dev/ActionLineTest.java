package dev.simplexbot.dev;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simplexbot.sim.SimActions;
import dev.simplexbot.sim.Simulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /sim} lines become actions with JSON arguments: defaults from the console, words in order, name=value, #group. */
class ActionLineTest {
    private final Simulator simulator = Simulator.create();
    private final ActionLine line = new ActionLine(simulator.actions());
    private String group;

    private final ActionLine.Context context = new ActionLine.Context() {
        @Override
        public String you() {
            return "ann";
        }

        @Override
        public String group() {
            return group;
        }

        @Override
        public long botItem(int nth) {
            return 100 - nth;
        }

        @Override
        public long ownItem(int nth) {
            return 200 - nth;
        }
    };

    @AfterEach
    void close() {
        simulator.close();
    }

    private String parse(String text) {
        ActionLine.Parsed parsed = line.parse(text, context);
        return parsed.action().name() + " " + parsed.args();
    }

    @Test
    void wordsFillTheParametersInOrderAndTheLastTextTakesTheRest() {
        assertThat(parse("send hello there")).isEqualTo("send {\"person\":\"ann\",\"text\":\"hello there\"}");
        assertThat(parse("send ttl=10 see you soon")).isEqualTo("send {\"ttl\":10,\"person\":\"ann\",\"text\":\"see you soon\"}");
        assertThat(parse("create-group club bob carol"))
                .isEqualTo("createGroup {\"person\":\"ann\",\"name\":\"club\",\"members\":[\"bob\",\"carol\"]}");
        assertThat(parse("chat-errors first second")).isEqualTo("chatErrors {\"messages\":[\"first\",\"second\"]}");
        assertThat(parse("network off")).isEqualTo("network {\"up\":false}");
        assertThat(parse("subscription removed error=gone")).isEqualTo("subscription {\"error\":\"gone\",\"status\":\"removed\"}");
        assertThat(parse("updateProfile fullName=Ann_Smith")).isEqualTo("updateProfile {\"fullName\":\"Ann_Smith\",\"person\":\"ann\"}");
    }

    @Test
    void messagesDefaultToTheLastOneHereAndCountBack() {
        assertThat(parse("react 👍")).isEqualTo("react {\"person\":\"ann\",\"emoji\":\"👍\",\"itemId\":99}");
        assertThat(parse("react ^3 👍 add=off")).isEqualTo("react {\"add\":false,\"person\":\"ann\",\"itemId\":97,\"emoji\":\"👍\"}");
        assertThat(parse("edit better words")).isEqualTo("edit {\"person\":\"ann\",\"text\":\"better words\",\"itemId\":199}");
        assertThat(parse("delete 42")).isEqualTo("delete {\"person\":\"ann\",\"itemId\":42}");
        assertThat(parse("delivery-error warning=on")).isEqualTo("deliveryError {\"warning\":true,\"itemId\":99}");
    }

    @Test
    void theGroupIsTheOneYouWriteToUnlessNamed() {
        group = "team";
        assertThat(parse("remove-member @bob withMessages=yes"))
                .isEqualTo("removeMember {\"withMessages\":true,\"person\":\"ann\",\"member\":\"bob\",\"group\":\"team\"}");
        assertThat(parse("change-role #club bob admin"))
                .isEqualTo("changeRole {\"group\":\"club\",\"person\":\"ann\",\"member\":\"bob\",\"role\":\"admin\"}");
        assertThat(parse("send hi all")).isEqualTo("send {\"person\":\"ann\",\"text\":\"hi all\",\"group\":\"team\"}");
    }

    @Test
    void mistakesSayHowToWriteTheAction() {
        assertThatThrownBy(() -> parse("fly away")).hasMessage("no simulator action 'fly': /sim lists them");
        assertThatThrownBy(() -> parse("remove-member bob"))
                .hasMessage("/sim remove-member needs group (the group); usage: /sim remove-member [#group] <member> [withMessages=on|off]");
        assertThatThrownBy(() -> parse("network sideways")).hasMessage("/sim network: up is on or off, got sideways");
        assertThatThrownBy(() -> parse("leave #club extra words"))
                .hasMessage("/sim leave: too many words (extra words); usage: /sim leave [#group]");
        assertThatThrownBy(() -> parse("react ^x 👍")).hasMessage("/sim react: itemId is a whole number, got x");
    }

    @Test
    void everyActionHasAUsageLine() {
        for (SimActions.Action action : simulator.actions().all()) {
            assertThat(ActionLine.usage(action)).startsWith("/sim " + action.word());
        }
        assertThat(ActionLine.usage(simulator.actions().find("send").orElseThrow()))
                .isEqualTo("/sim send <text> [#group] [quotedItemId|last|^n] [ttl=...] [live=on|off]");
    }
}
