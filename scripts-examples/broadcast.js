// @ts-check
/**
 * Broadcast: what a publisher sends to the bot goes to every contact of the bot.
 * Everyone else is subscribed when they connect and can leave and come back:
 *   /unsubscribe   stop receiving broadcasts
 *   /subscribe     receive them again
 * Publishers are listed in config.admins below: contact ids (safest) or display names.
 *
 * Try it without a SimpleX CLI (simulated chat in your terminal):
 *   java -jar host/target/simplex-bot.jar dev scripts-examples/broadcast.js
 * Run it with a real CLI:
 *   simplex-chat -p 5225
 *   java -jar host/target/simplex-bot.jar run scripts-examples/broadcast.js
 */

/** @type {SimpleX.BotConfig} */
export const config = {
  profile: { displayName: 'broadcast_bot', fullName: 'Broadcast example' },
  welcome: 'Hi! You will get our announcements here. Send /unsubscribe to stop them.',
  admins: ['alice'],
};

/** @param {SimpleX.Bot} bot */
export default function broadcast(bot) {
  const optedOut = (/** @type {number} */ contactId) => `unsubscribed:${contactId}`;

  bot.onCommand('unsubscribe', { help: 'stop receiving broadcasts' }, (msg) => {
    if (!msg.contact) return msg.reply('Send /unsubscribe in a direct chat with me.');
    bot.store.set(optedOut(msg.contact.contactId), true);
    return msg.reply('You will not get broadcasts any more. Send /subscribe to get them again.');
  });

  bot.onCommand('subscribe', { help: 'receive broadcasts' }, (msg) => {
    if (!msg.contact) return msg.reply('Send /subscribe in a direct chat with me.');
    bot.store.delete(optedOut(msg.contact.contactId));
    return msg.reply('You will get broadcasts.');
  });

  bot.onMessage(async (msg) => {
    if (!msg.contact) return undefined;
    if (!bot.isAdmin(msg)) return msg.reply('Only publishers can broadcast. Send /help to see the commands.');
    if (msg.contentType !== 'text' || msg.text.trim() === '') return msg.reply('I broadcast text messages only.');
    const sender = msg.contact.contactId;
    const { contacts } = await bot.chat.apiListContacts({ userId: /** @type {SimpleX.User} */ (bot.user).userId });
    const audience = contacts.filter((c) => c.contactId !== sender && c.contactStatus === 'active'
      && c.activeConn && c.activeConn.connStatus === 'ready' && bot.store.get(optedOut(c.contactId)) === undefined);
    let failed = 0;
    for (const contact of audience) {
      try {
        await bot.sendText({ chatType: 'direct', chatId: contact.contactId }, msg.text);
      } catch (error) {
        failed += 1;
        console.warn(`broadcast to ${contact.localDisplayName} failed: ${error}`);
      }
    }
    const sent = audience.length - failed;
    return msg.reply(`Sent to ${sent} contact${sent === 1 ? '' : 's'}${failed ? `, ${failed} failed (see the log)` : ''}.`);
  });
}
