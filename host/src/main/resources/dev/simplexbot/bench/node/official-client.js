// The squaring bot on the official Node client simplex-chat 0.2.1 (as in its squaring-bot example).
// Its event queue holds 16 events by default and deadlocks when more arrive while a command waits,
// so the queue size is raised.
const { ChatClient } = require("simplex-chat");
const { ChatType } = require("simplex-chat/dist/command");

async function main(url) {
  const chat = await ChatClient.create(url, { ...ChatClient.defaultConfig, qSize: 1000000 });
  console.log("ready");
  for await (const r of chat.msgQ) {
    const resp = r instanceof Promise ? await r : r;
    if (resp.type !== "newChatItems") continue;
    for (const { chatInfo, chatItem } of resp.chatItems) {
      if (chatInfo.type !== "direct" || chatItem.content.type !== "rcvMsgContent") continue;
      const text = chatItem.content.msgContent.text.trim();
      const n = Number(text);
      const reply = text !== "" && Number.isFinite(n) ? `${n} * ${n} = ${n * n}` : "this is not a number";
      await chat.apiSendTextMessage(ChatType.Direct, chatInfo.contact.contactId, reply);
    }
  }
}

main(process.argv[2]).catch((e) => {
  console.error(e);
  process.exit(1);
});
