// Answers messages and follows what happens to them: receipts and delivery errors, live and disappearing
// messages, and messages moderators delete in groups.
export const config = { profile: { displayName: 'messages_bot', fullName: '' }, welcome: 'Hi! Send me anything.' };

/** @param {SimpleX.Bot} bot */
export default function (bot) {
  const chatOf = (/** @type {SimpleX.ChatInfo} */ info) => info.type === 'direct'
    ? { chatType: /** @type {const} */ ('direct'), chatId: info.contact.contactId }
    : info.type === 'group' ? { chatType: /** @type {const} */ ('group'), chatId: info.groupInfo.groupId } : undefined;
  const textOf = (/** @type {SimpleX.ChatItem} */ item) => item.meta.itemText;

  bot.onMessage((msg) => {
    if (msg.group) return undefined;
    const meta = msg.chatItem.meta;
    if (meta.itemLive) return undefined; // wait for the finished text
    if (meta.itemTimed) return msg.reply(`This disappears in ${meta.itemTimed.ttl} s.`);
    return msg.reply(`You said: ${msg.text}`);
  });
  bot.on('chatItemUpdated', (e) => {
    const chat = chatOf(e.chatItem.chatInfo);
    if (chat && e.chatItem.chatItem.meta.itemLive === false) return bot.sendText(chat, `Final: ${textOf(e.chatItem.chatItem)}`);
    return undefined;
  });
  bot.on('chatItemsStatusesUpdated', async (e) => {
    for (const { chatInfo, chatItem } of e.chatItems) {
      const chat = chatOf(chatInfo);
      const status = chatItem.meta.itemStatus;
      if (!chat) continue;
      if (status.type === 'sndRcvd') await bot.sendText(chat, `You got: "${textOf(chatItem)}"`);
      if (status.type === 'sndError') await bot.sendText(chat, `Delivery of "${textOf(chatItem)}" failed: ${status.agentError.type}`);
      if (status.type === 'sndWarning') await bot.sendText(chat, `Delivery of "${textOf(chatItem)}" is delayed: ${status.agentError.type}`);
    }
  });
  bot.on('chatItemsDeleted', async (e) => {
    if (!e.timed) return;
    for (const deletion of e.chatItemDeletions) {
      const chat = chatOf(deletion.deletedChatItem.chatInfo);
      if (chat && !deletion.deletedChatItem.chatItem.chatDir.type.endsWith('Snd')) {
        await bot.sendText(chat, `"${textOf(deletion.deletedChatItem.chatItem)}" disappeared.`);
      }
    }
  });
  bot.on('groupChatItemsDeleted', (e) => bot.sendText({ chatType: 'group', chatId: e.groupInfo.groupId },
    `${e.chatItemIDs.length} message(s) removed by ${e.member_ ? e.member_.localDisplayName : 'an admin'}.`));
}
