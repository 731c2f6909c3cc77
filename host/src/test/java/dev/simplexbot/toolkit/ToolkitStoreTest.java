package dev.simplexbot.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.simplexbot.store.DataDirectory;
import dev.simplexbot.store.KeyValueStore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolkitStoreTest {
    @TempDir
    Path dataDir;

    @Test
    void bindingKeepsEachScriptsKeysApart() throws Exception {
        try (KeyValueStore store = KeyValueStore.open(DataDirectory.open(dataDir))) {
            ScriptStoreBinding desk = new ScriptStoreBinding(store, "desk");
            ScriptStoreBinding other = new ScriptStoreBinding(store, "other");
            desk.set("ticket:1", "{\"open\":true}");
            desk.set("ticket:2", "2");
            other.set("ticket:3", "3");

            assertThat(desk.get("ticket:1")).isEqualTo("{\"open\":true}");
            assertThat(desk.get("ticket:3")).isNull();
            assertThat(desk.keys("ticket:")).isEqualTo("[\"ticket:1\",\"ticket:2\"]");
            assertThat(desk.keys(null)).isEqualTo("[\"ticket:1\",\"ticket:2\"]");
            assertThat(desk.delete("ticket:2")).isTrue();
            assertThat(desk.delete("ticket:2")).isFalse();
            assertThatThrownBy(() -> desk.set("", "1")).hasMessageContaining("non-empty");
        }
    }

    @Test
    void botStoreKeepsJsonTypesAndSurvivesARestart() throws Exception {
        try (KeyValueStore store = KeyValueStore.open(DataDirectory.open(dataDir));
                ToolkitHarness bot = new ToolkitHarness(null, new ScriptStoreBinding(store, "counter"))) {
            bot.eval("bot.store.set('count', 5); bot.store.set('ratio', 0.5); bot.store.set('user', { name: 'alice', tags: ['a'] });"
                    + "bot.store.set('flag', false); bot.store.set('nothing', null)");

            assertThat(bot.json("[typeof bot.store.get('count'), bot.store.get('count') + 1, bot.store.get('ratio')]"))
                    .isEqualTo("[\"number\",6,0.5]");
            assertThat(bot.json("bot.store.keys()")).isEqualTo("[\"count\",\"flag\",\"nothing\",\"ratio\",\"user\"]");
            assertThat(bot.eval("bot.store.get('missing') === undefined && bot.store.get('nothing') === null").asBoolean()).isTrue();
            assertThat(bot.eval("bot.store.delete('flag')").asBoolean()).isTrue();
            assertThat(bot.eval("try { bot.store.set('f', () => 1) } catch (e) { e.message }").asString())
                    .contains("must be JSON");
            assertThat(store.get("counter", "count")).contains("5");
        }
        try (KeyValueStore store = KeyValueStore.open(DataDirectory.open(dataDir));
                ToolkitHarness restarted = new ToolkitHarness(null, new ScriptStoreBinding(store, "counter"))) {
            assertThat(restarted.json("[bot.store.get('count'), bot.store.get('user'), bot.store.keys('r')]"))
                    .isEqualTo("[5,{\"name\":\"alice\",\"tags\":[\"a\"]},[\"ratio\"]]");
        }
    }

    @Test
    void withoutADataDirectoryTheStoreSaysSo() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            assertThat(bot.eval("try { bot.store.get('x') } catch (e) { e.message }").asString())
                    .isEqualTo("bot.store needs a data directory: run simplex-bot with --data-dir");
        }
    }
}
