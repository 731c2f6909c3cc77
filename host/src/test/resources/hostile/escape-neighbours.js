// Tries to change what other scripts or the host see: shared prototypes, JSON, Promise, another bot,
// and this bot's own frozen API.
import { attempt } from './lib/attempts.mjs';

export default function (bot) {
  // Tampering with its own realm succeeds; what matters is that the sentinel's realm stays intact.
  Object.prototype.toString = () => 'pwned';
  Object.prototype.polluted = 'yes';
  JSON.parse = () => ({ a: 'pwned' });
  JSON.stringify = () => 'pwned';
  Promise.prototype.then = function () { return this; };
  Array.prototype.map = () => ['pwned'];

  bot.on('attack', () => attempt(bot, {
    'replace bot.chat method': () => { bot.chat.raw = () => 'mine'; return bot.chat.raw === 'mine'; },
    'add bot.chat method': () => { bot.chat.evil = () => 1; return bot.chat.evil; },
    'delete bot.chat method': () => { delete bot.chat.apiSendMessages; return 'deleted'; },
    'replace bot.on': () => { bot.on = () => 0; return 'replaced'; },
    'defineProperty on bot': () => Object.defineProperty(bot, 'chat', { value: {} }),
    'setPrototypeOf bot.chat': () => Object.setPrototypeOf(bot.chat, { raw: () => 1 }),
    'another bot on globalThis': () => {
      const other = Object.getOwnPropertyNames(globalThis)
        .map((key) => globalThis[key])
        .find((value) => value && typeof value === 'object' && value !== bot && 'chat' in value);
      if (!other) throw new ReferenceError('no other bot reachable');
      return other;
    },
    'the host bridge': () => {
      const found = Object.getOwnPropertyNames(globalThis)
        .map((key) => globalThis[key])
        .find((value) => value && typeof value.send === 'function' && typeof value.schedule === 'function');
      if (!found) throw new ReferenceError('no host bridge reachable');
      return found;
    },
  }));
}
