package dev.simplexbot.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.graalvm.polyglot.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code simplex-bot bench}: the performance figures of this build on this machine, printed, not asserted. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures simplex-bot against the official Node client simplex-chat 0.2.1 and a raw Node "
                + "WebSocket floor (when node and npm are installed): bursts of messages queued at once by a CLI stand-in "
                + "in this process, each bot in a process of its own, cold (just started) and steady (warmed up); then "
                + "start-up to first reply, hot reload, and resident memory with 1, 10 and 50 scripts.")
public final class BenchCommand implements Callable<Integer> {
    static final String API_BOT = "simplex-bot (API)";
    static final String TOOLKIT_BOT = "simplex-bot (toolkit)";
    static final String OFFICIAL_BOT = "simplex-chat 0.2.1 (Node)";
    static final String FLOOR_BOT = "raw ws (Node floor)";
    private static final double FLOOR_GOAL = 10_000;

    @Spec
    CommandSpec spec;

    @Option(names = "--messages", defaultValue = "2000",
            description = "Messages per burst, all queued at once (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--warm-up", defaultValue = "200",
            description = "Messages a bot handles after start before its cold burst (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--steady-warm-up", defaultValue = "20000",
            description = "Messages a bot handles, at least, before its steady bursts; then bursts go on until its rate "
                    + "stops rising (default: ${DEFAULT-VALUE}).")
    int steadyWarmUp;

    @Option(names = "--steady-max", defaultValue = "200000",
            description = "Messages after which the steady phase ends even if the rate still rises (default: ${DEFAULT-VALUE}).")
    int steadyMax;

    @Option(names = "--bed-warm-up", defaultValue = "20000",
            description = "Messages through the CLI stand-in, answered by a bare Java client, before any bot is "
                    + "measured (default: ${DEFAULT-VALUE}; 0 skips it).")
    int bedWarmUp;

    @Option(names = "--people", defaultValue = "50",
            description = "Simulated people a burst's messages come from, in turn (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--rounds", defaultValue = "1",
            description = "Times each bot is measured, in turn: A B C D, A B C D, ... (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--host-command", paramLabel = "COMMAND",
            description = "How to start simplex-bot for the burst figures, split on spaces, e.g. 'bin/simplex-bot' or "
                    + "'java -jar host/target/simplex-bot.jar'; repeat it to compare runtimes in one run "
                    + "(default: the way this bench was started).")
    List<String> hostCommands;

    @Option(names = "--timeout", defaultValue = "120s", converter = dev.simplexbot.cli.DurationConverter.class,
            paramLabel = "DURATION", description = "Longest wait for one burst's replies (default: ${DEFAULT-VALUE}).")
    Duration timeout;

    @Option(names = "--reloads", defaultValue = "20", description = "Measured hot-reload saves (default: ${DEFAULT-VALUE}).")
    int reloads;

    @Option(names = "--memory-scripts", split = ",", defaultValue = "1,10,50", paramLabel = "N[,N...]",
            description = "Script counts for the resident-memory figure, each in a child JVM (default: ${DEFAULT-VALUE}).")
    int[] memoryScripts;

    @Option(names = "--no-node", description = "Skip the Node.js bots.")
    boolean noNode;

    @Option(names = "--no-bursts", description = "Skip the burst figures.")
    boolean noBursts;

    @Option(names = "--no-fork", description = "Skip start-up, reload and resident memory.")
    boolean noFork;

    @Option(names = "--script-cost", paramLabel = "ROUNDS", arity = "0..1", fallbackValue = "10",
            description = "Only the script layer's cost per event, without simulator or socket: ROUNDS rounds "
                    + "(default 10) of --messages events, each a real newChatItems event answered at once.")
    Integer scriptCostRounds;

    @Option(names = "--node-dir", paramLabel = "DIR",
            description = "Where the Node bots and their npm packages are installed (default: <tmp>/simplex-bot-bench-node).")
    Path nodeDir;

    @Override
    public Integer call() throws Exception {
        if (messages <= 0 || warmUp <= 0 || steadyWarmUp < 0 || steadyMax <= 0 || bedWarmUp < 0 || people <= 0
                || reloads <= 0 || rounds <= 0) {
            throw new ParameterException(spec.commandLine(), "--messages, --warm-up, --steady-max, --people, --reloads "
                    + "and --rounds must be positive, --steady-warm-up and --bed-warm-up not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("simplex-bot bench: Java %s (%s), GraalJS %s, %d CPUs%n", System.getProperty("java.version"),
                System.getProperty("java.vm.name"), compilerMode(), Runtime.getRuntime().availableProcessors());
        out.flush();
        if (scriptCostRounds != null) {
            if (scriptCostRounds <= 0) {
                throw new ParameterException(spec.commandLine(), "--script-cost must be positive");
            }
            ScriptCostCurve.run(scriptCostRounds, messages, out);
            return 0;
        }
        if (noBursts) {
            out.println("burst figures skipped (--no-bursts)");
        } else {
            bursts(out);
        }
        if (noFork) {
            out.println("start-up, hot reload and resident memory skipped (--no-fork)");
        } else {
            long[] reload = ReloadProbe.measure(3, reloads);
            out.printf("hot reload, save -> new version answering: median %d ms, max %d ms over %d saves (goal <= 150 ms)%n",
                    BurstBench.median(reload), Arrays.stream(reload).max().orElseThrow(), reloads);
            out.flush();
            forked(out);
        }
        out.flush();
        return 0;
    }

    private void bursts(PrintWriter out) throws Exception {
        List<List<String>> launchers = hostCommands == null || hostCommands.isEmpty()
                ? List.of(ForkedHost.launcherOfThisProcess())
                : hostCommands.stream().map(c -> List.of(c.trim().split("\\s+"))).toList();
        Path scripts = Files.createTempDirectory("simplex-bot-bench-scripts");
        Path data = Files.createTempDirectory("simplex-bot-bench-data");
        Files.writeString(scripts.resolve("squaring.js"), HostScriptBot.SQUARING);
        Files.writeString(scripts.resolve("squaring-toolkit.js"), HostScriptBot.resource("squaring-toolkit.js"));
        List<BotFactory> bots = new ArrayList<>();
        for (int i = 0; i < launchers.size(); i++) {
            List<String> launcher = launchers.get(i);
            String tag = launchers.size() == 1 ? "" : " #" + (i + 1);
            if (launchers.size() > 1) {
                out.printf("simplex-bot #%d: %s%n", i + 1, String.join(" ", launcher));
            }
            bots.add(() -> new ChildBot(API_BOT + tag, hostRun(launcher, scripts.resolve("squaring.js"), data), null));
            bots.add(() -> new ChildBot(TOOLKIT_BOT + tag, hostRun(launcher, scripts.resolve("squaring-toolkit.js"), data), null));
        }
        if (noNode) {
            out.println("Node bots skipped (--no-node)");
        } else {
            NodeSetup.Outcome node = NodeSetup.prepare(nodeDir != null ? nodeDir
                    : Path.of(System.getProperty("java.io.tmpdir"), "simplex-bot-bench-node"));
            if (node instanceof NodeSetup.Ready ready) {
                out.println("Node " + ready.nodeVersion() + " in " + ready.folder());
                bots.add(() -> new ChildBot(OFFICIAL_BOT, List.of("node", "official-client.js"), ready.folder()));
                bots.add(() -> new ChildBot(FLOOR_BOT, List.of("node", "raw-ws.js"), ready.folder()));
            } else if (node instanceof NodeSetup.Unavailable unavailable) {
                out.println("Node bots skipped: " + unavailable.reason());
            }
        }
        BurstTemplates templates = BurstTemplates.create(people);
        BurstServer server = new BurstServer(templates);
        try {
            String url = server.startAndWait();
            BurstBench bench = new BurstBench(server, url, new BurstBench.Settings(messages, warmUp, steadyWarmUp,
                    steadyMax, timeout), out);
            out.printf("bursts of %,d messages from %d people; cold after %,d, steady after at least %,d%n", messages,
                    people, warmUp, steadyWarmUp);
            if (bedWarmUp > 0) {
                bench.warmUpServer(bedWarmUp);
                out.printf("  warmed up the CLI stand-in with %,d messages (not measured)%n", bedWarmUp);
            }
            out.flush();
            for (int round = 1; round <= rounds; round++) {
                List<BurstBench.Figures> figures = new ArrayList<>();
                for (BotFactory factory : bots) {
                    try (ChildBot bot = factory.create()) {
                        figures.add(bench.measure(bot));
                    }
                }
                if (rounds > 1) {
                    out.printf("%nround %d of %d", round, rounds);
                }
                BurstBench.print(out, figures, OFFICIAL_BOT, FLOOR_BOT, FLOOR_GOAL);
            }
        } finally {
            server.stop(1000);
            templates.simulator().close();
            deleteTree(scripts);
            deleteTree(data);
        }
    }

    private static List<String> hostRun(List<String> launcher, Path script, Path data) throws IOException {
        Path dataDir = Files.createTempDirectory(data, "bot");
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("run", "--log-level", "warn", "--data-dir", dataDir.toString(), script.toString(), "--url"));
        return command;
    }

    @FunctionalInterface
    private interface BotFactory {
        ChildBot create() throws IOException;
    }

    private void forked(PrintWriter out) throws Exception {
        ForkedHost fork = new ForkedHost(hostCommands == null || hostCommands.isEmpty()
                ? ForkedHost.launcherOfThisProcess() : List.of(hostCommands.get(0).trim().split("\\s+")));
        for (int scripts : memoryScripts) {
            ForkedHost.Figures figures = fork.measure(scripts);
            out.printf("run with %2d script(s): start -> first reply %.0f ms, resident memory %.0f MB%n",
                    scripts, figures.firstReplyMillis(), figures.rssKb() / 1024.0);
            out.flush();
        }
        out.println("goals: first reply <= 1000 ms after start with one script; 50 scripts <= 512 MB resident");
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** "JIT (…)" when the Graal compiler is in use, else "interpreter only". */
    static String compilerMode() {
        try (Engine engine = Engine.newBuilder("js").option("engine.WarnInterpreterOnly", "false")
                .out(OutputStream.nullOutputStream()).err(OutputStream.nullOutputStream()).build()) {
            String name = engine.getImplementationName();
            return name.toLowerCase(Locale.ROOT).contains("interpreted") ? "interpreter only" : "JIT (" + name + ")";
        }
    }
}
