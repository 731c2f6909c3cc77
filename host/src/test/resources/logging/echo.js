export default function (bot) {
  bot.onMessage(async (msg) => {
    await msg.reply('you said: ' + msg.text);
    console.log('replied');
  });
}
