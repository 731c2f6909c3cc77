package dev.simplexbot.session;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * A gateway that lets an observer see every command and how it ended (for metrics, test bookkeeping, the dev
 * console's idle detection) while keeping what the gateway below offers: each sender's lane, and callbacks without a
 * hop through a future. The observer is told of the end after the caller's own callback ran.
 */
public final class ObservedGateway implements CommandGateway {
    /** Sees commands go out; what {@link #sent} returns is told how each ended. */
    @FunctionalInterface
    public interface Observer {
        Completion sent(String command);
    }

    /** One command's end: {@code failure} is {@code null} when it was answered. */
    @FunctionalInterface
    public interface Completion {
        void ended(Throwable failure);
    }

    private final CommandGateway target;
    private final Observer observer;

    public ObservedGateway(CommandGateway target, Observer observer) {
        this.target = Objects.requireNonNull(target, "target");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    @Override
    public CompletableFuture<ChatResponse> send(String command) {
        Completion completion = observer.sent(command);
        CompletableFuture<ChatResponse> response;
        try {
            response = target.send(command);
        } catch (RuntimeException e) {
            completion.ended(e);
            throw e;
        }
        return response.whenComplete((ok, failure) -> completion.ended(failure));
    }

    @Override
    public void submit(String command, CommandCallback callback) {
        Completion completion = observer.sent(command);
        target.submit(command, new CommandCallback() {
            @Override
            public void answered(ChatResponse response) {
                try {
                    callback.answered(response);
                } finally {
                    completion.ended(null);
                }
            }

            @Override
            public void failed(Throwable error) {
                try {
                    callback.failed(error);
                } finally {
                    completion.ended(error);
                }
            }
        });
    }

    @Override
    public CommandGateway lane(String sender) {
        return new ObservedGateway(target.lane(sender), observer);
    }
}
