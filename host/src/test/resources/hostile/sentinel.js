// The well-behaved neighbour: answers every ping, and checks that its own world was not tampered with.
export default function (bot) {
  bot.on('ping', async (event) => {
    const intact = ({}).toString() === '[object Object]'
      && JSON.parse('{"a":1}').a === 1
      && JSON.stringify({ b: 2 }) === '{"b":2}'
      && typeof Promise.prototype.then === 'function'
      && [1, 2].map((x) => x * 2).join() === '2,4'
      && Object.prototype.polluted === undefined;
    await bot.chat.raw(`report pong ${event.n} ${intact ? 'intact' : 'TAMPERED'}`);
  });
}
