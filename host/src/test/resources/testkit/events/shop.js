// A business address: each customer gets their own chat (a group) with the shop.
export const config = {
  profile: { displayName: 'shop', fullName: 'The corner shop' },
  businessAddress: true,
  welcome: 'Welcome to the shop!',
};

/** @param {SimpleX.Bot} bot */
export default function (bot) {
  bot.on('acceptingBusinessRequest', (e) => bot.sendText({ chatType: 'group', chatId: e.groupInfo.groupId },
    `This chat is yours, ${e.groupInfo.groupProfile.displayName}.`));
  bot.onMessage((msg) => (msg.group && msg.group.businessChat ? msg.reply(`Order noted: ${msg.text}`) : undefined));
}
