// Contact events: contactSndReady, contactUpdated, contactDeletedByContact, newMemberContactReceivedInv, incognito.

test('accepts a request and says so (contactSndReady)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, 'Accepted you, alice.');
});

test('greets a new name (contactUpdated)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, 'Accepted you, alice.');
  await alice.updateProfile({ displayName: 'Alice', fullName: 'Alice Liddell' });
  await t.expect(alice, 'Nice to meet you, Alice.');
});

test('tells the others who deleted it (contactDeletedByContact)', async (t) => {
  const alice = await t.contact('alice');
  const bob = await t.contact('bob');
  await t.expect(alice, 'Accepted you, alice.');
  await t.expect(bob, 'Accepted you, bob.');
  await bob.deleteContact();
  await t.expect(alice, 'bob deleted me.');
  await t.expectNoMessage(bob);
});

test('greets a group member who invites it to a contact (newMemberContactReceivedInv)', async (t) => {
  const alice = await t.contact('alice');
  const grace = t.person('grace');
  const club = await t.group('club', alice, grace);
  await grace.inviteBotToContact(club);
  await t.expect(grace, 'Hello grace, I know you from club.');
});

test('sees a random name when someone connects incognito', async (t) => {
  const bob = t.person('bob');
  t.equal(await bob.connect({ incognito: true }), { result: 'pending' });
  await t.expect(bob, /^Accepted you, [A-Z][a-z]+[A-Z][a-z]+\d+\.$/);
});
