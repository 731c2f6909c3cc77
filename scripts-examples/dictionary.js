// @ts-check
/**
 * Dictionary: /define <word> answers with the word's meanings from a public JSON API (dictionaryapi.dev, no key).
 * It shows fetch under the host's permissions: the bot may reach that one host and nothing else.
 *
 * Try it without a SimpleX CLI:
 *   java -jar host/target/simplex-bot.jar dev --allow-net=api.dictionaryapi.dev scripts-examples/dictionary.js
 * Run it with a real CLI:
 *   simplex-chat -p 5225
 *   java -jar host/target/simplex-bot.jar run --allow-net=api.dictionaryapi.dev scripts-examples/dictionary.js
 */

/** @type {SimpleX.BotConfig} */
export const config = {
  profile: { displayName: 'dictionary_bot', fullName: 'Dictionary' },
  welcome: 'Send /define <word> and I look it up.',
};

const API = 'https://api.dictionaryapi.dev/api/v2/entries/en/';
const MEANINGS = 3;

/** @param {SimpleX.Bot} bot */
export default function dictionary(bot) {
  bot.onCommand('define', { help: 'the meanings of a word', params: '<word>' }, async (msg, args) => {
    const word = args.text.trim();
    if (!/^[\p{L}' -]{1,60}$/u.test(word)) return msg.reply('Send /define <word>, e.g. /define serendipity');
    let response;
    try {
      response = await fetch(API + encodeURIComponent(word), {
        headers: { accept: 'application/json' },
        signal: AbortSignal.timeout(10_000),
      });
    } catch (error) {
      console.error(`looking up "${word}" failed: ${error}`);
      return msg.reply('Sorry, the dictionary cannot be reached right now.');
    }
    if (response.status === 404) return msg.reply(`No definition found for "${word}".`);
    if (!response.ok) {
      console.error(`looking up "${word}": the dictionary answered ${response.status}`);
      return msg.reply('Sorry, the dictionary cannot be reached right now.');
    }
    /** @type {Array<{ word: string, phonetic?: string, meanings: Array<{ partOfSpeech: string, definitions: Array<{ definition: string }> }> }>} */
    const entries = await response.json();
    const entry = entries[0];
    const lines = entry.meanings.slice(0, MEANINGS).map((m) => `(${m.partOfSpeech}) ${m.definitions[0].definition}`);
    return msg.reply([`${entry.word}${entry.phonetic ? ' ' + entry.phonetic : ''}`, ...lines].join('\n'));
  });
}
