package dev.simplexbot.bench;

import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.client.WebSocketClient;
import org.java_websocket.handshake.ServerHandshake;

/**
 * A bare squaring client in Java, used only to warm the CLI stand-in up before anything is measured: it answers each
 * event at once from the frame's text, without parsing the JSON or awaiting anything.
 */
final class JavaRawClient extends WebSocketClient {
    private final CountDownLatch open = new CountDownLatch(1);
    private long corrId;

    JavaRawClient(String url) {
        super(URI.create(url));
        setTcpNoDelay(true);
    }

    void connectAndWait() throws InterruptedException {
        connect();
        if (!open.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the warm-up client could not connect");
        }
    }

    @Override
    public void onOpen(ServerHandshake handshake) {
        open.countDown();
    }

    @Override
    public void onMessage(String frame) {
        if (frame.startsWith("{\"corrId\"")) {
            return;
        }
        String contactId = after(frame, "\"contactId\":", ',');
        String text = after(frame, "\"text\":\"", '"');
        if (contactId == null || text == null) {
            return;
        }
        long n = Long.parseLong(text);
        send("{\"corrId\":\"" + (++corrId) + "\",\"cmd\":\"/_send @" + contactId
                + " json [{\\\"msgContent\\\":{\\\"type\\\":\\\"text\\\",\\\"text\\\":\\\"" + n + " * " + n + " = " + n * n
                + "\\\"}}]\"}");
    }

    private static String after(String frame, String key, char end) {
        int at = frame.indexOf(key);
        if (at < 0) {
            return null;
        }
        int start = at + key.length();
        int stop = frame.indexOf(end, start);
        return stop < 0 ? null : frame.substring(start, stop);
    }

    @Override
    public void onClose(int code, String reason, boolean remote) {
        // warm-up over
    }

    @Override
    public void onError(Exception e) {
        // a failed warm-up shows as a burst that times out
    }
}
