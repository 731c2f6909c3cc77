package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.npm.PackageFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HotReloadTest {
    @TempDir
    Path dir;

    static String replying(String version) {
        return """
                export default function (bot) {
                  bot.on("go", (e) => bot.chat.raw("%s " + e.n));
                }
                """.formatted(version);
    }

    @Test
    void aChangedFileReplacesTheRunningVersionAndABrokenChangeKeepsTheOld() {
        try (RuntimeHarness harness = RuntimeHarness.watching(dir)) {
            harness.folder.write("bot.js", replying("v1"));
            harness.start();
            assertThat(harness.lifecycle.next()).isEqualTo("loaded bot");

            harness.folder.write("bot.js", replying("v2"));
            assertThat(harness.lifecycle.next()).isEqualTo("loaded bot");
            harness.runtime.onEvent(Events.of("go", "\"n\":1"));
            assertThat(harness.gateway.next()).isEqualTo("v2 1");

            harness.folder.write("bot.js", "export default function (bot) {\n  bot.on('go', () => {\n}\n");
            assertThat(harness.lifecycle.next()).startsWith("failed bot: " + harness.folder.path("bot.js").toAbsolutePath() + ":4:");
            harness.runtime.onEvent(Events.of("go", "\"n\":2"));
            assertThat(harness.gateway.next()).isEqualTo("v2 2");
            assertThat(harness.logs.await("script bot: failed to load:", "(the previous version keeps running)"))
                    .contains("SyntaxError");
        }
    }

    @Test
    void newFilesLoadDeletedFilesUnloadWithTheirTimersAndHooks() throws Exception {
        try (RuntimeHarness harness = RuntimeHarness.watching(dir)) {
            harness.start();

            harness.folder.write("late.js", """
                    export default function (bot) {
                      setInterval(() => bot.chat.raw("tick"), 60_000);
                      bot.onUnload(() => bot.chat.raw("unloading late"));
                      bot.on("go", () => bot.chat.raw("late here"));
                    }
                    """);
            assertThat(harness.lifecycle.next()).isEqualTo("loaded late");
            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.next()).isEqualTo("late here");

            harness.folder.delete("late.js");
            assertThat(harness.lifecycle.next()).isEqualTo("unloaded late");
            assertThat(harness.gateway.next()).isEqualTo("unloading late");
            assertThat(harness.runtime.scriptNames()).isEmpty();
            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.poll(100)).isNull();
        }
    }

    @Test
    void reloadRunsOnUnloadCancelsTimersAndCarriesState() throws Exception {
        try (RuntimeHarness harness = RuntimeHarness.watching(dir)) {
            String counter = """
                    export default function (bot) {
                      bot.state.count ??= 0;
                      const timer = setTimeout(() => bot.chat.raw("%1$s timer fired"), 300);
                      bot.onUnload(() => bot.chat.raw("%1$s unloaded at " + bot.state.count));
                      bot.on("go", () => { bot.state.count++; bot.chat.raw("%1$s count " + bot.state.count); });
                    }
                    """;
            harness.folder.write("counter.js", counter.formatted("v1"));
            harness.start();
            assertThat(harness.lifecycle.next()).isEqualTo("loaded counter");
            harness.runtime.onEvent(Events.of("go", ""));
            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.next()).isEqualTo("v1 count 1");
            assertThat(harness.gateway.next()).isEqualTo("v1 count 2");

            harness.folder.write("counter.js", counter.formatted("v2"));
            assertThat(harness.lifecycle.next()).isEqualTo("loaded counter");
            assertThat(harness.gateway.next()).isEqualTo("v1 unloaded at 2");
            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.next()).isEqualTo("v2 count 3");
            assertThat(harness.gateway.next()).as("only the new version's timer fires").isEqualTo("v2 timer fired");
            assertThat(harness.gateway.poll(400)).isNull();
        }
    }

    @Test
    void aModuleChangeReloadsTheBotsThatImportIt() {
        try (RuntimeHarness harness = RuntimeHarness.watching(dir)) {
            harness.folder.write("lib/greeting.js", "export const greeting = 'hello';\n");
            harness.folder.write("greeter.js", """
                    import { greeting } from './lib/greeting.js';
                    export default (bot) => bot.on("go", () => bot.chat.raw(greeting));
                    """);
            harness.start();
            assertThat(harness.lifecycle.next()).isEqualTo("loaded greeter");

            harness.folder.write("lib/greeting.js", "export const greeting = 'bonjour';\n");
            assertThat(harness.lifecycle.next()).isEqualTo("loaded greeter");
            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.next()).isEqualTo("bonjour");
        }
    }

    @Test
    void anNpmInstallReloadsTheBotsWithTheNewPackage() throws Exception {
        PackageFixtures.installInto(dir);
        try (RuntimeHarness harness = RuntimeHarness.watching(dir)) {
            harness.folder.write("package-lock.json", "{ \"lockfileVersion\": 3, \"packages\": { \"node_modules/dep\": { \"version\": \"1.0.0\" } } }");
            harness.folder.write("bot.js", """
                    import dep from 'dep';
                    export default (bot) => bot.on("go", () => bot.chat.raw("dep " + dep.version));
                    """);
            harness.start();
            assertThat(harness.lifecycle.next()).isEqualTo("loaded bot");

            // npm replaces the package's files, then writes the lock file once it is done
            java.nio.file.Files.writeString(dir.resolve("node_modules/dep/index.js"), "module.exports = { version: 5 };");
            harness.folder.write("package-lock.json", "{ \"lockfileVersion\": 3, \"packages\": { \"node_modules/dep\": { \"version\": \"5.0.0\" } } }");

            assertThat(harness.lifecycle.next()).isEqualTo("loaded bot");
            harness.runtime.onEvent(Events.of("go", ""));
            assertThat(harness.gateway.next()).isEqualTo("dep 5");
        }
    }

    @Test
    void noEventIsLostOrHandledTwiceAcrossReloads() throws Exception {
        try (RuntimeHarness harness = RuntimeHarness.watching(dir)) {
            harness.folder.write("seq.js", replying("v0"));
            harness.start();
            assertThat(harness.lifecycle.next()).isEqualTo("loaded seq");

            int events = 300;
            Thread producer = new Thread(() -> {
                for (int n = 0; n < events; n++) {
                    harness.runtime.onEvent(Events.of("go", "\"n\":" + n));
                    if (n % 50 == 0) {
                        harness.folder.write("seq.js", replying("v" + (n / 50 + 1)));
                    }
                }
            });
            producer.start();
            List<Integer> seen = new ArrayList<>();
            for (int n = 0; n < events; n++) {
                String reply = harness.gateway.next();
                seen.add(Integer.parseInt(reply.substring(reply.indexOf(' ') + 1)));
            }
            producer.join();

            assertThat(seen).hasSize(events).doesNotHaveDuplicates().isSorted();
            assertThat(harness.gateway.poll(200)).isNull();
        }
    }
}
