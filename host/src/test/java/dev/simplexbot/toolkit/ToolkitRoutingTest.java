package dev.simplexbot.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolkitRoutingTest {
    private static final String COMMANDS = "bot.onCommand('echo', { help: 'repeat the text', params: '<text>' }, (m, a) => m.reply('echo: ' + a.text));"
            + "bot.onCommand('role', { help: 'set a role', params: '<id> <role>' }, (m, a) => m.send(a.id + '=' + a.role + ' ' + a.words.length));"
            + "bot.onCommand('stats', { help: 'usage numbers', admin: true }, (m) => m.reply('stats for ' + (m.member || m.contact).localDisplayName));";

    private static ToolkitHarness botWith(String config) {
        ToolkitHarness bot = new ToolkitHarness();
        bot.eval(COMMANDS + "bot.setup(" + config + ")");
        bot.eval("tick(0); log.length = 0");
        return bot;
    }

    @Test
    void onMessageGetsEachReceivedTextWithItsChatAndIgnoresTheBotsOwnItems() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("globalThis.seen = []; bot.onMessage(m => { seen.push([m.text, m.chatRef, m.contact.localDisplayName, m.itemId]);"
                    + " return m.reply('got ' + m.text); })");
            bot.eval("emit(direct('hi', [3, 'carol'])); emit(direct('my own', [3, 'carol'], { sent: true }))");

            assertThat(bot.json("seen")).isEqualTo("[[\"hi\",{\"chatType\":\"direct\",\"chatId\":3},\"carol\",1]]");
            assertThat(bot.json("sent()")).isEqualTo("[{\"sendRef\":{\"chatType\":\"direct\",\"chatId\":3},\"liveMessage\":false,"
                    + "\"composedMessages\":[{\"mentions\":{},\"quotedItemId\":1,\"msgContent\":{\"type\":\"text\",\"text\":\"got hi\"}}]}]");
        }
    }

    @Test
    void groupMessagesCarryTheGroupAndTheMember() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("bot.onMessage(m => { globalThis.seen = [m.chatRef, m.group.localDisplayName, m.member.localDisplayName, m.contact]; })");
            bot.eval("emit(group('hello team', [7, 'bob']))");

            assertThat(bot.json("seen")).isEqualTo("[{\"chatType\":\"group\",\"chatId\":5},\"team\",\"bob\",null]");
        }
    }

    @Test
    void commandsRouteWithParsedArgsInDirectChatsAndGroups() {
        try (ToolkitHarness bot = botWith("{ displayName: 'b' }")) {
            bot.eval("globalThis.plain = []; bot.onMessage(m => plain.push(m.text))");
            bot.eval("emit(direct('/echo  hello   world ')); emit(group('/role 12 moderator now')); emit(direct('just text'))");

            assertThat(bot.sentTexts()).containsExactly("echo: hello   world", "12=moderator now 3");
            assertThat(bot.json("sent().map(p => p.sendRef.chatType)")).isEqualTo("[\"direct\",\"group\"]");
            assertThat(bot.json("plain")).isEqualTo("[\"just text\"]");
        }
    }

    @Test
    void helpListsTheCommandsEachPersonMayUse() {
        try (ToolkitHarness bot = botWith("{ displayName: 'b', admins: ['alice'] }")) {
            bot.eval("emit(direct('/help', [3, 'carol'])); emit(direct('/help', [2, 'alice']))");

            assertThat(bot.sentTexts()).containsExactly(
                    "Commands:\n/echo <text> - repeat the text\n/role <id> <role> - set a role\n/help - show the commands",
                    "Commands:\n/echo <text> - repeat the text\n/role <id> <role> - set a role\n/stats - usage numbers (admin)"
                            + "\n/help - show the commands");
        }
    }

    @Test
    void adminCommandsRunOnlyForListedContactsByNameOrId() {
        try (ToolkitHarness bot = botWith("{ displayName: 'b', admins: ['alice', 9] }")) {
            bot.eval("emit(direct('/stats', [3, 'carol'])); emit(direct('/stats', [2, 'alice'])); emit(direct('/stats', [9, 'dave']));"
                    + "emit(group('/stats', [7, 'bob'])); emit(group('/stats', [8, 'eve', 9]))");

            assertThat(bot.sentTexts()).containsExactly("/stats is only for admins.", "stats for alice", "stats for dave",
                    "/stats is only for admins.", "stats for eve");
        }
    }

    @Test
    void unknownCommandsGetTheDefaultOrConfiguredReply() {
        try (ToolkitHarness bot = botWith("{ displayName: 'b' }")) {
            bot.eval("emit(direct('/nope 1'))");
            assertThat(bot.sentTexts()).containsExactly("Unknown command /nope. Send /help to see the commands.");
        }
        try (ToolkitHarness bot = botWith("{ displayName: 'b', unknownCommand: 'What?' }")) {
            bot.eval("emit(direct('/nope'))");
            assertThat(bot.sentTexts()).containsExactly("What?");
        }
        try (ToolkitHarness bot = botWith("{ displayName: 'b', unknownCommand: false }")) {
            bot.eval("bot.onMessage(m => m.send('free text: ' + m.text)); emit(direct('/nope'))");
            assertThat(bot.sentTexts()).containsExactly("free text: /nope");
        }
    }

    @Test
    void withoutRegisteredCommandsSlashTextIsAnOrdinaryMessage() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("bot.onMessage(m => m.send('seen ' + m.text)); emit(direct('/anything'))");

            assertThat(bot.sentTexts()).containsExactly("seen /anything");
        }
    }

    @Test
    void aFailingHandlerIsLoggedAndDoesNotStopTheOthers() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("bot.onMessage(() => { throw new Error('boom'); });"
                    + "bot.onMessage(async () => { throw new Error('async boom'); });"
                    + "bot.onMessage(m => m.send('still here'));"
                    + "emit(direct('x'))");

            assertThat(bot.sentTexts()).containsExactly("still here");
            assertThat(bot.errors()).hasSize(2).allMatch(e -> e.startsWith("onMessage handler failed: Error: "));
        }
    }

    @Test
    void badRegistrationsAreRefusedWithClearErrors() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            assertThat(bot.eval("try { bot.onCommand('two words', {}, () => {}) } catch (e) { e.message }").asString())
                    .contains("one word");
            assertThat(bot.eval("bot.onCommand('/x', () => {}); try { bot.onCommand('x', () => {}) } catch (e) { e.message }").asString())
                    .isEqualTo("command /x is already registered");
            assertThat(bot.eval("try { bot.onMessage('nope') } catch (e) { e.message }").asString())
                    .isEqualTo("bot.onMessage needs a function");
        }
    }

    @Test
    void isAdminTellsScriptsWhetherTheSenderIsAListedAdmin() {
        try (ToolkitHarness bot = botWith("{ displayName: 'b', admins: ['alice', 9] }")) {
            bot.eval("globalThis.admin = []; bot.onMessage(m => admin.push(bot.isAdmin(m)))");
            bot.eval("emit(direct('hi', [2, 'alice'])); emit(direct('hi', [3, 'carol'])); emit(direct('hi', [9, 'dave']));"
                    + "emit(group('hi', [7, 'bob', 9])); emit(group('hi', [8, 'eve', 4]))");

            assertThat(bot.json("admin")).isEqualTo("[true,false,true,true,false]");
            assertThat(bot.eval("bot.isAdmin(undefined)").asBoolean()).isFalse();
        }
    }
}
