// @ts-check
/**
 * Squaring bot: the first bot of the SimpleX Chat docs, on simplex-bot.
 *
 * People who connect get a welcome; each number they send comes back squared ("4 * 4 = 16"),
 * anything else gets "this is not a number". Messages in groups are ignored.
 *
 * Try it without a SimpleX CLI (simulated chat in your terminal):
 *   java -jar host/target/simplex-bot.jar dev scripts-examples/squaring.js
 * Run it with a real CLI:
 *   simplex-chat -p 5225
 *   java -jar host/target/simplex-bot.jar run scripts-examples/squaring.js
 */

/** @type {SimpleX.BotConfig} */
export const config = {
  profile: { displayName: 'squaring_bot', fullName: 'Squaring bot example' },
  welcome: 'Hello! I am a simple squaring bot - if you send me a number, I will calculate its square',
};

/** @param {SimpleX.Bot} bot */
export default function squaringBot(bot) {
  bot.onMessage((msg) => {
    if (msg.group || msg.text.trim() === '') return undefined;
    const n = Number(msg.text);
    return msg.send(Number.isNaN(n) ? 'this is not a number' : `${n} * ${n} = ${n * n}`);
  });
}
