package dev.simplexbot.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.concurrent.CompletionException;
import java.util.function.BiConsumer;
import org.graalvm.polyglot.HostAccess;
import org.slf4j.Logger;

/**
 * The only host object a test file's context can reach, and only from the test runtime. Operations answer on
 * the test loop: {@code settle(id, resultJson, errorJson)} is called there, never on a worker thread.
 */
public final class TestHostBridge {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final TestLoop loop;
    private final Logger log;
    private final SettleTarget target;
    private volatile TestOperations operations;
    private volatile BiConsumer<Integer, String> finished;

    /** Settles operation {@code id} in the context (called on the test loop). */
    interface SettleTarget {
        void settle(int id, String resultJson, String errorJson);
    }

    TestHostBridge(TestLoop loop, Logger log, SettleTarget target) {
        this.loop = loop;
        this.log = log;
        this.target = target;
    }

    /** The harness of the test about to run, and where its outcome goes ({@code index}, failure JSON or null). */
    void begin(TestOperations operations, BiConsumer<Integer, String> finished) {
        this.operations = operations;
        this.finished = finished;
    }

    @HostAccess.Export
    public void call(int id, String op, String argsJson) {
        TestOperations current = operations;
        if (current == null) {
            loop.post(() -> target.settle(id, null, error("t and people can only be used while their test runs")));
            return;
        }
        current.run(op, argsJson).whenComplete((result, failure) -> loop.post(() -> {
            if (operations != current) {
                return; // the test already ended
            }
            target.settle(id, failure == null ? result : null, failure == null ? null : error(messageOf(failure)));
        }));
    }

    @HostAccess.Export
    public void done(int index, String failureJson) {
        BiConsumer<Integer, String> current = finished;
        if (current != null) {
            current.accept(index, failureJson);
        }
    }

    @HostAccess.Export
    public void log(String level, String text) {
        switch (level) {
            case "error" -> log.error(text);
            case "warn" -> log.warn(text);
            case "debug" -> log.debug(text);
            default -> log.info(text);
        }
    }

    private static String messageOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private static String error(String message) {
        return JSON.createObjectNode().put("message", message).toString();
    }
}
