package dev.simplexbot.dev;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.AppenderBase;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.jline.reader.LineReader;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStringBuilder;
import org.jline.utils.AttributedStyle;
import org.slf4j.LoggerFactory;

/**
 * Shows log lines above the console's prompt instead of writing into the line being typed. A script's
 * console output (logger {@code script.<name>}) is shown dimmed as {@code [name] text}; warnings yellow,
 * errors red. Installed in place of the stderr appender only while the terminal console runs.
 */
final class TerminalLogAppender extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private static final String STDERR = "STDERR";
    private static final String SCRIPT_PREFIX = "script.";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final LineReader reader;
    private final Logger root;
    private final Appender<ILoggingEvent> replaced;

    private TerminalLogAppender(LineReader reader, Logger root, Appender<ILoggingEvent> replaced) {
        this.reader = reader;
        this.root = root;
        this.replaced = replaced;
    }

    /** Routes the root logger here; closing puts the stderr appender back. {@code null} when Logback is not in use. */
    static TerminalLogAppender install(LineReader reader) {
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return null;
        }
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Appender<ILoggingEvent> stderr = root.getAppender(STDERR);
        TerminalLogAppender appender = new TerminalLogAppender(reader, root, stderr);
        appender.setContext(context);
        appender.setName("DEV-TERMINAL");
        appender.start();
        root.addAppender(appender);
        if (stderr != null) {
            root.detachAppender(stderr);
        }
        return appender;
    }

    @Override
    protected void append(ILoggingEvent event) {
        if (shown(event, root.getLevel())) {
            reader.printAbove(format(event));
        }
    }

    /**
     * Everything a script prints, warnings and errors; the host's routine lines (connecting, loaded, reloaded)
     * only at {@code --log-level debug} or finer, since the banner and the console's notices say the same.
     */
    static boolean shown(ILoggingEvent event, Level rootLevel) {
        if (event.getLevel().isGreaterOrEqual(Level.WARN) || !rootLevel.isGreaterOrEqual(Level.INFO)) {
            return true;
        }
        String logger = event.getLoggerName();
        return logger.startsWith(SCRIPT_PREFIX) && !isLifecycleLine(event);
    }

    /** The runtime logs a script's lifecycle on the script's logger as "script NAME: ...". */
    private static boolean isLifecycleLine(ILoggingEvent event) {
        return event.getFormattedMessage().startsWith(lifecyclePrefix(event.getLoggerName()));
    }

    private static String lifecyclePrefix(String logger) {
        return "script " + logger.substring(SCRIPT_PREFIX.length()) + ": ";
    }

    static AttributedString format(ILoggingEvent event) {
        String logger = event.getLoggerName();
        AttributedStyle style = styleOf(event.getLevel());
        AttributedStringBuilder line = new AttributedStringBuilder();
        if (logger.startsWith(SCRIPT_PREFIX)) {
            String message = event.getFormattedMessage();
            String prefix = lifecyclePrefix(logger);
            line.styled(style, "[" + logger.substring(SCRIPT_PREFIX.length()) + "] "
                    + (message.startsWith(prefix) ? message.substring(prefix.length()) : message));
        } else {
            String time = LocalTime.ofInstant(java.time.Instant.ofEpochMilli(event.getTimeStamp()), ZoneId.systemDefault()).format(TIME);
            line.styled(style, time + " " + event.getLevel() + " " + logger.substring(logger.lastIndexOf('.') + 1)
                    + " - " + event.getFormattedMessage());
        }
        if (event.getThrowableProxy() != null) {
            line.styled(style, " (" + event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage() + ")");
        }
        return line.toAttributedString();
    }

    private static AttributedStyle styleOf(Level level) {
        if (level.isGreaterOrEqual(Level.ERROR)) {
            return TerminalOutput.ERROR;
        }
        if (level.isGreaterOrEqual(Level.WARN)) {
            return TerminalOutput.MARK;
        }
        return TerminalOutput.DIM;
    }

    @Override
    public void close() {
        if (replaced != null) {
            root.addAppender(replaced);
        }
        root.detachAppender(this);
        stop();
    }
}
