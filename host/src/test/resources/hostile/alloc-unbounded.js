// Holds on to everything it allocates, in a module-level array, until the heap runs out.
const hoard = [];
export default function (bot) {
  bot.on('attack', () => {
    for (;;) hoard.push(new Array(1e6).fill(hoard.length));
  });
  bot.on('alive', () => bot.chat.raw('report alive alloc-unbounded'));
}
