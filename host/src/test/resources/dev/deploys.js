// Tells whoever last wrote to it about deploys that a CI posts to its webhook.
export default function (bot) {
  let watcher;
  bot.onMessage((msg) => { watcher = msg.chatRef; return msg.reply('watching deploys'); });
  bot.onHttp('POST', '/deploy', async (req) => {
    const { version } = await req.json();
    if (watcher) await bot.sendText(watcher, `deployed ${version} (by ${req.headers.get('x-ci') || 'someone'})`);
    return { status: 202, body: { told: !!watcher } };
  });
}
