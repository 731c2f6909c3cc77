// @ts-check
/**
 * Welcome and menu bot: a bot profile, a contact address that accepts everyone with a welcome message,
 * and a command menu people can tap: /help (generated from the commands), /about and /faq <topic>.
 *
 * Try it without a SimpleX CLI (simulated chat in your terminal):
 *   java -jar host/target/simplex-bot.jar dev scripts-examples/welcome-menu.js
 * Run it with a real CLI:
 *   simplex-chat -p 5225
 *   java -jar host/target/simplex-bot.jar run scripts-examples/welcome-menu.js
 * The bot's address is printed nowhere: see it in the CLI with /sa, or log bot.addressLink.
 */

/** @type {SimpleX.BotConfig} */
export const config = {
  profile: { displayName: 'menu_bot', fullName: 'Welcome and menu example', shortDescr: 'Answers /about and /faq' },
  autoAccept: true,
  addressInProfile: true,
  welcome: 'Welcome! Tap the menu or send /help to see what I can do.',
};

const ABOUT = 'I am an example bot of simplex-bot: plain JavaScript, running next to a SimpleX Chat CLI.';

/** Answers by topic; add your own. */
const FAQ = new Map([
  ['privacy', 'SimpleX has no user ids: each contact gets its own pair of message queues.'],
  ['groups', 'Invite me to a group and I answer the same commands there.'],
  ['source', 'My whole source is one file: scripts-examples/welcome-menu.js.'],
]);

const topics = () => [...FAQ.keys()].join(', ');

/** @param {SimpleX.Bot} bot */
export default function welcomeMenuBot(bot) {
  bot.onCommand('about', { help: 'what this bot is' }, (msg) => msg.reply(ABOUT));

  bot.onCommand('faq', { help: 'an answer about a topic', params: '<topic>' }, (msg, args) => {
    const topic = String(args.topic || '').toLowerCase();
    if (topic === '') return msg.reply(`Send /faq <topic>. Topics: ${topics()}.`);
    const answer = FAQ.get(topic);
    return msg.reply(answer || `I know nothing about "${topic}". Topics: ${topics()}.`);
  });

  bot.onMessage((msg) => {
    if (!msg.group) return msg.reply('I only answer commands: send /help to see them.');
    return undefined;
  });
}
