// Narrates what happens in its groups: roles, blocks, removals, newcomers added or let in after review, new names,
// new profiles; tells the person who removed it or deleted the group. "/review" (the bot must be owner) makes the
// group review newcomers and gives it a link to join through.
export const config = { profile: { displayName: 'groups_bot', fullName: '' }, welcome: 'Hi! Put me in a group.' };

/** @param {SimpleX.Bot} bot */
export default function (bot) {
  const group = (/** @type {SimpleX.GroupInfo} */ info) => ({ chatType: /** @type {const} */ ('group'), chatId: info.groupId });
  const name = (/** @type {SimpleX.GroupMember} */ member) => member.localDisplayName;
  /** Tells a member directly, when they are a contact. */
  const tell = (/** @type {SimpleX.GroupMember} */ member, /** @type {string} */ text) => (member.memberContactId
    ? bot.sendText({ chatType: 'direct', chatId: member.memberContactId }, text) : undefined);

  bot.on('memberRole', (e) => bot.sendText(group(e.groupInfo), e.member.groupMemberId === e.groupInfo.membership.groupMemberId
    ? `I am ${e.toRole} now, thanks ${name(e.byMember)}.` : `${name(e.member)} is ${e.toRole} now.`));
  bot.on('memberBlockedForAll', (e) => bot.sendText(group(e.groupInfo),
    `${name(e.member)} is ${e.blocked ? 'blocked' : 'unblocked'} by ${name(e.byMember)}.`));
  bot.on('deletedMember', (e) => bot.sendText(group(e.groupInfo), `${name(e.deletedMember)} was removed by ${name(e.byMember)}.`));
  bot.on('joinedGroupMemberConnecting', (e) => bot.sendText(group(e.groupInfo), `Welcome ${name(e.member)}, added by ${name(e.hostMember)}.`));
  bot.on('memberAcceptedByOther', (e) => bot.sendText(group(e.groupInfo), `${name(e.member)} was let in by ${name(e.acceptingMember)}.`));
  bot.on('groupMemberUpdated', (e) => bot.sendText(group(e.groupInfo),
    `${name(e.fromMember)} is now called ${e.toMember.memberProfile.displayName}.`));
  bot.on('groupUpdated', (e) => (e.member_
    ? bot.sendText(group(e.toGroup), `${name(e.member_)} changed the group: ${e.toGroup.groupProfile.description || ''}`) : undefined));
  bot.on('deletedMemberUser', (e) => tell(e.member, `You removed me from ${e.groupInfo.groupProfile.displayName}.`));
  bot.on('groupDeleted', (e) => tell(e.member, `You deleted ${e.groupInfo.groupProfile.displayName}.`));

  bot.onCommand('review', { help: 'review newcomers and make a link' }, async (msg) => {
    if (!msg.group) return msg.reply('Send /review in a group I own.');
    /** @type {SimpleX.GroupProfile} */
    const profile = { ...msg.group.groupProfile, memberAdmission: { review: 'all' } };
    await bot.chat.apiUpdateGroupProfile({ groupId: msg.group.groupId, groupProfile: profile });
    await bot.chat.apiCreateGroupLink({ groupId: msg.group.groupId, memberRole: 'member' });
    return msg.reply('Newcomers wait for a moderator now.');
  });
}
