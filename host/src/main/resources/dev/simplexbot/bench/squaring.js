// The benchmark's squaring bot on the plain API: one reply per direct text message.
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
}
