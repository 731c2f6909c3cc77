package dev.simplexbot.cli;

import dev.simplexbot.session.ChatEvent;
import dev.simplexbot.session.ConnectionState;
import dev.simplexbot.session.SessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logs what the CLI sends; stands in for the script runtime. Event bodies only with {@code --log-messages}. */
final class LoggingSessionListener implements SessionListener {
    private static final Logger log = LoggerFactory.getLogger("simplex-bot.events");

    private final boolean logMessages;

    LoggingSessionListener(boolean logMessages) {
        this.logMessages = logMessages;
    }

    @Override
    public void onEvent(ChatEvent event) {
        if (logMessages) {
            log.info("event {}: {}", event.type(), event.json());
        } else {
            log.debug("event {}", event.type());
        }
    }

    @Override
    public void onConnectionState(ConnectionState state) {
        log.debug("connection {}", state.eventType());
    }
}
