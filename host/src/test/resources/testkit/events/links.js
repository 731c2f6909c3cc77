// Uses links: "/join <link>" joins a person's group or talks to a person's business; "/club" makes a group with a
// link and says who comes in through it.
export const config = { profile: { displayName: 'links_bot', fullName: '' }, welcome: 'Hi! Send /join <link> or /club.' };

/** @param {SimpleX.Bot} bot */
export default function (bot) {
  /** @type {{chatType: 'direct', chatId: number} | undefined} whoever asked last, to tell how it went */
  let asker;
  const tell = (/** @type {string} */ text) => (asker ? bot.sendText(asker, text) : undefined);
  const group = (/** @type {SimpleX.GroupInfo} */ info) => ({ chatType: /** @type {const} */ ('group'), chatId: info.groupId });

  bot.onCommand('join', { params: '<link>' }, async (msg, args) => {
    asker = { chatType: 'direct', chatId: msg.chatRef.chatId };
    await bot.chat.connect({ incognito: false, connLink_: args.text });
  });
  bot.on('groupLinkConnecting', (e) => tell(`Joining ${e.groupInfo.groupProfile.displayName} (host ${e.hostMember.localDisplayName}).`));
  bot.on('businessLinkConnecting', (e) => tell(`Talking to the business ${e.groupInfo.groupProfile.displayName}.`));
  bot.on('userJoinedGroup', (e) => bot.sendText(group(e.groupInfo), e.groupInfo.businessChat
    ? 'Hi, I would like to buy something.' : `Hello ${e.groupInfo.groupProfile.displayName}!`));

  bot.onCommand('club', async (msg) => {
    asker = { chatType: 'direct', chatId: msg.chatRef.chatId };
    const user = bot.user || (await bot.chat.showActiveUser()).user;
    const created = await bot.chat.apiNewGroup({ userId: user.userId, incognito: false, groupProfile: { displayName: 'club', fullName: '' } });
    const link = await bot.chat.apiCreateGroupLink({ groupId: created.groupInfo.groupId, memberRole: 'member' });
    return msg.reply(link.groupLink.connLinkContact.connShortLink || link.groupLink.connLinkContact.connFullLink);
  });
  bot.on('sentGroupInvitation', (e) => tell(`${e.member.localDisplayName} is coming into ${e.groupInfo.groupProfile.displayName}.`));
}
