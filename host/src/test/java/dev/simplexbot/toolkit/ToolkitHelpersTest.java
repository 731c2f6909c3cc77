package dev.simplexbot.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ToolkitHelpersTest {
    private static final String FILE = "{ fileId: 42, fileName: 'notes.txt', fileSize: 5, fileStatus: {}, fileProtocol: 'xftp' }";

    @Test
    void receiveFileResolvesWhenThatFileCompletes() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("bot.onMessage(async m => { globalThis.got = await bot.receiveFile(m.file.fileId); })");
            bot.eval("emit(direct('a file', [2, 'alice'], { file: " + FILE + " }))");
            assertThat(bot.json("log")).isEqualTo("[{\"name\":\"receiveFile\",\"params\":{\"fileId\":42,\"userApprovedRelays\":false}}]");
            assertThat(bot.eval("globalThis.got").isNull()).isTrue();

            bot.eval("emit({ type: 'rcvFileComplete', chatItem: { chatItem: { file: Object.assign(" + FILE
                    + ", { fileId: 41 }) } } });"
                    + "emit({ type: 'rcvFileComplete', chatItem: { chatItem: { file: Object.assign(" + FILE
                    + ", { fileSource: { filePath: '/files/notes.txt' } }) } } })");

            assertThat(bot.json("[got.fileId, got.fileName, got.filePath]")).isEqualTo("[42,\"notes.txt\",\"/files/notes.txt\"]");
        }
    }

    @Test
    void receiveFileRejectsOnErrorCancelOrCommandFailure() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("globalThis.outcomes = {}; const track = (id, o) => bot.receiveFile(id, o).then(() => { outcomes[id] = 'ok' },"
                    + " e => { outcomes[id] = e.message });"
                    + "cli.cancelledFiles = [2]; cli.badFiles = [3];"
                    + "track(1); track(2); track(3); track(4, { timeout: '30s', approvedRelays: true, path: '/tmp/x' })");
            bot.eval("emit({ type: 'rcvFileError', agentError: { type: 'XFTP' }, rcvFileTransfer: { fileId: 1 } })");
            bot.eval("tick(30000)");

            assertThat(bot.eval("outcomes[1]").asString()).startsWith("receiving file 1 failed");
            assertThat(bot.eval("outcomes[2]").asString()).isEqualTo("file 2 was cancelled by the sender");
            assertThat(bot.eval("outcomes[3]").asString()).startsWith("chatCmdError");
            assertThat(bot.eval("outcomes[4]").asString()).isEqualTo("file 4 not received within 30s");
            assertThat(bot.json("log[3].params")).isEqualTo("{\"fileId\":4,\"userApprovedRelays\":true,\"filePath\":\"/tmp/x\"}");
        }
    }

    @Test
    void sendingHelpersBuildTheDocumentedParameters() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            bot.eval("const ref = { chatType: 'group', chatId: 5 };"
                    + "bot.sendText(ref, 'hi'); bot.sendFile({ chatRef: ref }, '/srv/report.pdf', { text: 'report' });"
                    + "bot.react(ref, 10, '👍'); bot.deleteMessage(ref, 11); bot.addMember(5, 3, 'admin');"
                    + "bot.removeMembers(5, [{ groupMemberId: 7 }, 8], { withMessages: true }); bot.blockMember(5, 9)");

            assertThat(bot.json("log.map(c => c.params)")).isEqualTo("["
                    + "{\"sendRef\":{\"chatType\":\"group\",\"chatId\":5},\"liveMessage\":false,\"composedMessages\":"
                    + "[{\"mentions\":{},\"msgContent\":{\"type\":\"text\",\"text\":\"hi\"}}]},"
                    + "{\"sendRef\":{\"chatType\":\"group\",\"chatId\":5},\"liveMessage\":false,\"composedMessages\":"
                    + "[{\"mentions\":{},\"fileSource\":{\"filePath\":\"/srv/report.pdf\"},\"msgContent\":{\"type\":\"file\",\"text\":\"report\"}}]},"
                    + "{\"chatRef\":{\"chatType\":\"group\",\"chatId\":5},\"chatItemId\":10,\"add\":true,\"reaction\":{\"type\":\"emoji\",\"emoji\":\"👍\"}},"
                    + "{\"chatRef\":{\"chatType\":\"group\",\"chatId\":5},\"chatItemIds\":[11],\"deleteMode\":\"broadcast\"},"
                    + "{\"groupId\":5,\"contactId\":3,\"memberRole\":\"admin\"},"
                    + "{\"groupId\":5,\"groupMemberIds\":[7,8],\"withMessages\":true},"
                    + "{\"groupId\":5,\"groupMemberIds\":[9],\"blocked\":true}]");
            assertThat(bot.json("log.map(c => c.name)")).isEqualTo("[\"apiSendMessages\",\"apiSendMessages\",\"apiChatItemReaction\","
                    + "\"apiDeleteChatItem\",\"apiAddMember\",\"apiRemoveMembers\",\"apiBlockMembersForAll\"]");
        }
    }

    @Test
    void aBadChatReferenceIsRefusedBeforeAnythingIsSent() {
        try (ToolkitHarness bot = new ToolkitHarness()) {
            assertThat(bot.eval("try { bot.sendText({ chatType: 'dm', chatId: 1 }, 'x') } catch (e) { e.message }").asString())
                    .startsWith("expected a chat reference");
            assertThat(bot.eval("log.length").asInt()).isZero();
        }
    }
}
