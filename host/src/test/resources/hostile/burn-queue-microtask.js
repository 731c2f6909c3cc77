export default function (bot) {
  bot.on('attack', () => {
    const again = () => queueMicrotask(again);
    again();
  });
  bot.on('alive', () => bot.chat.raw('report alive burn-queue-microtask'));
}
