package dev.simplexbot.bench;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.graalvm.polyglot.Engine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code simplex-bot bench}: the performance figures of this build on this machine, printed, not asserted. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures simplex-bot against the built-in simulator on 127.0.0.1: the squaring workload for "
                + "simplex-bot, a Java-only handler, the official Node client simplex-chat 0.2.1 and a raw Node WebSocket "
                + "bot (when node and npm are installed), start-up to first reply, hot reload, and resident memory with "
                + "1, 10 and 50 scripts.")
public final class BenchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--messages", defaultValue = "2000", description = "Measured messages per bot (default: ${DEFAULT-VALUE}).")
    int messages;

    @Option(names = "--warm-up", defaultValue = "200", description = "Unmeasured messages first (default: ${DEFAULT-VALUE}).")
    int warmUp;

    @Option(names = "--bed-warm-up", defaultValue = "3000",
            description = "Messages through the simulator (answered by the Java handler, not measured) before any bot is "
                    + "measured, so the simulator all bots talk to runs compiled code from the first measured bot on "
                    + "(default: ${DEFAULT-VALUE}; 0 skips it).")
    int bedWarmUp;

    @Option(names = "--people", defaultValue = "10",
            description = "Simulated people sending at once, one message in flight each (default: ${DEFAULT-VALUE}).")
    int people;

    @Option(names = "--reloads", defaultValue = "20", description = "Measured hot-reload saves (default: ${DEFAULT-VALUE}).")
    int reloads;

    @Option(names = "--memory-scripts", split = ",", defaultValue = "1,10,50", paramLabel = "N[,N...]",
            description = "Script counts for the resident-memory figure, each in a child JVM (default: ${DEFAULT-VALUE}).")
    int[] memoryScripts;

    @Option(names = "--no-node", description = "Skip the Node.js bots.")
    boolean noNode;

    @Option(names = "--no-fork", description = "Skip the figures that need a child JVM (start-up, resident memory).")
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
        if (messages <= 0 || warmUp < 0 || bedWarmUp < 0 || people <= 0 || reloads <= 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--messages, --people and --reloads must be positive, --warm-up and --bed-warm-up not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        if (scriptCostRounds != null) {
            if (scriptCostRounds <= 0) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--script-cost must be positive");
            }
            out.printf("simplex-bot bench: Java %s (%s), GraalJS %s%n",
                    System.getProperty("java.version"), System.getProperty("java.vm.name"), compilerMode());
            ScriptCostCurve.run(scriptCostRounds, messages, out);
            return 0;
        }
        out.printf("simplex-bot bench: Java %s (%s), GraalJS %s; %d messages after %d warm-up, %d people%n",
                System.getProperty("java.version"), System.getProperty("java.vm.name"), compilerMode(), messages, warmUp, people);
        out.flush();

        if (bedWarmUp > 0) {
            try (BenchWorld world = new BenchWorld(people); JavaHandlerBot bot = new JavaHandlerBot()) {
                bot.start(world.url());
                new SquaringLoad(world.people()).run(bot.label(), bedWarmUp, 1);
            }
            out.printf("  warmed up the simulator with %d messages (not measured)%n", bedWarmUp);
            out.flush();
        }
        List<LoadResult> results = new ArrayList<>();
        LoadResult host = load(new HostScriptBot(HostScriptBot.SQUARING, false), out, results);
        LoadResult java = load(new JavaHandlerBot(), out, results);
        Optional<LoadResult> official = Optional.empty();
        Optional<LoadResult> floor = Optional.empty();
        if (noNode) {
            out.println("Node bots skipped (--no-node)");
        } else {
            NodeSetup.Outcome node = NodeSetup.prepare(nodeDir != null ? nodeDir
                    : Path.of(System.getProperty("java.io.tmpdir"), "simplex-bot-bench-node"));
            if (node instanceof NodeSetup.Ready ready) {
                out.println("Node " + ready.nodeVersion() + " in " + ready.folder());
                official = Optional.of(load(new NodeBot("simplex-chat 0.2.1 (Node)", ready.folder(), "official-client.js"), out, results));
                floor = Optional.of(load(new NodeBot("raw ws (Node floor)", ready.folder(), "raw-ws.js"), out, results));
            } else if (node instanceof NodeSetup.Unavailable unavailable) {
                out.println("Node bots skipped: " + unavailable.reason());
            }
        }
        printTable(out, results);
        official.ifPresent(b -> out.printf("a/b throughput %.2fx (goal >= 1.5x); p99 %.2f ms vs %.2f ms (goal: not above)%n",
                host.messagesPerSecond() / b.messagesPerSecond(), host.p99Millis(), b.p99Millis()));
        floor.ifPresent(c -> out.printf("a/c throughput %.2fx (goal >= 0.8x)%n", host.messagesPerSecond() / c.messagesPerSecond()));
        out.printf("host overhead per event vs the Java handler: %.0f us of wall time per message, p50 %+.2f ms%n",
                host.microsPerMessage() - java.microsPerMessage(), host.p50Millis() - java.p50Millis());
        out.flush();

        long[] reload = ReloadProbe.measure(3, reloads);
        out.printf("hot reload, save -> new version answering: median %d ms, max %d ms over %d saves (goal <= 150 ms)%n",
                median(reload), Arrays.stream(reload).max().orElseThrow(), reloads);
        out.flush();

        if (noFork) {
            out.println("start-up and resident memory skipped (--no-fork)");
        } else {
            forked(out);
        }
        out.flush();
        return 0;
    }

    private LoadResult load(BotUnderTest bot, PrintWriter out, List<LoadResult> results) throws Exception {
        try (BenchWorld world = new BenchWorld(people); bot) {
            bot.start(world.url());
            LoadResult result = new SquaringLoad(world.people()).run(bot.label(), warmUp, messages);
            out.printf("  measured %s%n", bot.label());
            out.flush();
            results.add(result);
            return result;
        }
    }

    private void forked(PrintWriter out) throws Exception {
        Optional<ForkedHost> fork = ForkedHost.likeThisProcess();
        if (fork.isEmpty()) {
            out.println("start-up and resident memory skipped: cannot read this process's command line to start a child");
            return;
        }
        for (int scripts : memoryScripts) {
            ForkedHost.Figures figures = fork.get().measure(scripts);
            out.printf("run with %2d script(s): start -> first reply %.0f ms, resident memory %.0f MB%n",
                    scripts, figures.firstReplyMillis(), figures.rssKb() / 1024.0);
            out.flush();
        }
        out.println("goals: first reply <= 1500 ms after start; 50 scripts <= 512 MB resident");
    }

    private static void printTable(PrintWriter out, List<LoadResult> results) {
        out.printf("%-28s %10s %10s %10s%n", "squaring workload", "msg/s", "p50 ms", "p99 ms");
        for (LoadResult r : results) {
            out.printf("%-28s %10.0f %10.2f %10.2f%n", r.bot(), r.messagesPerSecond(), r.p50Millis(), r.p99Millis());
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
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
