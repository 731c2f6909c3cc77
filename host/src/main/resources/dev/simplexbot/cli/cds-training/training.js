// The bot of bin/simplex-bot's class-data training run: it touches what most bots use (setup from config,
// onMessage, onCommand, bot.store, timers, the plain API) so the archive holds the classes behind them.
export const config = {
  profile: { displayName: 'training_bot' },
  welcome: 'hello',
};

export default function (bot) {
  bot.onCommand('count', { help: 'counts' }, (msg) => {
    const count = (bot.store.get('count') || 0) + 1;
    bot.store.set('count', count);
    return msg.reply(`count ${count}`);
  });
  bot.onMessage((msg) => new Promise((resolve) => setTimeout(resolve, 0))
    .then(() => msg.send(`${msg.text} ${JSON.stringify({ n: Number(msg.text) })}`)));
  bot.on('contactConnected', () => console.debug('connected'));
}
