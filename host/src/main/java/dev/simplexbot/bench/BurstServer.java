package dev.simplexbot.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.simplexbot.api.ParsedCommand;
import dev.simplexbot.sim.CommandReader;
import dev.simplexbot.sim.CommandResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * The bench's stand-in for the CLI, in the bench's own process, apart from every bot it measures: it sends a burst of
 * N {@code newChatItems} events at once (as after a restart, or in a busy group) and answers each reply the way the
 * simulated CLI does, checking that it is the right square for the right person. Frames come from
 * {@link BurstTemplates}, so per message it only copies a string and reads the reply's text; any other command goes
 * to the real simulator. One bot is connected at a time.
 */
final class BurstServer extends WebSocketServer {
    private static final JsonFactory JSON = new JsonFactory();

    private final BurstTemplates templates;
    private final List<BurstTemplates.Person> people;
    private final Map<Long, BurstTemplates.Person> byContactId = new HashMap<>();
    private final CommandReader reader = CommandReader.fromSpec();
    private final CountDownLatch started = new CountDownLatch(1);
    private volatile CompletableFuture<WebSocket> connection = new CompletableFuture<>();
    private volatile Burst current;
    private long nextNumber = 1_000;

    BurstServer(BurstTemplates templates) {
        super(new InetSocketAddress("127.0.0.1", 0), 1);
        this.templates = templates;
        this.people = templates.people();
        people.forEach(person -> byContactId.put(person.contactId(), person));
        setReuseAddr(true);
        setDaemon(true);
        setTcpNoDelay(true);
    }

    String startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the bench's CLI stand-in did not start");
        }
        return "ws://127.0.0.1:" + getPort();
    }

    /** The next bot to connect; any earlier connection is closed first. */
    CompletableFuture<WebSocket> expectClient() {
        WebSocket previous = connection.getNow(null);
        if (previous != null) {
            previous.close();
        }
        connection = new CompletableFuture<>();
        return connection;
    }

    /**
     * Sends {@code events} messages at once, spread over the people in turn, and waits for every reply. Each has a
     * number of its own, so each reply is matched to its message.
     */
    BurstResult burst(String bot, String phase, int events, long warmedUpWith, Duration timeout) throws InterruptedException {
        WebSocket client = connection.getNow(null);
        if (client == null || !client.isOpen()) {
            throw new IllegalStateException(bot + " is not connected");
        }
        long first = nextNumber;
        nextNumber += events;
        String[] frames = new String[events];
        for (int i = 0; i < events; i++) {
            frames[i] = people.get(i % people.size()).eventFrame(Long.toString(first + i));
        }
        Burst burst = new Burst(first, events);
        current = burst;
        burst.startNanos = System.nanoTime();
        for (String frame : frames) {
            client.send(frame);
        }
        if (!burst.done.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(bot + ": " + burst.answered() + " of " + events + " messages answered within "
                    + timeout.toSeconds() + " s" + burst.problem());
        }
        if (burst.failure != null) {
            throw new IllegalStateException(bot + ": " + burst.failure);
        }
        return burst.result(bot, phase, warmedUpWith);
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket socket, ClientHandshake handshake) {
        if (!connection.complete(socket)) {
            socket.close(1008, "one bot at a time");
        }
    }

    @Override
    public void onClose(WebSocket socket, int code, String reason, boolean remote) {
        // The bot's process ended or was stopped; the next one gets a fresh connection.
    }

    @Override
    public void onMessage(WebSocket socket, String frame) {
        String corrId;
        String command;
        try {
            String[] fields = corrIdAndCommand(frame);
            corrId = fields[0];
            command = fields[1];
        } catch (IOException | RuntimeException e) {
            fail("sent a frame that is not a command: " + e.getMessage());
            return;
        }
        if (command.startsWith("/_send @")) {
            socket.send(reply(corrId, command));
        } else {
            socket.send(simulated(corrId, command));
        }
    }

    /** Checks the bot's reply and answers as the CLI does. */
    private String reply(String corrId, String command) {
        long now = System.nanoTime();
        int at = "/_send @".length();
        int end = at;
        while (end < command.length() && Character.isDigit(command.charAt(end))) {
            end++;
        }
        long contactId = Long.parseLong(command.substring(at, end));
        BurstTemplates.Person person = byContactId.get(contactId);
        String text = textOf(command);
        Burst burst = current;
        if (person == null || text == null) {
            fail("replied to an unknown contact or without text: " + abbreviate(command));
            return people.get(0).responseFrame(corrId);
        }
        if (burst != null) {
            burst.answer(text, contactId, people, now);
        }
        return person.responseFrame(corrId);
    }

    private String simulated(String corrId, String command) {
        ObjectNode response;
        try {
            ParsedCommand parsed = reader.read(command);
            CommandResult result;
            synchronized (templates) {
                result = templates.simulator().execute(parsed.command().name(), parsed.params());
            }
            response = result.response();
        } catch (RuntimeException e) {
            fail("sent a command the simulator does not take: " + abbreviate(command) + " (" + e.getMessage() + ")");
            return "{\"corrId\":\"" + corrId + "\",\"resp\":{\"type\":\"chatCmdError\",\"chatError\":{\"type\":\"error\","
                    + "\"errorType\":{\"type\":\"commandError\",\"message\":\"bench\"}}}}";
        }
        return "{\"corrId\":\"" + corrId + "\",\"resp\":" + response + "}";
    }

    private void fail(String problem) {
        Burst burst = current;
        if (burst != null) {
            burst.fail(problem);
        }
    }

    private static String[] corrIdAndCommand(String frame) throws IOException {
        String corrId = null;
        String command = null;
        try (JsonParser p = JSON.createParser(frame)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not an object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("corrId")) {
                    corrId = p.getText();
                } else if (field.equals("cmd")) {
                    command = p.getText();
                } else {
                    p.skipChildren();
                }
            }
        }
        if (corrId == null || command == null) {
            throw new IOException("no corrId or cmd");
        }
        return new String[] {corrId, command};
    }

    /** The first {@code "text":"..."} of the command's JSON; squaring replies need no escapes. */
    private static String textOf(String command) {
        int key = command.indexOf("\"text\":\"");
        if (key < 0) {
            return null;
        }
        int start = key + "\"text\":\"".length();
        int end = command.indexOf('"', start);
        return end < 0 ? null : command.substring(start, end);
    }

    private static String abbreviate(String text) {
        return text.length() > 120 ? text.substring(0, 120) + "..." : text;
    }

    @Override
    public void onError(WebSocket socket, Exception e) {
        if (socket == null) {
            started.countDown();
        }
    }

    /** One burst in progress: when each message was answered. */
    private static final class Burst {
        final long first;
        final long[] answeredNanos;
        final CountDownLatch done;
        volatile long startNanos;
        volatile String failure;
        private int answered; // guarded by this

        Burst(long first, int events) {
            this.first = first;
            this.answeredNanos = new long[events];
            this.done = new CountDownLatch(events);
        }

        synchronized void answer(String text, long contactId, List<BurstTemplates.Person> people, long now) {
            int times = text.indexOf(" * ");
            long n;
            try {
                n = Long.parseLong(times < 0 ? text : text.substring(0, times));
            } catch (NumberFormatException e) {
                fail("answered '" + text + "', not a square");
                return;
            }
            int index = (int) (n - first);
            if (index < 0 || index >= answeredNanos.length) {
                return; // a reply to an earlier burst's message, after that burst timed out
            }
            String expected = n + " * " + n + " = " + n * n;
            if (!expected.equals(text)) {
                fail("answered '" + text + "' instead of '" + expected + "'");
            } else if (people.get(index % people.size()).contactId() != contactId) {
                fail("sent '" + text + "' to contact " + contactId + ", not to the person who asked");
            } else if (answeredNanos[index] != 0) {
                fail("answered message " + n + " twice");
            } else {
                answeredNanos[index] = now;
                answered++;
                done.countDown();
            }
        }

        void fail(String problem) {
            if (failure == null) {
                failure = problem;
            }
            while (done.getCount() > 0) {
                done.countDown();
            }
        }

        synchronized int answered() {
            return answered;
        }

        String problem() {
            return failure == null ? "" : " (" + failure + ")";
        }

        synchronized BurstResult result(String bot, String phase, long warmedUpWith) {
            long last = 0;
            long[] latencies = new long[answeredNanos.length];
            for (int i = 0; i < answeredNanos.length; i++) {
                latencies[i] = answeredNanos[i] - startNanos;
                last = Math.max(last, answeredNanos[i]);
            }
            return new BurstResult(bot, phase, answeredNanos.length, (last - startNanos) / 1e9, warmedUpWith,
                    LatencyStats.of(latencies));
        }
    }
}
