// Timers that re-arm themselves with no delay: the script's own loop is busy, its neighbours are not.
export default function (bot) {
  let spinning = true;
  bot.on('attack', () => {
    const again = () => { if (spinning) setTimeout(again, 0); };
    for (let i = 0; i < 1000; i++) again();
  });
  bot.on('alive', () => { spinning = false; return bot.chat.raw('report alive flood-zero-timers'); });
}
