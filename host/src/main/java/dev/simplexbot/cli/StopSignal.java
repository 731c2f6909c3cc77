package dev.simplexbot.cli;

import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for SIGINT or SIGTERM. Handling the signals directly (rather than in a shutdown hook) lets the program
 * finish its graceful stop and exit with 0; a second signal while stopping exits at once.
 */
final class StopSignal {
    private static final Logger log = LoggerFactory.getLogger(StopSignal.class);
    private static final int EXIT_FORCED = 130;

    private final CountDownLatch received = new CountDownLatch(1);

    @SuppressWarnings("removal")
    static StopSignal install() {
        StopSignal stop = new StopSignal();
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                sun.misc.Signal.handle(new sun.misc.Signal(name), signal -> stop.onSignal("SIG" + name));
            } catch (IllegalArgumentException | UnsupportedOperationException e) {
                log.debug("Cannot handle SIG{} here; relying on the JVM's default", name);
            }
        }
        return stop;
    }

    private void onSignal(String name) {
        if (received.getCount() == 0) {
            log.warn("{} again while stopping: exiting now", name);
            Runtime.getRuntime().halt(EXIT_FORCED);
        }
        log.info("{} received: stopping", name);
        received.countDown();
    }

    void await() throws InterruptedException {
        received.await();
    }
}
