// @ts-check
/**
 * Group moderator: invite it to a group as admin. There it
 * - deletes, for everyone, messages containing a banned word and warns their author,
 * - lets group admins block a member for everyone with /ban <name> and lift it with /unban <name>,
 * - answers /rules.
 * In groups where it is not admin it only answers /rules. It joins every group it is invited to.
 *
 * Try it without a SimpleX CLI (simulated chat in your terminal):
 *   java -jar host/target/simplex-bot.jar dev scripts-examples/group-moderator.js
 * Run it with a real CLI:
 *   simplex-chat -p 5225
 *   java -jar host/target/simplex-bot.jar run scripts-examples/group-moderator.js
 */

/** @type {SimpleX.BotConfig} */
export const config = {
  profile: { displayName: 'moderator_bot', fullName: 'Group moderator example' },
  welcome: 'Hi! Invite me to your group as admin and I will keep it clean. Send /rules to see the rules.',
  // "/anything" meant for other bots in a group is a plain message here (and is moderated like one).
  unknownCommand: false,
};

/** Whole words, any case; edit to taste. */
const BANNED_WORDS = ['spam', 'scam', 'casino'];
const BANNED = new RegExp(`\\b(${BANNED_WORDS.join('|')})\\b`, 'i');

const RULES = [
  'Rules of this group:',
  '1. Be kind.',
  `2. No ${BANNED_WORDS.join(', ')}: such messages are deleted.`,
  '3. Admins can block members who break the rules.',
].join('\n');

const ROLES = ['observer', 'author', 'member', 'moderator', 'admin', 'owner'];
const rank = (/** @type {string} */ role) => ROLES.indexOf(role);
const isAdminRole = (/** @type {string} */ role) => rank(role) >= rank('admin');

/** @param {SimpleX.Bot} bot */
export default function groupModerator(bot) {
  bot.on('receivedGroupInvitation', (event) => bot.chat.apiJoinGroup({ groupId: event.groupInfo.groupId }));

  bot.onCommand('rules', { help: 'the rules of the group' }, (msg) => msg.reply(RULES));

  bot.onCommand('ban', { help: 'block a member for everyone (group admins)', params: '<name>' },
    (msg, args) => setBlocked(msg, String(args.name || ''), true));
  bot.onCommand('unban', { help: 'unblock a member (group admins)', params: '<name>' },
    (msg, args) => setBlocked(msg, String(args.name || ''), false));

  bot.onMessage(async (msg) => {
    const { group, member } = msg;
    if (!group || !member || !BANNED.test(msg.text)) return;
    const botRole = group.membership.memberRole;
    // The CLI lets the bot moderate only members below its own role.
    if (!isAdminRole(botRole) || rank(member.memberRole) >= rank(botRole)) return;
    await bot.chat.apiDeleteMemberChatItem({ groupId: group.groupId, chatItemIds: [msg.itemId] });
    await msg.send(`@${member.localDisplayName}, your message was deleted: it broke the rules. Send /rules to read them.`);
  });

  /**
   * @param {SimpleX.BotMessage} msg
   * @param {string} name
   * @param {boolean} blocked
   */
  async function setBlocked(msg, name, blocked) {
    const { group, member } = msg;
    const command = blocked ? '/ban' : '/unban';
    if (!group || !member) return msg.reply(`${command} works in groups.`);
    if (!isAdminRole(member.memberRole)) return msg.reply(`${command} is only for group admins.`);
    if (!isAdminRole(group.membership.memberRole)) return msg.reply(`Make me an admin of this group to use ${command}.`);
    if (name === '') return msg.reply(`Send ${command} <name>.`);
    const target = await findMember(group.groupId, name.replace(/^@/, ''));
    if (!target) return msg.reply(`There is no member called ${name} here.`);
    if (rank(target.memberRole) >= rank(group.membership.memberRole)) {
      return msg.reply(`${target.localDisplayName} is ${target.memberRole}: I cannot block them.`);
    }
    await bot.blockMembers(group.groupId, target, blocked);
    return msg.reply(`${target.localDisplayName} is ${blocked ? 'blocked' : 'unblocked'} for everyone.`);
  }

  /**
   * @param {number} groupId
   * @param {string} name a local or profile display name
   */
  async function findMember(groupId, name) {
    const { group } = await bot.chat.apiListMembers({ groupId });
    const wanted = name.toLowerCase();
    return group.members.find((m) => m.localDisplayName.toLowerCase() === wanted)
      || group.members.find((m) => m.memberProfile.displayName.toLowerCase() === wanted);
  }
}
