package dev.simplexbot.reliability;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.LoggerFactory;

/** Every log line of the host while a test runs, with its level; lets a test wait for a line. */
final class HostLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    record Line(Level level, String logger, String message) {
        boolean contains(String... parts) {
            return Arrays.stream(parts).allMatch(part -> message.contains(part) || logger.contains(part));
        }

        @Override
        public String toString() {
            return level + " " + logger + " " + message;
        }
    }

    private final List<Line> lines = new ArrayList<>();

    HostLogs() {
        setName("reliability-logs");
        setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
        start();
        root().addAppender(this);
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        String message = event.getFormattedMessage();
        if (event.getThrowableProxy() != null) {
            message += " | " + event.getThrowableProxy().getClassName() + ": " + event.getThrowableProxy().getMessage();
        }
        lines.add(new Line(event.getLevel(), event.getLoggerName(), message));
        notifyAll();
    }

    synchronized List<Line> lines() {
        return List.copyOf(lines);
    }

    synchronized long count(String... parts) {
        return lines.stream().filter(line -> line.contains(parts)).count();
    }

    /** The first line containing every part (in its message or logger name), waiting up to 15 s. */
    Line await(String... parts) {
        return await(Duration.ofSeconds(15), parts);
    }

    synchronized Line await(Duration timeout, String... parts) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (Line line : lines) {
                if (line.contains(parts)) {
                    return line;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no log line with " + List.of(parts) + "; lines:\n" + String.join("\n",
                        lines.stream().map(Line::toString).toList()));
            }
            try {
                wait(left / 1_000_000 + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }
}
