// Receives files when asked ("/take"), sends the last one back ("/back"), and says what went wrong on the way:
// a sender who cancels, reception errors and warnings, upload errors and warnings, files received automatically.
export const config = { profile: { displayName: 'files_bot', fullName: '' }, welcome: 'Hi! Offer me a file, then /take.' };

/** @param {SimpleX.Bot} bot */
export default function (bot) {
  /** @type {Map<number, SimpleX.BotMessage>} offers not taken yet, by chat id */
  const offers = new Map();
  /** @type {string | undefined} */
  let lastFile;
  const chatOf = (/** @type {SimpleX.AChatItem | undefined} */ item) => (item && item.chatInfo.type === 'direct'
    ? { chatType: /** @type {const} */ ('direct'), chatId: item.chatInfo.contact.contactId } : undefined);
  const say = (/** @type {SimpleX.AChatItem | undefined} */ item, /** @type {string} */ text) => {
    const chat = chatOf(item);
    return chat ? bot.sendText(chat, text) : undefined;
  };

  bot.onMessage((msg) => {
    if (!msg.file) return undefined;
    offers.set(msg.chatRef.chatId, msg);
    return msg.reply(`Got an offer of ${msg.file.fileName}; send /take to have it.`);
  });
  bot.onCommand('take', async (msg) => {
    const offer = offers.get(msg.chatRef.chatId);
    if (!offer || !offer.file) return msg.reply('Nothing offered.');
    offers.delete(msg.chatRef.chatId);
    try {
      const file = await bot.receiveFile(offer.file, { path: bot.filesDir });
      lastFile = file.filePath;
      return msg.reply(`Took ${file.fileName} (${bot.fileInfo(file).size} bytes).`);
    } catch (error) {
      return msg.reply(`Could not take ${offer.file.fileName}: ${error instanceof Error ? error.message : error}`);
    }
  });
  bot.onCommand('back', (msg) => (lastFile ? bot.sendFile(msg, lastFile, { text: 'here it is' }) : msg.reply('No file yet.')));

  bot.on('rcvFileSndCancelled', (e) => say(e.chatItem, `You cancelled ${e.rcvFileTransfer.fileInvitation.fileName}.`));
  bot.on('rcvFileWarning', (e) => say(e.chatItem_, `Taking ${e.rcvFileTransfer.fileInvitation.fileName} is slow.`));
  bot.on('rcvFileAccepted', (e) => say(e.chatItem, `Taking ${e.chatItem.chatItem.file ? e.chatItem.chatItem.file.fileName : 'a file'} by myself.`));
  bot.on('sndFileError', (e) => say(e.chatItem_, `Could not send ${e.fileTransferMeta.fileName}: ${e.errorMessage}`));
  bot.on('sndFileWarning', (e) => say(e.chatItem_, `Sending ${e.fileTransferMeta.fileName} is slow.`));
}
