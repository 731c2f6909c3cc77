// The transport floor: the same squaring logic straight on a WebSocket, no client library, no awaiting.
const WebSocket = require("ws");

const ws = new WebSocket(process.argv[2]);
let corrId = 0;
ws.on("open", () => console.log("ready"));
ws.on("message", (data) => {
  const { corrId: answered, resp } = JSON.parse(data);
  if (answered || resp.type !== "newChatItems") return;
  for (const { chatInfo, chatItem } of resp.chatItems) {
    if (chatInfo.type !== "direct" || chatItem.content.type !== "rcvMsgContent") continue;
    const text = chatItem.content.msgContent.text.trim();
    const n = Number(text);
    const reply = text !== "" && Number.isFinite(n) ? `${n} * ${n} = ${n * n}` : "this is not a number";
    const messages = [{ msgContent: { type: "text", text: reply } }];
    ws.send(JSON.stringify({ corrId: `${++corrId}`, cmd: `/_send @${chatInfo.contact.contactId} json ${JSON.stringify(messages)}` }));
  }
});
ws.on("close", () => process.exit(0));
ws.on("error", (e) => {
  console.error(e.message);
  process.exit(1);
});
