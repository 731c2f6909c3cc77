package dev.simplexbot.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolkitSetupTest {
    private static final String CONFIG = "({ profile: { displayName: 'helper', fullName: 'Help desk' },"
            + " welcome: 'Hello! Send /help', addressInProfile: true })";
    private static final String COMMANDS = "bot.onCommand('echo', { help: 'repeat the text', params: '<text>' }, (m, a) => m.reply(a.text));"
            + "bot.onCommand('stats', { help: 'usage numbers', admin: true }, (m) => m.reply('0'));";

    private static String firstRun(ToolkitHarness bot) {
        bot.eval(COMMANDS + "bot.setup(" + CONFIG + ").then(u => { globalThis.setupUser = u; });");
        bot.eval("tick(0)");
        return bot.cliState();
    }

    @Test
    void firstRunCreatesTheBotUserAddressWelcomeAndMenu() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            firstRun(bot);

            assertThat(bot.errors()).isEmpty();
            assertThat(bot.commandNames()).containsExactly("showActiveUser", "createActiveUser", "apiShowMyAddress",
                    "apiCreateMyAddress", "apiShowMyAddress", "apiSetAddressSettings", "apiSetProfileAddress");
            assertThat(bot.json("cli.user.profile")).isEqualTo("{\"profileId\":1,\"displayName\":\"helper\","
                    + "\"fullName\":\"Help desk\",\"peerType\":\"bot\",\"preferences\":{\"commands\":["
                    + "{\"type\":\"command\",\"keyword\":\"echo\",\"label\":\"repeat the text\",\"params\":\"<text>\"},"
                    + "{\"type\":\"command\",\"keyword\":\"help\",\"label\":\"show the commands\"}]},"
                    + "\"localAlias\":\"\",\"contactLink\":\"https://smp.example/a#short\"}");
            assertThat(bot.json("cli.address.addressSettings")).isEqualTo(
                    "{\"businessAddress\":false,\"autoAccept\":{\"acceptIncognito\":false},"
                            + "\"autoReply\":{\"type\":\"text\",\"text\":\"Hello! Send /help\"}}");
            assertThat(bot.eval("bot.user.profile.displayName").asString()).isEqualTo("helper");
            assertThat(bot.eval("setupUser.userId").asInt()).isEqualTo(1);
            assertThat(bot.eval("bot.addressLink").asString()).isEqualTo("https://smp.example/a#short");
            assertThat(bot.eval("bot.address.userContactLinkId").asInt()).isEqualTo(1);
        }
    }

    @Test
    void secondRunWithTheSameConfigSendsOnlyReads() {
        String state;
        try (ToolkitHarness bot = new ToolkitHarness()) {
            state = firstRun(bot);
        }
        try (ToolkitHarness restarted = new ToolkitHarness(state, null)) {
            firstRun(restarted);

            assertThat(restarted.errors()).isEmpty();
            assertThat(restarted.commandNames()).containsExactly("showActiveUser", "apiShowMyAddress");
            assertThat(restarted.eval("bot.addressLink").asString()).isEqualTo("https://smp.example/a#short");
        }
    }

    @Test
    void aChangedWelcomeUpdatesOnlyTheAddressSettings() {
        String state;
        try (ToolkitHarness bot = new ToolkitHarness()) {
            state = firstRun(bot);
        }
        try (ToolkitHarness restarted = new ToolkitHarness(state, null)) {
            restarted.eval(COMMANDS + "bot.setup(Object.assign(" + CONFIG + ", { welcome: 'Hi again' }))");
            restarted.eval("tick(0)");

            assertThat(restarted.commandNames()).containsExactly("showActiveUser", "apiShowMyAddress", "apiSetAddressSettings");
            assertThat(restarted.eval("cli.address.addressSettings.autoReply.text").asString()).isEqualTo("Hi again");
        }
    }

    @Test
    void aCommandRegisteredAfterSetupUpdatesTheMenuOnce() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            firstRun(bot);
            bot.eval("log.length = 0;"
                    + "bot.onCommand('ping', { help: 'answer pong' }, m => m.reply('pong'));"
                    + "bot.onCommand('time', { help: 'the time' }, m => m.reply('now'));");
            bot.eval("tick(0)");

            assertThat(bot.commandNames()).containsExactly("apiUpdateProfile");
            assertThat(bot.json("cli.user.profile.preferences.commands.map(c => c.keyword)"))
                    .isEqualTo("[\"echo\",\"ping\",\"time\",\"help\"]");
            assertThat(bot.eval("cli.user.profile.contactLink").asString()).isEqualTo("https://smp.example/a#short");
        }
    }

    @Test
    void aBotWithoutCommandsGetsNoMenuAndNoAddressWhenAskedNotTo() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("bot.setup({ displayName: 'plain', address: false })");
            bot.eval("tick(0)");

            assertThat(bot.commandNames()).containsExactly("showActiveUser", "createActiveUser");
            assertThat(bot.json("cli.user.profile")).isEqualTo(
                    "{\"profileId\":1,\"displayName\":\"plain\",\"peerType\":\"bot\",\"fullName\":\"\",\"localAlias\":\"\"}");
            assertThat(bot.eval("bot.address").isNull()).isTrue();
        }
    }

    @Test
    void missingDisplayNameWithoutAUserIsAClearError() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("bot.setup({}).catch(e => { globalThis.failure = e.message; })");
            bot.eval("tick(0)");

            assertThat(bot.eval("failure").asString()).contains("config.profile.displayName");
            assertThat(bot.errors()).singleElement().asString().contains("bot setup failed");
        }
    }

    @Test
    void setupTwiceIsRejected() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("bot.setup({ displayName: 'a' }); bot.setup({ displayName: 'b' }).catch(e => { globalThis.failure = e.message; })");

            assertThat(bot.eval("failure").asString()).contains("already called");
        }
    }
}
