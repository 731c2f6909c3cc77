package dev.simplexbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code simplex-bot sim} from the built jar, as another language's test suite uses it: a bot that is not simplex-bot
 * connects to its WebSocket, a simulated person talks to it through the control API, and the test reads what the bot
 * answered. The bot is a few lines of Python 3 (stdlib only) or Node with its built-in WebSocket when they are
 * installed (otherwise those tests are skipped), and always one on the JDK's own WebSocket client.
 */
class SimJarIT {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WS_URL = Pattern.compile("ws://127\\.0\\.0\\.1:\\d+");
    private static final Pattern HTTP_URL = Pattern.compile("http://127\\.0\\.0\\.1:\\d+");
    private static Path jar;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<Process> processes = new ArrayList<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("simplexbot.jar", "target/simplex-bot.jar"));
        assertThat(jar).as("the built jar (run ./mvnw package first)").isRegularFile();
    }

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Process process : processes) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** A running {@code sim}: its URLs, and everything it printed so far. */
    private record Sim(Process process, String url, String control, Lines err, Lines out) {}

    /** Lines a process printed, and a way to wait for one. */
    private static final class Lines {
        private final List<String> lines = new ArrayList<>();

        synchronized void add(String line) {
            lines.add(line);
            notifyAll();
        }

        synchronized List<String> all() {
            return List.copyOf(lines);
        }

        /** Waits until a line contains {@code text}; false when none did within {@code WAIT}. */
        synchronized boolean await(String text) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (lines.stream().noneMatch(l -> l.contains(text))) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return true;
        }

        @Override
        public synchronized String toString() {
            return String.join("\n", lines);
        }
    }

    private Sim startSim(String... extra) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toAbsolutePath().toString(), "sim", "--port", "0",
                "--control-port", "0"));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).start();
        processes.add(process);
        Lines err = new Lines();
        Lines out = new Lines();
        drain(process.getErrorStream(), err);
        drain(process.getInputStream(), out);
        assertThat(err.await("simulated SimpleX CLI listening on ")).as("sim printed its URL: " + err).isTrue();
        assertThat(err.await("control API on ")).as("sim printed its control URL: " + err).isTrue();
        return new Sim(process, find(WS_URL, err.all()), find(HTTP_URL, err.all()), err, out);
    }

    private static String find(Pattern pattern, List<String> lines) {
        for (String line : lines) {
            Matcher m = pattern.matcher(line);
            if (m.find()) {
                return m.group();
            }
        }
        throw new AssertionError("no " + pattern + " in " + lines);
    }

    private static void drain(java.io.InputStream stream, Lines lines) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process ended
            }
        });
        thread.setDaemon(true);
        thread.start();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private JsonNode post(Sim sim, String action, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sim.control() + "/actions/" + action))
                .POST(HttpRequest.BodyPublishers.ofString(body)).timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("result");
    }

    private JsonNode sent(Sim sim, String query) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(sim.control() + "/sent?" + query))
                .timeout(WAIT).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    /** A person connects to the bot, writes, and the control API shows the bot's answer. */
    private void aPersonGetsAnEcho(Sim sim) throws Exception {
        assertThat(post(sim, "connect", "{\"person\":\"alice\"}").get("result").asText()).isEqualTo("connected");
        post(sim, "send", "{\"person\":\"alice\",\"text\":\"hello from the test\"}");
        JsonNode answer = sent(sim, "to=alice&wait=20000");
        assertThat(answer.at("/messages/0/message/text").asText()).isEqualTo("echo: hello from the test");
    }

    @Test
    void aBotOnTheJdksOwnWebSocketAnswersASimulatedPersonDrivenByTheControlApi() throws Exception {
        Sim sim = startSim("--bot-name", "echo", "--no-console");
        JdkEchoBot bot = JdkEchoBot.connect(sim.url());
        try {
            aPersonGetsAnEcho(sim);
            post(sim, "network", "{\"up\":false}");
            post(sim, "send", "{\"person\":\"alice\",\"text\":\"later\"}");
            post(sim, "network", "{\"up\":true}");
            assertThat(sent(sim, "to=alice&after=1&wait=20000").at("/messages/0/message/text").asText()).isEqualTo("echo: later");
            assertThat(bot.events).contains("hostDisconnected", "hostConnected", "contactConnected", "newChatItems");
        } finally {
            bot.socket.abort();
        }
    }

    @Test
    void aPythonBotThatIsNotOursAnswersASimulatedPerson() throws Exception {
        assumeTrue(runs("python3", "--version"), "python3 is not installed");
        Sim sim = startSim("--no-console");
        startForeignBot(List.of("python3", resource("echo_bot.py")), sim);
        aPersonGetsAnEcho(sim);
    }

    @Test
    void aNodeBotOnItsBuiltInWebSocketAnswersASimulatedPerson() throws Exception {
        assumeTrue(runs("node", "--experimental-websocket", "-e", "if (typeof WebSocket !== 'function') process.exit(1)"),
                "node with a built-in WebSocket (Node 20 with --experimental-websocket, or newer) is not installed");
        Sim sim = startSim("--bot-name", "echo", "--no-console");
        startForeignBot(List.of("node", "--experimental-websocket", "--no-warnings", resource("echo_bot.mjs")), sim);
        aPersonGetsAnEcho(sim);
    }

    private void startForeignBot(List<String> command, Sim sim) throws Exception {
        List<String> withUrl = new ArrayList<>(command);
        withUrl.add(sim.url());
        Process bot = new ProcessBuilder(withUrl).redirectErrorStream(true).start();
        processes.add(bot);
        Lines output = new Lines();
        drain(bot.getInputStream(), output);
        assertThat(output.await("ready")).as("the bot set itself up: " + output).isTrue();
    }

    @Test
    void theConsoleReadsLinesFromStdinWhenAskedAndTheSimulatorOutlivesThem() throws Exception {
        Sim sim = startSim("--bot-name", "quiet", "--console", "--as", "zoe");
        try (Writer stdin = new OutputStreamWriter(sim.process().getOutputStream(), StandardCharsets.UTF_8)) {
            stdin.write("hello\n/sim network off\n/sim fly\n/sim network on\n");
        }
        assertThat(sim.err().await("no simulator action 'fly'")).as(sim.err().toString()).isTrue();
        assertThat(sim.err().toString()).contains("* you are zoe, connected to quiet", "* network: done",
                "! no simulator action 'fly': /sim lists them");
        assertThat(post(sim, "messages", "{\"person\":\"zoe\"}")).isEmpty();
        assertThat(sim.process().isAlive()).as("the simulator goes on after the end of input").isTrue();
    }

    @Test
    void badOptionsAndATakenPortAreOneClearLine() throws Exception {
        Result badPort = run("sim", "--port", "70000");
        assertThat(badPort.exit).isEqualTo(2);
        assertThat(badPort.err).startsWith("simplex-bot: --port must be between 0 and 65535, got 70000");
        Result samePorts = run("sim", "--port", "6001", "--control-port", "6001");
        assertThat(samePorts.exit).isEqualTo(2);
        assertThat(samePorts.err).startsWith("simplex-bot: --control-port must differ from --port (both 6001)");
        Sim first = startSim("--no-console");
        int taken = Integer.parseInt(first.url().substring(first.url().lastIndexOf(':') + 1));
        Result busy = run("sim", "--port", String.valueOf(taken), "--control-port", "0", "--no-console");
        assertThat(busy.exit).isEqualTo(1);
        assertThat(busy.err.lines().filter(l -> l.startsWith("simplex-bot sim: "))).hasSize(1);
    }

    private record Result(int exit, String out, String err) {}

    private Result run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", jar.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("simplex-bot " + String.join(" ", args) + " did not exit");
        }
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String resource(String name) throws IOException {
        Path file = dir.resolve(name);
        try (var in = SimJarIT.class.getResourceAsStream("/foreign/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file.toString();
    }

    /** The same echo bot on the JDK's java.net.http WebSocket: proof the control API works without other languages. */
    private static final class JdkEchoBot implements WebSocket.Listener {
        final List<String> events = new CopyOnWriteArrayList<>();
        private final StringBuilder partial = new StringBuilder();
        private final ConcurrentHashMap<String, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
        private final AtomicLong nextId = new AtomicLong();
        WebSocket socket;

        static JdkEchoBot connect(String url) throws Exception {
            JdkEchoBot bot = new JdkEchoBot();
            bot.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), bot).get(10, TimeUnit.SECONDS);
            long userId = bot.command("/user").get(10, TimeUnit.SECONDS).at("/user/userId").asLong();
            bot.command("/_address " + userId).get(10, TimeUnit.SECONDS);
            bot.command("/_address_settings " + userId + " {\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false}}")
                    .get(10, TimeUnit.SECONDS);
            return bot;
        }

        synchronized CompletableFuture<JsonNode> command(String cmd) {
            String corrId = String.valueOf(nextId.incrementAndGet());
            CompletableFuture<JsonNode> answer = new CompletableFuture<>();
            pending.put(corrId, answer);
            socket.sendText(JSON.createObjectNode().put("corrId", corrId).put("cmd", cmd).toString(), true).join();
            return answer;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                try {
                    received(JSON.readTree(text));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }
            webSocket.request(1);
            return null;
        }

        private void received(JsonNode frame) {
            String corrId = frame.path("corrId").asText(null);
            if (corrId != null) {
                pending.remove(corrId).complete(frame.get("resp"));
                return;
            }
            JsonNode event = frame.get("resp");
            events.add(event.path("type").asText());
            if (!event.path("type").asText().equals("newChatItems")) {
                return;
            }
            for (JsonNode item : event.get("chatItems")) {
                if (item.at("/chatInfo/type").asText().equals("direct") && item.at("/chatItem/content/type").asText().equals("rcvMsgContent")) {
                    String reply = "[{\"msgContent\":{\"type\":\"text\",\"text\":" + JSON.valueToTree("echo: "
                            + item.at("/chatItem/content/msgContent/text").asText()) + "},\"mentions\":{}}]";
                    command("/_send @" + item.at("/chatInfo/contact/contactId").asLong() + " json " + reply);
                }
            }
        }
    }
}
