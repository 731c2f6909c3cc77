// Connection progress events: groupLinkConnecting, businessLinkConnecting, sentGroupInvitation.

test('joins a person\'s group through its link (groupLinkConnecting)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, /^Hi!/);
  const liam = t.person('liam');
  const link = await liam.groupLink('book club', t.person('mia'));
  await alice.send('/join ' + link);
  await t.expect(alice, 'Joining book club (host liam).');
  const bookClub = await t.findGroup('book club');
  await t.expectGroup(liam, bookClub, 'Hello book club!');
});

test('becomes the customer of a person\'s business (businessLinkConnecting)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, /^Hi!/);
  const nora = t.person('nora');
  await alice.send('/join ' + (await nora.businessAddress()));
  await t.expect(alice, 'Talking to the business nora.');
  await t.expectGroup(nora, await t.findGroup('nora'), 'Hi, I would like to buy something.');
});

test('hears who comes through its group link (sentGroupInvitation)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, /^Hi!/);
  await alice.send('/club');
  const link = (await t.expect(alice, /^https:/)).text;
  await t.person('ivy').useLink(link);
  await t.expect(alice, 'ivy is coming into club.');
});
