// @ts-check
/**
 * File bot: send it a file and it replies with the file's name, size and SHA-256.
 * It keeps the files each person sent: /files lists them, /get <name> sends one back.
 * Works in direct chats; files are remembered per contact, so nobody gets another person's files.
 *
 * Files are saved in the data directory's files area (bot.filesDir, <data-dir>/files): the CLI may write
 * there for a bot and read from there, so the bot can hash a file and send it back. A path elsewhere would be
 * refused with a PermissionDenied error (see --allow-read / --allow-write in the README).
 *
 * Try it without a SimpleX CLI (simulated chat in your terminal):
 *   java -jar host/target/simplex-bot.jar dev scripts-examples/file-bot.js
 * Run it with a real CLI on this machine, as the same user (the files area is readable by its owner only):
 *   simplex-chat -p 5225
 *   java -jar host/target/simplex-bot.jar run scripts-examples/file-bot.js
 */

/** @type {SimpleX.BotConfig} */
export const config = {
  profile: { displayName: 'file_bot', fullName: 'File bot example' },
  welcome: 'Send me a file: I tell you its size and SHA-256, and keep it for /get <name>.',
};

/** @typedef {{ name: string, path: string, size: number, sha256: string, receivedAt: string }} StoredFile */

/** @param {SimpleX.Bot} bot */
export default function fileBot(bot) {
  /** @type {(contactId: number, name?: string) => string} */
  const fileKey = (contactId, name = '') => `file:${contactId}:${name}`;

  bot.onMessage(async (msg) => {
    if (!msg.contact) return undefined;
    if (!msg.file) return msg.reply('Send me a file, or /help.');
    let received;
    try {
      // Into the files area: the CLI picks a free name there (report.txt, report_1.txt, ...).
      received = await bot.receiveFile(msg.file, { path: bot.filesDir, timeout: '10m' });
    } catch (error) {
      console.warn(`file ${msg.file.fileName} of ${msg.contact.localDisplayName} not received: ${error}`);
      return msg.reply(`I could not receive ${msg.file.fileName}. Please send it again.`);
    }
    const { size, sha256 } = bot.fileInfo(received);
    /** @type {StoredFile} */
    const stored = { name: received.fileName, path: received.filePath || '', size, sha256, receivedAt: new Date().toISOString() };
    bot.store.set(fileKey(msg.contact.contactId, stored.name), stored);
    return msg.reply(`${stored.name}\nsize: ${size} bytes\nSHA-256: ${sha256}`);
  });

  bot.onCommand('files', { help: 'the files you sent me' }, (msg) => {
    if (!msg.contact) return msg.reply('/files works in a direct chat with me.');
    const files = bot.store.keys(fileKey(msg.contact.contactId)).map((key) => /** @type {StoredFile} */ (bot.store.get(key)));
    if (files.length === 0) return msg.reply('You have not sent me any files yet.');
    return msg.reply(['Your files:', ...files.map((f) => `${f.name} (${f.size} bytes)`)].join('\n'));
  });

  bot.onCommand('get', { help: 'send back a file you sent me', params: '<name>' }, (msg, args) => {
    if (!msg.contact) return msg.reply('/get works in a direct chat with me.');
    const name = String(args.name || '');
    if (name === '') return msg.reply('Send /get <name>; /files lists your files.');
    /** @type {StoredFile | undefined} */
    const file = bot.store.get(fileKey(msg.contact.contactId, name));
    if (!file) return msg.reply(`You have no file called ${name}. /files lists your files.`);
    return bot.sendFile(msg, file.path, { text: `${file.name} (SHA-256 ${file.sha256})` });
  });
}
