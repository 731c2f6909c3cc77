package dev.simplexbot.session;

import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.drafts.Draft_6455;
import org.java_websocket.handshake.ServerHandshake;

/** One WebSocket connection attempt; forwards everything to its {@link Handler}. A new one is made per attempt. */
final class CliSocket extends WebSocketClient {

    /** Called on this socket's own read thread. */
    interface Handler {
        void opened(CliSocket socket);

        void text(CliSocket socket, String frame);

        void binary(CliSocket socket, int bytes);

        void closed(CliSocket socket, int code, String reason);

        void failed(CliSocket socket, Exception error);
    }

    private final Handler handler;
    private final CountDownLatch closed = new CountDownLatch(1);

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    CliSocket(URI url, int maxFrameBytes, Handler handler) {
        super(url, new Draft_6455(List.of(), maxFrameBytes), Map.of(), CONNECT_TIMEOUT_MILLIS);
        this.handler = handler;
        setDaemon(true);
        setTcpNoDelay(true);
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        handler.opened(this);
    }

    @Override
    public void onMessage(String frame) {
        handler.text(this, frame);
    }

    @Override
    public void onMessage(ByteBuffer bytes) {
        handler.binary(this, bytes.remaining());
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        try {
            handler.closed(this, code, reason);
        } finally {
            closed.countDown();
        }
    }

    @Override
    public void onError(Exception error) {
        handler.failed(this, error);
    }

    /** Starts the close handshake and waits, up to {@code millis}, for the connection to end. */
    void closeAndWait(long millis) {
        close();
        try {
            if (!closed.await(millis, TimeUnit.MILLISECONDS)) {
                closeConnection(1000, "closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
