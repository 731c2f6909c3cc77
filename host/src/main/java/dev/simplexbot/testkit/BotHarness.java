package dev.simplexbot.testkit;

import dev.simplexbot.permission.Permissions;
import dev.simplexbot.env.EnvGrants;
import dev.simplexbot.http.WebhookLimits;
import dev.simplexbot.net.FetchLimits;
import dev.simplexbot.net.HostResolver;
import dev.simplexbot.net.NetAccess;
import dev.simplexbot.net.NetGrant;
import dev.simplexbot.net.NetGrants;
import dev.simplexbot.script.ReachOptions;
import dev.simplexbot.script.RuntimeOptions;
import dev.simplexbot.sim.CommandReader;
import dev.simplexbot.sim.GroupRole;
import dev.simplexbot.sim.SimControls;
import dev.simplexbot.sim.SimGroup;
import dev.simplexbot.sim.SimServer;
import dev.simplexbot.sim.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A bot script under test, run the way users run it: the simulated SimpleX CLI on a random 127.0.0.1 port, a real
 * WebSocket session to it and the script runtime. {@link #start} returns once the script loaded and its start-up
 * (user, address, profile) is done; then simulated people talk to it.
 *
 * <pre>{@code
 * try (BotHarness bot = BotHarness.start(Path.of("squaring.js"))) {
 *     TestPerson alice = bot.contact("alice");
 *     alice.send("4");
 *     alice.expectMessage("4 * 4 = 16");
 * }
 * }</pre>
 */
public final class BotHarness implements AutoCloseable {
    /** How long a person waits for the bot's next message unless told otherwise. */
    public static final Duration DEFAULT_MESSAGE_TIMEOUT = Duration.ofSeconds(5);
    /** How long the bot may take to start, and to settle after an action. */
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(20);

    private final Builder settings;
    private final Simulator simulator;
    private final SimServer server;
    private final Path dataDir;
    private final boolean ownsDataDir;
    private final Map<String, TestPerson> people = new ConcurrentHashMap<>();
    private final List<StubServer> stubs = new CopyOnWriteArrayList<>();
    /** Grants and interceptions made while the bot runs, made again after a restart. */
    private final List<Consumer<NetAccess>> netSetup = new CopyOnWriteArrayList<>();
    private final HttpClient httpClient = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
    private BotRun run;

    private BotHarness(Builder settings, Simulator simulator, SimServer server, Path dataDir, boolean ownsDataDir) {
        this.settings = settings;
        this.simulator = simulator;
        this.server = server;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
    }

    /** Starts {@code script} with the defaults: a bot user named after the file, a temporary data folder. */
    public static BotHarness start(Path script) {
        return builder(script).start();
    }

    public static Builder builder(Path script) {
        return new Builder(script);
    }

    /** A person connected to the bot (through its address when it has one), created on first use. */
    public TestPerson contact(String name) {
        TestPerson person = person(name);
        if (!person.sim().isConnected()) {
            person.sim().connectToBot();
            person.sim().awaitConnected(settings.startTimeout);
            awaitIdle();
        }
        return person;
    }

    /** A person that exists but has not connected to the bot (for contact requests, invitations). */
    public TestPerson person(String name) {
        return people.computeIfAbsent(name, n -> new TestPerson(simulator.person(n), this));
    }

    /** A group owned by {@code owner} with {@code members}, the bot invited as a member; returns once it joined. */
    public SimGroup group(String name, TestPerson owner, TestPerson... members) {
        return group(name, GroupRole.MEMBER, true, owner, members);
    }

    /**
     * Same with the bot's role chosen (e.g. {@link GroupRole#ADMIN} for a moderating bot), and with
     * {@code join == false} the bot only invited: returns once the bot handled the invitation (its own
     * {@code apiJoinGroup} accepts it).
     */
    public SimGroup group(String name, GroupRole botRole, boolean join, TestPerson owner, TestPerson... members) {
        SimGroup group = simulator.group(name, botRole, join, owner.sim(),
                Arrays.stream(members).map(TestPerson::sim).toArray(dev.simplexbot.sim.SimPerson[]::new));
        awaitIdle();
        return group;
    }

    /** A group the bot is in by name (e.g. one it joined through a person's link). */
    public SimGroup findGroup(String name) {
        return simulator.findGroup(name).orElseThrow(() -> new IllegalArgumentException("the bot is in no group called " + name));
    }

    /** What no person does: network, subscriptions, delivery and file failures, errors. */
    public SimControls controls() {
        return simulator.controls();
    }

    /** Waits until the bot handled everything so far: events, command results and timers due now. */
    public void awaitIdle() {
        run.awaitIdle(settings.startTimeout);
    }

    /** Every command line the bot sent since it (re)started, oldest first. */
    public List<String> commandsSent() {
        return run.commandsSent();
    }

    /** The docs names of {@link #commandsSent()}, e.g. {@code APISendMessages}. */
    public List<String> commandNamesSent() {
        CommandReader reader = CommandReader.fromSpec();
        return commandsSent().stream().map(line -> reader.read(line).command().name()).toList();
    }

    /** Stops the bot and starts it again on the same simulator and data folder (for persistence tests). */
    public void restartBot() {
        run.close();
        run = null;
        run = BotRun.start(settings.script, server.url(), runtimeOptions(), settings.reachOptions(),
                settings.webhookLimits, settings.startTimeout);
        netSetup.forEach(setup -> setup.accept(run.runtime().net()));
    }

    /**
     * A local stub server for this test, granted to the bot ({@code --allow-net=127.0.0.1:PORT}): pass its
     * {@link StubServer#url()} to the bot, e.g. with {@link Builder#env}. Closed with the harness.
     */
    public StubServer stub(StubServer.Handler handler) {
        StubServer stub = StubServer.start(handler);
        stubs.add(stub);
        NetGrant grant = NetGrants.parse(stub.grant()).entries().get(0);
        addNetSetup(net -> net.grant(grant));
        return stub;
    }

    /**
     * A stub server that answers in place of {@code origin} (e.g. {@code https://api.example.com}): the bot fetches
     * its real URLs, and requests to that origin reach the stub instead; its name is not resolved. The origin is granted
     * to the bot for this test. {@link StubRequest#url()} is the URL the bot fetched.
     */
    public StubServer stub(String origin, StubServer.Handler handler) {
        URI parsed = URI.create(origin);
        if (parsed.getHost() == null || !(parsed.getScheme().equals("http") || parsed.getScheme().equals("https"))) {
            throw new IllegalArgumentException("stub(origin, handler): the origin is http(s)://host[:port], got " + origin);
        }
        StubServer stub = StubServer.start(handler);
        stubs.add(stub);
        String host = parsed.getHost().startsWith("[") ? parsed.getHost() : parsed.getHost().toLowerCase(java.util.Locale.ROOT);
        int port = parsed.getPort() >= 0 ? parsed.getPort() : parsed.getScheme().equals("https") ? 443 : 80;
        NetGrant grant = NetGrants.parse(host + ":" + port).entries().get(0);
        addNetSetup(net -> {
            net.grant(grant);
            net.intercept(origin, stub.url());
        });
        return stub;
    }

    private void addNetSetup(Consumer<NetAccess> setup) {
        netSetup.add(setup);
        setup.accept(run.runtime().net());
    }

    /** Calls the bot's webhook {@code /bots/<bot><path>} on the host's HTTP server, as a service would. */
    public HttpResult http(String method, String path) {
        return http(method, path, null, Map.of());
    }

    public HttpResult http(String method, String path, String body) {
        return http(method, path, body == null ? null : body.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /**
     * @param path    the part after {@code /bots/<bot>}, e.g. {@code /github?x=1}; {@code /health} and {@code /metrics}
     *                are the server's own
     * @param body    the request body, or {@code null}
     * @param headers request headers (Content-Type, signatures, ...)
     */
    public HttpResult http(String method, String path, byte[] body, Map<String, String> headers) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("http(method, path): the path starts with '/', got " + path);
        }
        String serverPath = path.equals("/health") || path.equals("/metrics") ? path
                : "/bots/" + URLEncoder.encode(botName(), StandardCharsets.UTF_8).replace("+", "%20") + path;
        HttpRequest.Builder request = HttpRequest.newBuilder(httpBase().resolve(serverPath))
                .timeout(settings.startTimeout)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> response = httpClient.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            Map<String, List<String>> lowerCase = new java.util.LinkedHashMap<>();
            response.headers().map().forEach((name, values) -> lowerCase.put(name.toLowerCase(java.util.Locale.ROOT), values));
            return new HttpResult(response.statusCode(), lowerCase, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("calling " + serverPath + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + serverPath, e);
        }
    }

    /** {@code http://127.0.0.1:PORT} of the host's HTTP server ({@code /health}, {@code /metrics}, {@code /bots/...}). */
    public URI httpBase() {
        return run.http().baseUri();
    }

    /** The bot's name: its file name without {@code .js}; its webhooks are under {@code /bots/<name>}. */
    public String botName() {
        String fileName = settings.script.getFileName().toString();
        return fileName.endsWith(".js") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    public Simulator simulator() {
        return simulator;
    }

    /** The simulator's {@code ws://127.0.0.1:PORT} URL. */
    public String url() {
        return server.url();
    }

    public Path dataDir() {
        return dataDir;
    }

    Duration messageTimeout() {
        return settings.messageTimeout;
    }

    private RuntimeOptions runtimeOptions() {
        return RuntimeOptions.defaults().withHandlerTimeout(settings.handlerTimeout).withDataDir(dataDir)
                .withPermissions(settings.permissions);
    }

    @Override
    public void close() {
        try {
            if (run != null) {
                run.close();
            }
            stubs.forEach(StubServer::close);
            server.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            simulator.close();
            if (ownsDataDir) {
                deleteTree(dataDir);
            }
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }

    /** Options of a harness; {@link #start()} makes it. */
    public static final class Builder {
        private final Path script;
        private Path dataDir;
        private String botUser;
        private boolean withBotUser = true;
        private Duration handlerTimeout = RuntimeOptions.DEFAULT_HANDLER_TIMEOUT;
        private Duration messageTimeout = DEFAULT_MESSAGE_TIMEOUT;
        private Duration startTimeout = DEFAULT_START_TIMEOUT;
        private Permissions permissions = Permissions.none();
        private final List<String> allowNet = new ArrayList<>();
        private final List<String> allowEnv = new ArrayList<>();
        private final Map<String, String> env = new LinkedHashMap<>();
        private FetchLimits fetchLimits = FetchLimits.defaults();
        private WebhookLimits webhookLimits = WebhookLimits.defaults();
        private HostResolver resolver = HostResolver.system();

        private Builder(Path script) {
            this.script = Objects.requireNonNull(script, "script");
        }

        /** Where {@code bot.store} lives; kept after {@link BotHarness#close()}. Default: a temporary folder, removed. */
        public Builder dataDir(Path directory) {
            this.dataDir = directory;
            return this;
        }

        /** The display name of the bot user the simulated CLI starts with. Default: the script's file name. */
        public Builder botUser(String displayName) {
            this.botUser = displayName;
            this.withBotUser = true;
            return this;
        }

        /** Start the simulated CLI without a user, like a fresh CLI: the bot creates its own (config.profile). */
        public Builder withoutBotUser() {
            this.withBotUser = false;
            return this;
        }

        public Builder handlerTimeout(Duration timeout) {
            this.handlerTimeout = timeout;
            return this;
        }

        /** How long {@link TestPerson#nextMessage()} and the expectations wait. Default 5 s. */
        public Builder messageTimeout(Duration timeout) {
            this.messageTimeout = timeout;
            return this;
        }

        /**
         * As {@code --allow-read}: the bot may have the CLI read (send) files under these folders or files, besides
         * its own folder and the data directory's files area. Adds to earlier grants.
         */
        public Builder allowRead(Path... paths) {
            this.permissions = permissions.withAllowRead(concat(permissions.allowRead(), paths));
            return this;
        }

        /** As {@code --allow-write}: the bot may have the CLI write (receive) files under these, besides the files area. */
        public Builder allowWrite(Path... paths) {
            this.permissions = permissions.withAllowWrite(concat(permissions.allowWrite(), paths));
            return this;
        }

        /** As {@code --allow-raw}: {@code bot.chat.raw} may send command lines outside the docs. */
        public Builder allowRaw() {
            this.permissions = permissions.withAllowRaw(true);
            return this;
        }

        /** All of the above at once (replaces earlier grants). Default: none. */
        public Builder permissions(Permissions granted) {
            this.permissions = Objects.requireNonNull(granted, "permissions");
            return this;
        }

        private static List<Path> concat(List<Path> earlier, Path... more) {
            return Stream.concat(earlier.stream(), Arrays.stream(more)).toList();
        }

        /** How long the bot may take to start and to settle. Default 20 s. */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** Grants as {@code --allow-net} takes them, e.g. {@code "api.example.com"}, {@code "weather:127.0.0.1:8080"}. */
        public Builder allowNet(String... grants) {
            allowNet.addAll(List.of(grants));
            return this;
        }

        /** Variables of the real environment the bot may read, as {@code --allow-env} takes them. */
        public Builder allowEnv(String... names) {
            allowEnv.addAll(List.of(names));
            return this;
        }

        /** A variable of {@code bot.env} with a value for this test (granted; the real environment is not read for it). */
        public Builder env(String name, String value) {
            env.put(name, value);
            return this;
        }

        public Builder fetchLimits(FetchLimits limits) {
            this.fetchLimits = limits;
            return this;
        }

        public Builder webhookLimits(WebhookLimits limits) {
            this.webhookLimits = limits;
            return this;
        }

        /** Resolves host names for the address checks of fetch, e.g. to test that a name leading to 10.0.0.1 is refused. */
        public Builder hostResolver(HostResolver hostResolver) {
            this.resolver = hostResolver;
            return this;
        }

        ReachOptions reachOptions() {
            List<String> envNames = new ArrayList<>(allowEnv);
            envNames.addAll(env.keySet());
            Map<String, String> values = Map.copyOf(env);
            return ReachOptions.none()
                    .withNet(NetGrants.parse(allowNet))
                    .withEnv(EnvGrants.parse(envNames), name -> values.containsKey(name) ? values.get(name) : System.getenv(name))
                    .withFetchLimits(fetchLimits)
                    .withResolver(resolver);
        }

        /**
         * Starts the simulator and the bot, and returns once the bot settled.
         *
         * @throws BotStartException when the script fails to load (with {@code file:line:column}) or does not settle
         */
        public BotHarness start() {
            if (!Files.isRegularFile(script)) {
                throw new IllegalArgumentException("no bot script at " + script.toAbsolutePath());
            }
            Simulator simulator = withBotUser ? Simulator.withBot(botUserName()) : Simulator.create();
            SimServer server = new SimServer(simulator, 0, false, CommandReader.fromSpec());
            boolean ownsDataDir = dataDir == null;
            BotHarness harness = null;
            try {
                server.startAndWait();
                Path data = ownsDataDir ? Files.createTempDirectory("simplex-bot-test-data") : dataDir;
                harness = new BotHarness(this, simulator, server, data, ownsDataDir);
                harness.run = BotRun.start(script, server.url(), harness.runtimeOptions(), reachOptions(), webhookLimits,
                        startTimeout);
                return harness;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw closing(harness, simulator, server, new IllegalStateException("interrupted starting the simulator"));
            } catch (IOException e) {
                throw closing(harness, simulator, server, new UncheckedIOException(e));
            } catch (RuntimeException e) {
                throw closing(harness, simulator, server, e);
            }
        }

        private String botUserName() {
            if (botUser != null) {
                return botUser;
            }
            String fileName = script.getFileName().toString();
            return fileName.endsWith(".js") ? fileName.substring(0, fileName.length() - 3) : fileName;
        }

        private static RuntimeException closing(BotHarness harness, Simulator simulator, SimServer server, RuntimeException failure) {
            try {
                if (harness != null) {
                    harness.close();
                } else {
                    server.stop(1000);
                    simulator.close();
                }
            } catch (InterruptedException | RuntimeException e) {
                failure.addSuppressed(e);
            }
            return failure;
        }
    }
}
