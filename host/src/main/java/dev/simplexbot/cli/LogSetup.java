package dev.simplexbot.cli;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Applies {@code --log-level} and {@code --log-format} to the Logback configuration from logback.xml. */
final class LogSetup {
    /** Lower case so help and values read as users type them. */
    enum Level { trace, debug, info, warn, error }

    enum Format { text, json }

    private LogSetup() {}

    static void apply(Level level, Format format) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return;
        }
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(ch.qos.logback.classic.Level.toLevel(level.name()));
        if (format == Format.json) {
            Appender<ILoggingEvent> appender = root.getAppender("STDERR");
            if (appender instanceof OutputStreamAppender<ILoggingEvent> out) {
                JsonEncoder encoder = new JsonEncoder();
                encoder.setContext(context);
                // One readable line per event: the formatted message instead of template + arguments.
                encoder.setWithFormattedMessage(true);
                encoder.setWithMessage(false);
                encoder.setWithArguments(false);
                encoder.setWithSequenceNumber(false);
                encoder.setWithNanoseconds(false);
                encoder.setWithContext(false);
                encoder.start();
                out.stop();
                out.setEncoder(encoder);
                out.start();
            }
        }
    }
}
