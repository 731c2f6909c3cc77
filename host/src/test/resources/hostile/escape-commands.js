// Tries to make the CLI read or write files outside the allowed folders through commands: the back door
// around the script sandbox. A command that got through is held by the test's CLI and never answered, so each
// attempt is raced against a timer: "sent to the CLI" means it escaped.
import { attempt } from './lib/attempts.mjs';

const file = (path) => ({ fileSource: { filePath: path }, msgContent: { type: 'file', text: '' }, mentions: {} });
const to = { chatType: 'direct', chatId: 1 };

function notSent(promise) {
  let timer;
  const late = new Promise((resolve) => { timer = setTimeout(() => resolve('sent to the CLI'), 3000); });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Runs `send` while JSON.stringify prints what `rewrite` makes of its usual text (the prelude calls it). */
function withStringify(rewrite, send) {
  const original = JSON.stringify;
  JSON.stringify = (value) => rewrite(original(value));
  try {
    return send();
  } finally {
    JSON.stringify = original;
  }
}

export default function (bot) {
  bot.on('attack', ({ folder }) => attempt(bot, {
    'apiSendMessages /etc/passwd': () => notSent(bot.chat.apiSendMessages({ sendRef: to, liveMessage: false, composedMessages: [file('/etc/passwd')] })),
    'apiSendMessages up out of the bots folder': () => notSent(bot.chat.apiSendMessages({
      sendRef: to, liveMessage: false, composedMessages: [file(`${folder}/../../../../etc/passwd`)] })),
    'apiSendMessages through a link in the bots folder': () => notSent(bot.chat.apiSendMessages({
      sendRef: to, liveMessage: false, composedMessages: [file(`${folder}/outside-link.mjs`)] })),
    'apiSendMessages a relative path': () => notSent(bot.chat.apiSendMessages({ sendRef: to, liveMessage: false, composedMessages: [file('../outside.mjs')] })),
    'apiSendMessages hidden in the second message': () => notSent(bot.chat.apiSendMessages({
      sendRef: to, liveMessage: false, composedMessages: [file(`${folder}/sentinel.js`), file('/etc/hostname')] })),
    'apiSendMessages with the key spelled in JSON escapes': () => notSent(withStringify(
      (text) => text.replace('"filePath"', '"file\\u0050ath"'),
      () => bot.chat.apiSendMessages({ sendRef: to, liveMessage: false, composedMessages: [file('/etc/passwd')] }))),
    'apiSendMessages with the key given twice': () => notSent(withStringify(
      (text) => text.replace('"filePath":', '"filePath":"/etc/passwd","filePath":'),
      () => bot.chat.apiSendMessages({ sendRef: to, liveMessage: false, composedMessages: [file(`${folder}/sentinel.js`)] }))),
    'receiveFile over /root/.bashrc': () => notSent(bot.chat.receiveFile({ fileId: 1, userApprovedRelays: false, filePath: '/root/.bashrc' })),
    'receiveFile into the bots folder': () => notSent(bot.chat.receiveFile({ fileId: 1, userApprovedRelays: false, filePath: `${folder}/planted.js` })),
    'toolkit sendFile /etc/passwd': () => notSent(bot.sendFile(to, '/etc/passwd')),
    'toolkit receiveFile to /etc/cron.d': () => notSent(bot.receiveFile(1, { path: '/etc/cron.d/planted' })),
    'raw /_send /etc/shadow': () => notSent(bot.chat.raw('/_send @1 json [{"fileSource":{"filePath":"/etc/shadow"},"msgContent":{"type":"file","text":""},"mentions":{}}]')),
    'raw /freceive over a shell profile': () => notSent(bot.chat.raw('/freceive 1 approved_relays=on /root/.profile')),
    'raw /_send with a duplicate key': () => notSent(bot.chat.raw(`/_send @1 json [{"fileSource":{"filePath":"${folder}/sentinel.js","filePath":"/etc/passwd"},"msgContent":{"type":"file","text":""},"mentions":{}}]`)),
    'bot.fileInfo /etc/shadow': () => bot.fileInfo('/etc/shadow').sha256,
    'bot.fileInfo through a link': () => bot.fileInfo(`${folder}/outside-link.mjs`).sha256,
  }));
}
