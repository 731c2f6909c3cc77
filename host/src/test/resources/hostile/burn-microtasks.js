export default function (bot) {
  bot.on('attack', () => {
    const spin = () => Promise.resolve().then(spin);
    spin();
  });
  bot.on('alive', () => bot.chat.raw('report alive burn-microtasks'));
}
