export default function (bot) {
  bot.on('attack', async () => {
    for (;;) await null;
  });
  bot.on('alive', () => bot.chat.raw('report alive burn-async-loop'));
}
