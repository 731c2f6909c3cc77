/**
 * __NAME__: a SimpleX Chat bot written for simplex-bot.
 *
 * Chat with it in your terminal, no SimpleX CLI needed:  simplex-bot dev __NAME__.js
 * Run its tests (__NAME__.test.js):                      simplex-bot test .
 * Run it next to a real CLI (simplex-chat -p 5225):       simplex-bot run __NAME__.js
 *
 * jsconfig.json and simplex-bot.d.ts make editors complete and type-check this folder's files.
 */

/** @type {SimpleX.BotConfig} */
export const config = {
  profile: { displayName: '__NAME__', fullName: '' },
  welcome: 'Hello! I am __NAME__. Send me a message and I echo it; /ping checks that I am here.',
};

/** @param {SimpleX.Bot} bot */
export default function (bot) {
  bot.onCommand('ping', { help: 'check that I am here' }, (msg) => msg.reply('pong'));

  bot.onMessage((msg) => {
    if (msg.group) return undefined; // in groups, answer commands only
    return msg.reply(`You said: ${msg.text}`);
  });

  // Every documented event reaches bot.on, e.g. a contact who deletes the bot:
  bot.on('contactDeletedByContact', (event) => {
    console.log(`${event.contact.localDisplayName} deleted me`);
  });
}
