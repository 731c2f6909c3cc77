package dev.simplexbot.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The console's rule: its own words are commands, everything else (other /commands included) goes to the bot. */
class ConsoleInputParserTest {
    private final ConsoleInputParser parser = new ConsoleInputParser();

    @Test
    void plainTextAndUnknownSlashCommandsGoToTheBot() {
        assertThat(parser.parse("4")).isEqualTo(new ConsoleInput.Say("4", null));
        assertThat(parser.parse("  hello there ")).isEqualTo(new ConsoleInput.Say("hello there", null));
        assertThat(parser.parse("/echo hi")).isEqualTo(new ConsoleInput.Say("/echo hi", null));
    }

    @Test
    void aDoubleSlashSendsAConsoleWordToTheBot() {
        assertThat(parser.parse("//group add x")).isEqualTo(new ConsoleInput.Say("/group add x", null));
    }

    @Test
    void hashWritesOneMessageToAGroup() {
        assertThat(parser.parse("#team 7")).isEqualTo(new ConsoleInput.Say("7", "team"));
        assertThat(parser.parse("#team")).isInstanceOf(ConsoleInput.Usage.class);
    }

    @Test
    void consoleWords() {
        assertThat(parser.parse("/help")).isEqualTo(new ConsoleInput.Help());
        assertThat(parser.parse("/as bob")).isEqualTo(new ConsoleInput.SwitchPerson("bob"));
        assertThat(parser.parse("/group team alice bob")).isEqualTo(new ConsoleInput.CreateGroup("team", List.of("alice", "bob")));
        assertThat(parser.parse("/group #team")).isEqualTo(new ConsoleInput.CreateGroup("team", List.of()));
        assertThat(parser.parse("/to #team")).isEqualTo(new ConsoleInput.Target("team"));
        assertThat(parser.parse("/to @bot")).isEqualTo(new ConsoleInput.Target(null));
        assertThat(parser.parse("/file notes.txt my notes")).isEqualTo(new ConsoleInput.SendFile("notes.txt", "my notes"));
        assertThat(parser.parse("/react 👍")).isEqualTo(new ConsoleInput.React("👍", 1));
        assertThat(parser.parse("/react 👍 3")).isEqualTo(new ConsoleInput.React("👍", 3));
        assertThat(parser.parse("/edit better")).isEqualTo(new ConsoleInput.Edit("better"));
        assertThat(parser.parse("/delete")).isEqualTo(new ConsoleInput.Delete());
        assertThat(parser.parse("/people")).isEqualTo(new ConsoleInput.People());
        assertThat(parser.parse("/quit")).isEqualTo(new ConsoleInput.Quit());
        assertThat(parser.parse("   ")).isEqualTo(new ConsoleInput.Nothing());
    }

    @Test
    void misusedWordsSayHowToUseThem() {
        assertThat(parser.parse("/as")).isEqualTo(new ConsoleInput.Usage("/as <name>: e.g. /as bob"));
        assertThat(parser.parse("/as bob smith")).isInstanceOf(ConsoleInput.Usage.class);
        assertThat(parser.parse("/group")).isInstanceOf(ConsoleInput.Usage.class);
        assertThat(parser.parse("/to")).isInstanceOf(ConsoleInput.Usage.class);
        assertThat(parser.parse("/file")).isInstanceOf(ConsoleInput.Usage.class);
        assertThat(parser.parse("/react")).isInstanceOf(ConsoleInput.Usage.class);
        assertThat(((ConsoleInput.Usage) parser.parse("/react 👍 zero")).message()).contains("got zero");
        assertThat(parser.parse("/edit")).isInstanceOf(ConsoleInput.Usage.class);
        assertThat(parser.parse("/delete 3")).isInstanceOf(ConsoleInput.Usage.class);
    }

    @Test
    void everyWordIsInTheHelp() {
        assertThat(ConsoleInputParser.WORDS.keySet()).anyMatch(w -> w.startsWith("/help"))
                .anyMatch(w -> w.startsWith("/as ")).anyMatch(w -> w.startsWith("/group "))
                .anyMatch(w -> w.startsWith("/to ")).anyMatch(w -> w.startsWith("/file "))
                .anyMatch(w -> w.startsWith("/react ")).anyMatch(w -> w.startsWith("/quit"))
                .anyMatch(w -> w.startsWith("//"));
    }
}
