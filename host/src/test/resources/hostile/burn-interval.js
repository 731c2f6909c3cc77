export default function (bot) {
  let id;
  bot.on('attack', () => { id = setInterval(() => { const end = Date.now() + 60000; while (Date.now() < end) {} }, 1); });
  bot.on('alive', () => { clearInterval(id); return bot.chat.raw('report alive burn-interval'); });
}
