package dev.simplexbot.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyValueStoreTest {
    @TempDir
    Path tmp;

    @Test
    void keepsJsonValuesPerScript() throws Exception {
        try (KeyValueStore store = KeyValueStore.open(DataDirectory.open(tmp))) {
            store.set("a", "count", "5");
            store.set("a", "user", "{\"name\":\"alice\",\"n\":1.5}");
            store.set("b", "count", "7");

            assertThat(store.get("a", "count")).contains("5");
            assertThat(store.get("a", "user")).contains("{\"name\":\"alice\",\"n\":1.5}");
            assertThat(store.get("b", "count")).contains("7");
            assertThat(store.get("c", "count")).isEmpty();

            store.set("a", "count", "6");
            assertThat(store.get("a", "count")).contains("6");
            assertThat(store.delete("a", "count")).isTrue();
            assertThat(store.delete("a", "count")).isFalse();
            assertThat(store.get("a", "count")).isEmpty();
        }
    }

    @Test
    void listsKeysByPrefixInOrder() throws Exception {
        try (KeyValueStore store = KeyValueStore.open(DataDirectory.open(tmp))) {
            for (String key : new String[] {"ticket:2", "ticket:10", "ticket:1", "tick", "user:1", "ticket%", "ticket_x"}) {
                store.set("desk", key, "true");
            }
            store.set("other", "ticket:3", "true");

            assertThat(store.keys("desk", "ticket:")).containsExactly("ticket:1", "ticket:10", "ticket:2");
            assertThat(store.keys("desk", "ticket%")).containsExactly("ticket%");
            assertThat(store.keys("desk", "")).hasSize(7);
        }
    }

    @Test
    void survivesReopen() throws Exception {
        try (KeyValueStore store = KeyValueStore.open(DataDirectory.open(tmp))) {
            store.set("bot", "k", "\"v\"");
        }
        try (KeyValueStore store = KeyValueStore.open(DataDirectory.open(tmp))) {
            assertThat(store.get("bot", "k")).contains("\"v\"");
        }
    }

    @Test
    void dataDirectoryAndStoreAreOwnerOnly() throws Exception {
        Path dir = tmp.resolve("nested/data");
        try (KeyValueStore ignored = KeyValueStore.open(DataDirectory.open(dir))) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(KeyValueStore.FILE_NAME))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void everyAcknowledgedWriteSurvivesKillDashNine() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process writer = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                        StoreWriterProcess.class.getName(), tmp.toString())
                .redirectErrorStream(true)
                .start();
        int acknowledged = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    acknowledged = Integer.parseInt(line.substring("committed ".length()));
                    if (acknowledged >= 300) {
                        writer.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no close()
                        break;
                    }
                }
            }
        }
        assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(acknowledged).isGreaterThanOrEqualTo(300);

        try (KeyValueStore store = KeyValueStore.open(DataDirectory.open(tmp))) {
            for (int i = 0; i <= acknowledged; i++) {
                assertThat(store.get("writer", "key" + i)).as("key%d", i).contains("{\"i\":" + i + "}");
            }
        }
    }
}
