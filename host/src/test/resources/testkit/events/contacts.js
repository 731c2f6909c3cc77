// Accepts contact requests itself and follows its contacts: new names, deletions, contacts made from groups.
export const config = { profile: { displayName: 'contacts_bot', fullName: '' }, autoAccept: false };

/** @param {SimpleX.Bot} bot */
export default function (bot) {
  const direct = (/** @type {number} */ contactId) => ({ chatType: /** @type {const} */ ('direct'), chatId: contactId });
  /** Contacts still there, by id, so the others can be told when one leaves. */
  const contacts = new Map();

  bot.on('receivedContactRequest', (e) => bot.chat.apiAcceptContact({ contactReqId: e.contactRequest.contactRequestId }));
  bot.on('contactSndReady', (e) => {
    contacts.set(e.contact.contactId, e.contact.localDisplayName);
    return bot.sendText(direct(e.contact.contactId), `Accepted you, ${e.contact.localDisplayName}.`);
  });
  bot.on('contactUpdated', (e) => {
    contacts.set(e.toContact.contactId, e.toContact.localDisplayName);
    return bot.sendText(direct(e.toContact.contactId), `Nice to meet you, ${e.toContact.profile.displayName}.`);
  });
  bot.on('contactDeletedByContact', async (e) => {
    contacts.delete(e.contact.contactId);
    for (const id of contacts.keys()) await bot.sendText(direct(id), `${e.contact.localDisplayName} deleted me.`);
  });
  bot.on('newMemberContactReceivedInv', (e) => {
    contacts.set(e.contact.contactId, e.contact.localDisplayName);
    return bot.sendText(direct(e.contact.contactId),
      `Hello ${e.member.localDisplayName}, I know you from ${e.groupInfo.groupProfile.displayName}.`);
  });
  bot.on('receivedGroupInvitation', (e) => bot.chat.apiJoinGroup({ groupId: e.groupInfo.groupId }));
}
