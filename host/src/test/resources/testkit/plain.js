// No toolkit config: answers every text with its length, using only bot.on and bot.chat.
export default function (bot) {
  bot.on("newChatItems", async ({ chatItems }) => {
    for (const { chatInfo, chatItem } of chatItems) {
      if (chatInfo.type !== "direct" || chatItem.chatDir.type !== "directRcv") continue;
      const text = chatItem.content.msgContent.text;
      await bot.chat.apiSendMessages({
        sendRef: { chatType: "direct", chatId: chatInfo.contact.contactId },
        liveMessage: false,
        composedMessages: [{ msgContent: { type: "text", text: `${text.length} characters` }, mentions: {} }],
      });
    }
  });
}
