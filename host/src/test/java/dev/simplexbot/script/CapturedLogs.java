package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.fail;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.LoggerFactory;

/** Collects log lines of the whole host while a test runs, and lets the test wait for a line. */
final class CapturedLogs extends AppenderBase<ILoggingEvent> implements AutoCloseable {
    private final List<String> lines = new ArrayList<>();

    CapturedLogs() {
        setName("captured-logs");
        setContext((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory());
        start();
        root().addAppender(this);
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        String line = event.getLevel() + " " + event.getLoggerName() + " " + event.getFormattedMessage();
        if (event.getThrowableProxy() != null) {
            line += "\n" + ThrowableProxyUtil.asString(event.getThrowableProxy());
        }
        lines.add(line);
        notifyAll();
    }

    /** The first line containing all {@code parts}, waiting up to 10 s for it. */
    synchronized String await(String... parts) {
        Predicate<String> matches = line -> java.util.Arrays.stream(parts).allMatch(line::contains);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (true) {
            for (String line : lines) {
                if (matches.test(line)) {
                    return line;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("no log line containing " + List.of(parts) + "; lines were:\n" + String.join("\n", lines));
            }
            try {
                wait(left / 1_000_000 + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
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
