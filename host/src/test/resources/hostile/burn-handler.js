export default function (bot) {
  bot.on('attack', () => { while (true) {} });
  bot.on('alive', () => bot.chat.raw('report alive burn-handler'));
}
