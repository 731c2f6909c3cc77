// @ts-check
/**
 * Reminders: /remind 10m take the cake out  ->  in 10 minutes the bot sends "⏰ take the cake out".
 *   /remind <when> <text>   when: 30s, 10m, 2h, 1d, 1h30m ...
 *   /reminders              the reminders of this chat
 *   /cancel <n>             cancels reminder n
 * Reminders are kept in bot.store and survive a restart; one that fell due while the bot was
 * stopped is sent as soon as it is back. Works in direct chats and groups (reminders are per chat).
 *
 * Try it without a SimpleX CLI (simulated chat in your terminal):
 *   java -jar host/target/simplex-bot.jar dev scripts-examples/reminders.js
 * Run it with a real CLI:
 *   simplex-chat -p 5225
 *   java -jar host/target/simplex-bot.jar run scripts-examples/reminders.js
 */

/** @type {SimpleX.BotConfig} */
export const config = {
  profile: { displayName: 'reminder_bot', fullName: 'Reminders example' },
  welcome: 'Hi! Send /remind 10m stretch your legs, and I will remind you. /help shows all commands.',
};

const MAX_DELAY = 366 * 24 * 3600 * 1000;
const MAX_PER_CHAT = 50;
const RETRY_AFTER = 60 * 1000;

/** @typedef {{ n: number, chatRef: SimpleX.BotChatRef, text: string, due: number }} Reminder */

/** @param {SimpleX.Bot} bot */
export default function reminders(bot) {
  /** @type {Map<number, () => void>} reminder number -> cancels its timer */
  const timers = new Map();
  /** Reminders whose message is on its way: no longer listed, deleted once the CLI confirms the send. */
  const sending = new Set();
  const key = (/** @type {number} */ n) => `reminder:${String(n).padStart(8, '0')}`;
  /** @returns {Reminder[]} */
  const all = () => bot.store.keys('reminder:').map((k) => bot.store.get(k));
  const sameChat = (/** @type {SimpleX.BotChatRef} */ a, /** @type {SimpleX.BotChatRef} */ b) =>
    a.chatType === b.chatType && a.chatId === b.chatId;
  const chatReminders = (/** @type {SimpleX.BotChatRef} */ chatRef) =>
    all().filter((r) => !sending.has(r.n) && sameChat(r.chatRef, chatRef));

  /** @param {Reminder} reminder */
  function schedule(reminder, at = reminder.due) {
    timers.set(reminder.n, bot.at(at, async () => {
      timers.delete(reminder.n);
      sending.add(reminder.n);
      try {
        await bot.sendText(reminder.chatRef, `⏰ ${reminder.text}`);
        bot.store.delete(key(reminder.n));
      } catch (error) {
        console.warn(`reminder ${reminder.n} not sent, trying again in a minute: ${error}`);
        schedule(reminder, Date.now() + RETRY_AFTER);
      } finally {
        sending.delete(reminder.n);
      }
    }));
  }

  bot.onCommand('remind', { help: 'remind this chat later', params: '<when> <text>' }, (msg, args) => {
    const [when, ...words] = args.words;
    let delay;
    try {
      delay = bot.parseDuration(when || '');
    } catch (ignored) {
      delay = NaN;
    }
    if (!(delay > 0) || words.length === 0) return msg.reply('Send /remind <when> <text>, e.g. /remind 10m call mum (when: 30s, 10m, 2h, 1d).');
    if (delay > MAX_DELAY) return msg.reply('I can remind you at most a year from now.');
    if (chatReminders(msg.chatRef).length >= MAX_PER_CHAT) return msg.reply(`This chat has ${MAX_PER_CHAT} reminders already: /cancel some first.`);
    const n = (bot.store.get('lastReminder') || 0) + 1;
    /** @type {Reminder} */
    const reminder = { n, chatRef: msg.chatRef, text: words.join(' '), due: Date.now() + delay };
    bot.store.set('lastReminder', n);
    bot.store.set(key(n), reminder);
    schedule(reminder);
    return msg.reply(`Reminder ${n} set for ${new Date(reminder.due).toISOString()}.`);
  });

  bot.onCommand('reminders', { help: 'the reminders of this chat' }, (msg) => {
    const list = chatReminders(msg.chatRef);
    if (list.length === 0) return msg.reply('No reminders. Set one with /remind 10m text.');
    return msg.reply(['Reminders:', ...list.map((r) => `${r.n}. ${new Date(r.due).toISOString()} ${r.text}`)].join('\n'));
  });

  bot.onCommand('cancel', { help: 'cancel a reminder', params: '<n>' }, (msg, args) => {
    if (!args.n) return msg.reply('Send /cancel <n>; /reminders lists them.');
    const n = Number(args.n);
    /** @type {Reminder | undefined} */
    const reminder = Number.isInteger(n) ? bot.store.get(key(n)) : undefined;
    if (!reminder || sending.has(n) || !sameChat(reminder.chatRef, msg.chatRef)) return msg.reply(`There is no reminder ${args.n} in this chat; /reminders lists them.`);
    const cancel = timers.get(n);
    if (cancel) cancel();
    timers.delete(n);
    bot.store.delete(key(n));
    return msg.reply(`Reminder ${n} cancelled.`);
  });

  // Reminders of an earlier run (or of the version before a reload): due ones fire at once.
  for (const reminder of all()) schedule(reminder);
}
