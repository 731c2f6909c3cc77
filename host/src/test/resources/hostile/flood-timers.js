export default function (bot) {
  bot.on('attack', async () => {
    let scheduled = 0;
    let refusal = 'none';
    try {
      for (let i = 0; i < 100000; i++) {
        setTimeout(() => {}, 3600000);
        scheduled++;
      }
    } catch (error) {
      refusal = error.name + ': ' + error.message;
    }
    await bot.chat.raw(`report timers scheduled=${scheduled} refusal=${refusal}`);
  });
  bot.on('alive', () => bot.chat.raw('report alive flood-timers'));
}
