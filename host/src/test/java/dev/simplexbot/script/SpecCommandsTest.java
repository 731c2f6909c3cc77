package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime with the real spec: every documented command is a bot.chat method rendered by the docs' syntax. */
class SpecCommandsTest {
    static final String SQUARING = """
            export default function (bot) {
              bot.on("newChatItems", async ({ chatItems }) => {
                for (const { chatInfo, chatItem } of chatItems) {
                  if (chatInfo.type !== "direct" || chatItem.content.type !== "rcvMsgContent") continue;
                  const text = chatItem.content.msgContent.text.trim();
                  const n = Number(text);
                  const reply = text !== "" && Number.isFinite(n) ? `${n} * ${n} = ${n * n}` : "this is not a number";
                  await bot.chat.apiSendMessages({
                    sendRef: { chatType: "direct", chatId: chatInfo.contact.contactId },
                    liveMessage: false,
                    composedMessages: [{ msgContent: { type: "text", text: reply } }],
                  });
                }
              });
              bot.on("go", async () => {
                await bot.chat.raw("methods " + Object.keys(bot.chat).length);
                try { await bot.chat.apiSendMessages({ sendRef: { chatType: "direct", chatId: 1 }, composedMessage: [] }); }
                catch (e) { await bot.chat.raw(`${e.name} ${e.command}`); }
              });
            }
            """;

    @TempDir
    Path dir;

    @Test
    void squaringBotSendsTheDocumentedCommand() {
        ChatCommands spec = ChatCommands.fromSpec(dev.simplexbot.api.ApiSpec.load());
        try (RuntimeHarness harness = new RuntimeHarness(dir, RuntimeHarness.RAW_ALLOWED, spec)) {
            harness.folder.write("squaring.js", SQUARING);
            harness.start();

            harness.runtime.onEvent(Events.receivedText(5, "4"));
            harness.runtime.onEvent(Events.receivedText(5, "four"));
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(harness.gateway.next())
                    .isEqualTo("/_send @5 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"4 * 4 = 16\"}}]");
            assertThat(harness.gateway.next())
                    .isEqualTo("/_send @5 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"this is not a number\"}}]");
            assertThat(harness.gateway.next()).isEqualTo("methods " + (spec.methods().size() + 1));
            assertThat(harness.gateway.next()).isEqualTo("ValidationError apiSendMessages");
        }
    }
}
