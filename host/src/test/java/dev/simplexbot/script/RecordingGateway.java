package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.fail;

import dev.simplexbot.session.ChatResponse;
import dev.simplexbot.session.CommandGateway;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** An in-memory CLI: records each command line and answers with {@code responder} (default: {@code cmdOk}). */
final class RecordingGateway implements CommandGateway {
    private final BlockingQueue<String> sent = new LinkedBlockingQueue<>();
    private final AtomicInteger corrIds = new AtomicInteger();
    private volatile Function<String, CompletableFuture<ChatResponse>> responder =
            command -> CompletableFuture.completedFuture(response("cmdOk", "{\"type\":\"cmdOk\"}"));

    @Override
    public CompletableFuture<ChatResponse> send(String command) {
        sent.add(command);
        return responder.apply(command);
    }

    void answerWith(Function<String, CompletableFuture<ChatResponse>> responder) {
        this.responder = responder;
    }

    ChatResponse response(String type, String json) {
        return new ChatResponse(Integer.toString(corrIds.incrementAndGet()), type, json);
    }

    /** The next command a script sent, waiting up to 10 s for it. */
    String next() {
        try {
            String command = sent.poll(10, TimeUnit.SECONDS);
            if (command == null) {
                fail("no command was sent within 10 s");
            }
            return command;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Whether another command arrives within {@code millis}: for asserting that nothing more was sent. */
    String poll(long millis) throws InterruptedException {
        return sent.poll(millis, TimeUnit.MILLISECONDS);
    }
}
