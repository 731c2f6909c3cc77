// Reports through its log what the host lets it see: connection states, command outcomes and event order.
export default function (bot) {
  for (const state of ['connected', 'disconnected', 'reconnected']) {
    bot.on(state, () => console.log('state ' + state));
  }
  bot.on('disconnected', async () => {
    try {
      await bot.chat.raw('/during-outage');
      console.log('during outage: ok');
    } catch (error) {
      console.log('during outage: ' + error.name);
    }
  });
  bot.on('go', async (event) => {
    try {
      const response = await bot.chat.raw(event.cmd);
      console.log(`result ${event.id} ok ${response.type}`);
    } catch (error) {
      const chatError = error.chatError ? ' ' + JSON.stringify(error.chatError) : '';
      console.log(`result ${event.id} ${error.name}: ${error.message}${chatError}`);
    }
  });
  let expected = 0;
  let disorder = 0;
  bot.on('burst', (event) => {
    if (event.i !== expected) disorder++;
    expected = event.i + 1;
    if (event.last) console.log(`burst done: ${expected} events, ${disorder} out of order`);
  });
  bot.onMessage((msg) => console.log('message ' + msg.text));
}
