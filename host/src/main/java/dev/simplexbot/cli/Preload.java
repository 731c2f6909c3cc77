package dev.simplexbot.cli;

import dev.simplexbot.api.ApiSpec;
import dev.simplexbot.script.JsEngine;

/**
 * Starts the two slow one-time loads of a process that runs scripts (the API spec with Jackson, and the GraalJS
 * engine with its warm-up) on background threads, so they overlap each other and the command's own start-up
 * (argument checks, simulator, connection). Whoever needs them first simply waits for the one already loading.
 */
final class Preload {
    private Preload() {}

    static void inBackground() {
        start("simplex-bot-preload-spec", ApiSpec::load);
        start("simplex-bot-preload-js", JsEngine::shared);
    }

    private static void start(String name, Runnable load) {
        Thread thread = new Thread(() -> {
            try {
                load.run();
            } catch (RuntimeException e) {
                // The command's own call reports the same failure where the user can see it.
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }
}
