// Group events: memberRole, memberBlockedForAll, deletedMember, joinedGroupMemberConnecting, memberAcceptedByOther,
// groupMemberUpdated, groupUpdated, deletedMemberUser, groupDeleted.

/** @param {SimpleX.Test.T} t */
async function club(t) {
  const alice = await t.contact('alice');
  await t.expect(alice, 'Hi! Put me in a group.');
  const frank = t.person('frank');
  return { alice, frank, club: await t.group('club', alice, frank) };
}

test('notices roles (memberRole)', async (t) => {
  const { alice, frank, club: g } = await club(t);
  await alice.changeBotRole(g, 'admin');
  await t.expectGroup(alice, g, 'I am admin now, thanks alice.');
  await alice.changeRole(g, frank, 'moderator');
  await t.expectGroup(alice, g, 'frank is moderator now.');
});

test('notices blocks and removals (memberBlockedForAll, deletedMember)', async (t) => {
  const { alice, frank, club: g } = await club(t);
  await alice.block(g, frank);
  await t.expectGroup(alice, g, 'frank is blocked by alice.');
  await alice.block(g, frank, false);
  await t.expectGroup(alice, g, 'frank is unblocked by alice.');
  await alice.removeMember(g, frank, { withMessages: true });
  await t.expectGroup(alice, g, 'frank was removed by alice.');
});

test('welcomes people added by others (joinedGroupMemberConnecting)', async (t) => {
  const { alice, club: g } = await club(t);
  const henry = t.person('henry');
  await alice.addMember(g, henry);
  await t.expectGroup(henry, g, 'Welcome henry, added by alice.');
});

test('notices who a moderator lets in (memberAcceptedByOther)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, 'Hi! Put me in a group.');
  const g = await t.group({ name: 'club', botRole: 'owner' }, alice);
  await alice.sendToGroup(g, '/review');
  await t.expectGroup(alice, g, 'Newcomers wait for a moderator now.');
  const kate = t.person('kate');
  await kate.join(g);
  await alice.acceptMember(g, kate);
  await t.expectGroup(alice, g, 'kate was let in by alice.');
});

test('notices new names and profiles (groupMemberUpdated, groupUpdated)', async (t) => {
  const { alice, frank, club: g } = await club(t);
  await frank.updateProfile({ displayName: 'Frank' });
  await t.expectGroup(alice, g, 'frank is now called Frank.');
  await alice.updateGroup(g, { description: 'books every Thursday' });
  await t.expectGroup(alice, g, 'alice changed the group: books every Thursday');
});

test('tells who removed it, or deleted the group (deletedMemberUser, groupDeleted)', async (t) => {
  const { alice, club: g } = await club(t);
  await alice.removeBot(g);
  await t.expect(alice, 'You removed me from club.');
  const again = await t.group('again', alice);
  await alice.deleteGroup(again);
  await t.expect(alice, 'You deleted again.');
});
