export default function (bot) {
  bot.on('attack', () => { setTimeout(() => { while (true) {} }, 0); });
  bot.on('alive', () => bot.chat.raw('report alive burn-timer'));
}
