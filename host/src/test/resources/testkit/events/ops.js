// Tells its operator (whoever sends /ops) what happens to its CLI: the network, subscriptions, errors.
export const config = { profile: { displayName: 'ops_bot', fullName: '' }, welcome: 'Hi! Send /ops to hear about problems.' };

/** @param {SimpleX.Bot} bot */
export default function (bot) {
  /** @type {{chatType: 'direct', chatId: number} | undefined} */
  let operator;
  const report = (/** @type {string} */ text) => (operator ? bot.sendText(operator, text) : undefined);

  bot.onCommand('ops', (msg) => {
    operator = { chatType: 'direct', chatId: msg.chatRef.chatId };
    return msg.reply('You will hear about problems.');
  });
  bot.onMessage((msg) => msg.reply(`You said: ${msg.text}`));
  bot.on('hostDisconnected', (e) => report(`Lost ${e.protocol} server ${e.transportHost}.`));
  bot.on('hostConnected', (e) => report(`Back: ${e.protocol} server ${e.transportHost}.`));
  bot.on('subscriptionStatus', (e) => report(`Subscriptions: ${e.subscriptionStatus.type} (${e.connections.length} connections).`));
  bot.on('chatError', (e) => report(`CLI error: ${e.chatError.type}`));
  bot.on('chatErrors', (e) => report(`CLI errors: ${e.chatErrors.length}`));
  bot.on('messageError', (e) => report(`Message error (${e.severity}): ${e.errorMessage}`));
}
