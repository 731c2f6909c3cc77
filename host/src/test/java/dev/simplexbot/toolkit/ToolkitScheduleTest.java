package dev.simplexbot.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolkitScheduleTest {
    @Test
    void parsesDurations() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            assertThat(bot.json("['500ms', '10s', '10m', '1h', '1d', '1h30m', '1.5s', 250].map(bot.parseDuration)"))
                    .isEqualTo("[500,10000,600000,3600000,86400000,5400000,1500,250]");
            assertThat(bot.eval("try { bot.parseDuration('10 minutes') } catch (e) { e.message }").asString())
                    .startsWith("bad duration \"10 minutes\"");
            assertThat(bot.eval("try { bot.parseDuration(-1) } catch (e) { e.message }").asString())
                    .contains("non-negative");
        }
    }

    @Test
    void everyRunsOnEachIntervalUntilCancelled() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("globalThis.runs = 0; globalThis.stop = bot.every('10m', () => runs++)");
            bot.eval("tick(35 * 60000)");
            assertThat(bot.eval("runs").asInt()).isEqualTo(3);

            bot.eval("stop(); tick(60 * 60000)");
            assertThat(bot.eval("runs").asInt()).isEqualTo(3);
            assertThat(bot.eval("pendingTimers()").asInt()).isZero();
        }
    }

    @Test
    void atRunsOnceAtTheDateAndAFailingTaskIsLogged() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("globalThis.ranAt = []; bot.at(new Date(Date.now() + 3600000), () => ranAt.push(Date.now()));"
                    + "bot.at(Date.now() + 1000, () => { throw new Error('task broke'); });"
                    + "globalThis.start = Date.now()");
            bot.eval("tick(2 * 3600000)");

            assertThat(bot.eval("ranAt.length === 1 && ranAt[0] - start").asInt()).isEqualTo(3600000);
            assertThat(bot.errors()).singleElement().asString().startsWith("bot.at task failed: Error: task broke");
        }
    }

    @Test
    void aDateBeyondTheTimerLimitIsReachedInSteps() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("globalThis.ran = false; bot.at(Date.now() + 40 * 86400000, () => { ran = true; })");
            bot.eval("tick(39 * 86400000)");
            assertThat(bot.eval("ran").asBoolean()).isFalse();
            bot.eval("tick(86400000)");
            assertThat(bot.eval("ran").asBoolean()).isTrue();
        }
    }

    @Test
    void unloadCancelsEverySchedule() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("globalThis.runs = 0; bot.every('1s', () => runs++); bot.at(Date.now() + 5000, () => runs++);"
                    + "bot.receiveFile(1).catch(e => { globalThis.fileError = e.message })");
            bot.eval("unload(); tick(10000)");

            assertThat(bot.eval("runs").asInt()).isZero();
            assertThat(bot.eval("pendingTimers()").asInt()).isZero();
            assertThat(bot.eval("fileError").asString()).isEqualTo("the script was unloaded");
        }
    }
}
