package dev.simplexbot.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.testkit.BotHarness;
import dev.simplexbot.testkit.StubResponse;
import dev.simplexbot.testkit.StubServer;
import dev.simplexbot.testkit.TestPerson;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The dictionary bot against a stub of the API it calls: the stub answers for https://api.dictionaryapi.dev. */
class DictionaryTest {
    private static final Path BOT = Path.of("dictionary.js");
    private static final String API = "https://api.dictionaryapi.dev";

    @Test
    void aWordsMeaningsComeFromTheApi() {
        try (BotHarness bot = BotHarness.start(BOT)) {
            StubServer api = bot.stub(API, request -> StubResponse.json("[{\"word\":\"tea\",\"meanings\":["
                    + "{\"partOfSpeech\":\"noun\",\"definitions\":[{\"definition\":\"A drink.\"},{\"definition\":\"unused\"}]},"
                    + "{\"partOfSpeech\":\"verb\",\"definitions\":[{\"definition\":\"To drink tea.\"}]}]}]"));
            TestPerson alice = connected(bot);

            alice.send("/define tea");

            alice.expectMessage("tea\n(noun) A drink.\n(verb) To drink tea.");
            assertThat(api.requests()).singleElement().satisfies(request -> {
                assertThat(request.url()).hasToString("https://api.dictionaryapi.dev/api/v2/entries/en/tea");
                assertThat(request.method()).isEqualTo("GET");
            });
        }
    }

    @Test
    void unknownWordsAndFailuresAreToldApart() {
        try (BotHarness bot = BotHarness.start(BOT)) {
            bot.stub(API, request -> request.path().endsWith("/qwzx") ? StubResponse.json(404, "{\"title\":\"No Definitions Found\"}")
                    : StubResponse.text(502, "bad gateway"));
            TestPerson alice = connected(bot);

            alice.send("/define qwzx");
            alice.expectMessage("No definition found for \"qwzx\".");
            alice.send("/define tea");
            alice.expectMessage("Sorry, the dictionary cannot be reached right now.");
        }
    }

    @Test
    void withoutTheGrantNothingIsFetched() {
        try (StubServer api = StubServer.start(request -> StubResponse.json("[]"));
             BotHarness bot = BotHarness.start(BOT)) {
            TestPerson alice = connected(bot);

            alice.send("/define tea");

            alice.expectMessage("Sorry, the dictionary cannot be reached right now.");
            assertThat(api.requests()).isEmpty();
        }
    }

    private static TestPerson connected(BotHarness bot) {
        TestPerson alice = bot.contact("alice");
        alice.expectMessage("Send /define <word> and I look it up.");
        return alice;
    }
}
