package dev.simplexbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.ChatSession;
import dev.simplexbot.session.SessionListener;
import dev.simplexbot.session.SessionOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The squaring bot written as a Java {@link SessionListener} on the same session: what the host costs per event
 * is the difference between this and {@link HostScriptBot}. Like a script, it handles events on its own thread.
 */
final class JavaHandlerBot implements BotUnderTest, SessionListener {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExecutorService loop = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "bench-java-handler");
        thread.setDaemon(true);
        return thread;
    });
    private ChatSession session;

    @Override
    public String label() {
        return "Java handler (no JS)";
    }

    @Override
    public void start(String url) {
        session = new ChatSession(SessionOptions.of(URI.create(url)));
        session.start(this);
    }

    @Override
    public void onEvent(ChatEvent event) {
        if (event.type().equals("newChatItems")) {
            loop.execute(() -> answer(event.json()));
        }
    }

    private void answer(String json) {
        try {
            for (JsonNode item : JSON.readTree(json).path("chatItems")) {
                JsonNode chatInfo = item.path("chatInfo");
                JsonNode content = item.path("chatItem").path("content");
                if (!chatInfo.path("type").asText().equals("direct") || !content.path("type").asText().equals("rcvMsgContent")) {
                    continue;
                }
                String text = content.path("msgContent").path("text").asText().trim();
                ArrayNode messages = JSON.createArrayNode();
                messages.addObject().putObject("msgContent").put("type", "text").put("text", square(text));
                session.send("/_send @" + chatInfo.path("contact").path("contactId").asLong() + " json " + messages);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String square(String text) {
        try {
            long n = Long.parseLong(text);
            return n + " * " + n + " = " + n * n;
        } catch (NumberFormatException e) {
            return "this is not a number";
        }
    }

    @Override
    public void close() {
        if (session != null) {
            session.close(Duration.ofSeconds(2));
        }
        loop.shutdownNow();
    }
}
