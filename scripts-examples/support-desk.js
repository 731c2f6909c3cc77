// @ts-check
/**
 * Support desk: customers write to the bot; each conversation becomes a numbered ticket that is
 * forwarded to the staff group. Staff answer from the group:
 *   /reply <ticket> <text>   sends the text to the customer
 *   /tickets                 lists the open tickets
 *   /close <ticket>          closes a ticket (the customer's next message opens a new one)
 * Tickets live in bot.store, so they survive a restart.
 *
 * The staff group is the group named STAFF_GROUP below. The bot does not join groups by itself:
 * create the group, invite the bot, and accept the invitation in the bot's CLI (/join).
 *
 * Try it without a SimpleX CLI (simulated chat in your terminal):
 *   java -jar host/target/simplex-bot.jar dev scripts-examples/support-desk.js
 * Run it with a real CLI:
 *   simplex-chat -p 5225
 *   java -jar host/target/simplex-bot.jar run scripts-examples/support-desk.js
 */

/** @type {SimpleX.BotConfig} */
export const config = {
  profile: { displayName: 'support_bot', fullName: 'Support desk example' },
  welcome: 'Hello! Write your question here and our team will answer you in this chat.',
  // Customers need no commands; "/something" from them is just part of their message.
  commandMenu: false,
  help: false,
  unknownCommand: false,
};

const STAFF_GROUP = 'Support staff';
/** Membership states in which the bot is not (yet, or any more) in a group. */
const NOT_IN_GROUP = ['invited', 'rejected', 'removed', 'left', 'deleted'];

/**
 * @typedef {{ number: number, contactId: number, customer: string, open: boolean, openedAt: string }} Ticket
 */

/** @param {SimpleX.Bot} bot */
export default function supportDesk(bot) {
  /** @type {(n: number | string) => string} */
  const ticketKey = (n) => `ticket:${String(n).padStart(8, '0')}`;
  /** @type {(contactId: number) => string} */
  const openTicketKey = (contactId) => `open:${contactId}`;

  /** @param {SimpleX.BotMessage} msg */
  const isStaffChat = (msg) => !!msg.group && msg.group.groupProfile.displayName === STAFF_GROUP;

  /** @returns {Ticket | undefined} */
  function ticket(/** @type {number | string} */ number) {
    return /^\d+$/.test(String(number)) ? bot.store.get(ticketKey(number)) : undefined;
  }

  /** The customer's open ticket, or a new one. @returns {{ ticket: Ticket, isNew: boolean }} */
  function ticketFor(/** @type {SimpleX.Contact} */ contact) {
    const open = ticket(bot.store.get(openTicketKey(contact.contactId)));
    if (open && open.open) return { ticket: open, isNew: false };
    const number = (bot.store.get('lastTicket') || 0) + 1;
    /** @type {Ticket} */
    const created = {
      number, contactId: contact.contactId, customer: contact.localDisplayName, open: true, openedAt: new Date().toISOString(),
    };
    bot.store.set(ticketKey(number), created);
    bot.store.set(openTicketKey(contact.contactId), number);
    bot.store.set('lastTicket', number);
    return { ticket: created, isNew: true };
  }

  async function staffGroupId() {
    const { groups } = await bot.chat.apiListGroups({ userId: /** @type {SimpleX.User} */ (bot.user).userId });
    const staff = groups.find((g) => g.groupProfile.displayName === STAFF_GROUP && !NOT_IN_GROUP.includes(g.membership.memberStatus));
    return staff && staff.groupId;
  }

  /** @param {SimpleX.BotMessage} msg a customer's message in a direct chat */
  async function fromCustomer(msg) {
    const contact = /** @type {SimpleX.Contact} */ (msg.contact);
    const groupId = await staffGroupId();
    if (groupId === undefined) {
      console.error(`no staff group "${STAFF_GROUP}": invite the bot to it; a message of ${contact.localDisplayName} was not forwarded`);
      return msg.reply('Sorry, our support desk is not staffed yet. Please try again later.');
    }
    const { ticket: t, isNew } = ticketFor(contact);
    const attachment = msg.file ? ` [file: ${msg.file.fileName}]` : '';
    await bot.sendText({ chatType: 'group', chatId: groupId }, `#${t.number} ${t.customer}: ${msg.text}${attachment}`);
    if (isNew) await msg.reply(`Thank you! Your ticket is #${t.number}; we will answer here.`);
  }

  bot.onMessage((msg) => (msg.contact ? fromCustomer(msg) : undefined));

  /**
   * A staff command: in the staff group it runs `handler`; from a customer it is an ordinary message.
   * @param {string} name
   * @param {(msg: SimpleX.BotMessage, args: SimpleX.BotCommandArgs) => unknown} handler
   */
  function staffCommand(name, handler) {
    bot.onCommand(name, (msg, args) => {
      if (isStaffChat(msg)) return handler(msg, args);
      return msg.contact ? fromCustomer(msg) : undefined;
    });
  }

  staffCommand('reply', async (msg, args) => {
    const [number, ...words] = args.words;
    const t = ticket(number);
    if (!t || words.length === 0) return msg.reply('Send /reply <ticket> <text>, e.g. /reply 12 Thanks, fixed!');
    await bot.sendText({ chatType: 'direct', chatId: t.contactId }, words.join(' '));
    return msg.reply(`Sent to ${t.customer} (#${t.number}${t.open ? '' : ', closed'}).`);
  });

  staffCommand('close', (msg, args) => {
    const t = ticket(args.words[0]);
    if (!t) return msg.reply('Send /close <ticket>.');
    bot.store.set(ticketKey(t.number), { ...t, open: false });
    if (bot.store.get(openTicketKey(t.contactId)) === t.number) bot.store.delete(openTicketKey(t.contactId));
    return msg.reply(`Ticket #${t.number} of ${t.customer} is closed.`);
  });

  staffCommand('tickets', (msg) => {
    const open = bot.store.keys('open:').flatMap((key) => {
      const t = ticket(bot.store.get(key));
      return t && t.open ? [t] : [];
    }).sort((a, b) => a.number - b.number);
    if (open.length === 0) return msg.reply('No open tickets.');
    return msg.reply(['Open tickets:', ...open.map((t) => `#${t.number} ${t.customer} since ${t.openedAt}`)].join('\n'));
  });
}
