package dev.simplexbot.bench;

import dev.simplexbot.sim.SimPerson;
import java.nio.file.Files;
import java.time.Duration;

/**
 * Hot reload as a user sees it: save a new version of a watched script, then keep messaging the bot until the
 * new version answers. The figure includes the watcher's debounce, the new context's load and one round trip.
 */
final class ReloadProbe {
    private static final String SOURCE = HostScriptBot.resource("reload-probe.js");
    private static final Duration REPLY_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private ReloadProbe() {}

    /** Milliseconds from each save to the first answer of the saved version, for {@code saves} saves after warm-up. */
    static long[] measure(int warmUpSaves, int saves) throws Exception {
        long[] millis = new long[saves];
        try (BenchWorld world = new BenchWorld(1); HostScriptBot bot = new HostScriptBot(version(0), true)) {
            bot.start(world.url());
            SimPerson person = world.people().get(0);
            awaitVersion(person, "v0", System.nanoTime());
            for (int round = 1; round <= warmUpSaves + saves; round++) {
                long saved = System.nanoTime();
                Files.writeString(bot.script(), version(round));
                long elapsed = awaitVersion(person, "v" + round, saved);
                if (round > warmUpSaves) {
                    millis[round - warmUpSaves - 1] = elapsed / 1_000_000;
                }
            }
        }
        return millis;
    }

    private static long awaitVersion(SimPerson person, String version, long since) {
        while (System.nanoTime() - since < GIVE_UP.toNanos()) {
            person.send("1");
            if (person.nextMessage(REPLY_TIMEOUT).text().equals(version)) {
                return System.nanoTime() - since;
            }
        }
        throw new IllegalStateException("version " + version + " did not answer within " + GIVE_UP);
    }

    private static String version(int round) {
        return SOURCE.replace("const VERSION = \"v0\";", "const VERSION = \"v" + round + "\";");
    }
}
