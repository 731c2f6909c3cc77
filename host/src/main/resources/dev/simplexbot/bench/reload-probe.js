// The reload probe: answers every direct message with its version, so the bench sees when a saved version runs.
const VERSION = "v0";
export default function (bot) {
  bot.on("newChatItems", async ({ chatItems }) => {
    for (const { chatInfo, chatItem } of chatItems) {
      if (chatInfo.type !== "direct" || chatItem.content.type !== "rcvMsgContent") continue;
      await bot.chat.apiSendMessages({
        sendRef: { chatType: "direct", chatId: chatInfo.contact.contactId },
        liveMessage: false,
        composedMessages: [{ msgContent: { type: "text", text: VERSION } }],
      });
    }
  });
}
