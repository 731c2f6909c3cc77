package dev.simplexbot.net;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap; one byte more cancels the download and fails with a {@code LimitError},
 * so a huge or endless body never fills the heap. A declared {@code Content-Length} over the cap fails at once.
 */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final String what;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private Flow.Subscription subscription;

    private CappedBody(long max, String what) {
        this.max = max;
        this.what = what;
    }

    static HttpResponse.BodyHandler<byte[]> handler(long max, String what) {
        return info -> {
            CappedBody body = new CappedBody(max, what);
            long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
            if (declared > max) {
                body.result.completeExceptionally(body.tooLarge());
            }
            return body;
        };
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
        this.subscription = subscription;
        if (result.isDone()) {
            subscription.cancel();
        } else {
            subscription.request(1);
        }
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        for (ByteBuffer buffer : buffers) {
            if (bytes.size() + (long) buffer.remaining() > max) {
                subscription.cancel();
                result.completeExceptionally(tooLarge());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            bytes.writeBytes(chunk);
        }
        subscription.request(1);
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(bytes.toByteArray());
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }

    private FetchException tooLarge() {
        return new FetchException("LimitError", what + ": the response body is larger than " + ByteSizes.human(max)
                + " (--fetch-max-size)");
    }
}
