package dev.simplexbot.store;

import java.nio.file.Path;

/** Child process for the kill -9 test: writes keys forever and prints each one after its commit. */
public final class StoreWriterProcess {
    private StoreWriterProcess() {}

    public static void main(String[] args) throws Exception {
        KeyValueStore store = KeyValueStore.open(DataDirectory.open(Path.of(args[0])));
        for (int i = 0; ; i++) {
            store.set("writer", "key" + i, "{\"i\":" + i + "}");
            System.out.println("committed " + i);
            System.out.flush();
        }
    }
}
