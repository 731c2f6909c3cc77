// A SimpleX bot that is not simplex-bot: Node's built-in WebSocket (node --experimental-websocket on Node 20).
// Usage: node echo_bot.mjs ws://127.0.0.1:5225 — makes its user if the CLI has none, sets up an auto-accepting
// address, prints "ready", then answers each direct message with "echo: <text>".
const ws = new WebSocket(process.argv[2]);
const pending = new Map();
let nextId = 0;

function command(cmd) {
  const corrId = String(++nextId);
  ws.send(JSON.stringify({ corrId, cmd }));
  return new Promise((resolve) => pending.set(corrId, resolve));
}

ws.addEventListener('message', async (message) => {
  const frame = JSON.parse(message.data);
  if (frame.corrId && pending.has(frame.corrId)) {
    pending.get(frame.corrId)(frame.resp);
    pending.delete(frame.corrId);
    return;
  }
  const event = frame.resp;
  if (event.type !== 'newChatItems') return;
  for (const { chatInfo, chatItem } of event.chatItems) {
    if (chatInfo.type === 'direct' && chatItem.content.type === 'rcvMsgContent') {
      const reply = [{ msgContent: { type: 'text', text: `echo: ${chatItem.content.msgContent.text}` }, mentions: {} }];
      await command(`/_send @${chatInfo.contact.contactId} json ${JSON.stringify(reply)}`);
    }
  }
});

ws.addEventListener('open', async () => {
  const active = await command('/user');
  const { user } = active.type === 'activeUser'
    ? active : await command(`/_create user ${JSON.stringify({ profile: { displayName: 'echo', fullName: '' } })}`);
  await command(`/_address ${user.userId}`);
  await command(`/_address_settings ${user.userId} ${JSON.stringify({ businessAddress: false, autoAccept: { acceptIncognito: false } })}`);
  console.log('ready');
});
ws.addEventListener('close', () => process.exit(0));
