// Webhook routes of every kind, for the webhook tests.
export default function (bot) {
  bot.onHttp('GET', '/text', () => 'plain text');
  bot.onHttp('GET', '/json', () => ({ items: [1, 2], ok: true }));
  bot.onHttp('POST', '/custom', async (req) => ({
    status: 201,
    headers: { 'X-Id': '7' },
    body: { got: await req.json(), again: await req.text(), query: req.query, method: req.method, path: req.path,
      agent: req.headers.get('USER-AGENT') },
  }));
  bot.onHttp('GET', '/items/:id', (req) => `item ${req.params.id}`);
  bot.onHttp('GET', '/files/*', (req) => `file ${req.params['*']}`);
  bot.onHttp('PUT', '/reverse', async (req) => (await req.bytes()).reverse());
  bot.onHttp('GET', '/response', () => Response.json({ web: true }, { status: 202, headers: { 'X-Web': 'yes' } }));
  bot.onHttp('GET', '/throws', () => { throw new Error('internal detail 42'); });
  bot.onHttp('GET', '/rejects', async () => { throw new Error('async detail 43'); });
  bot.onHttp('GET', '/never', () => new Promise(() => {}));
  bot.onHttp('GET', '/spin', () => { for (;;) { /* runs away */ } });
  bot.onHttp('GET', '/nothing', () => undefined);
  bot.onHttp('GET', '/bad-status', () => ({ status: 700 }));
  bot.onHttp('*', '/any', (req) => `any ${req.method}`);
  let lastChat;
  bot.onMessage((msg) => { lastChat = msg.chatRef; });
  bot.onHttp('POST', '/tell', async (req) => {
    const { text } = await req.json();
    await bot.sendText(lastChat, text);
    return 'sent';
  });
  const stop = bot.onHttp('GET', '/once', () => { stop(); return 'once'; });
  let problem;
  try { bot.onHttp('GET', '/text', () => 'twice'); } catch (error) { problem = error.message; }
  bot.onHttp('GET', '/duplicate', () => problem);
}
