package dev.simplexbot.net;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.simplexbot.testkit.BotHarness;
import dev.simplexbot.testkit.TestPerson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;

/** The fetcher test bot: a person sends it a fetch to make (as JSON) and reads what the bot got back. */
final class FetchBot {
    static final Path SCRIPT = Path.of("src/test/resources/reach/fetcher.js");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestPerson person;

    FetchBot(BotHarness harness) {
        this.person = harness.contact("tester");
    }

    /** Sends {@code ask} ({@code {"url": ...}} and more, see fetcher.js) and returns the bot's answer. */
    JsonNode fetch(String askJson) {
        person.send(askJson);
        try {
            return JSON.readTree(person.nextMessage(Duration.ofSeconds(20)).text());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String ask(String url) {
        return JSON.createObjectNode().put("url", url).toString();
    }
}
