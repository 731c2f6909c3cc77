// Message events: chatItemsStatusesUpdated (receipts, delivery errors), live and disappearing messages, groupChatItemsDeleted.

test('hears a delivery receipt (chatItemsStatusesUpdated)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, 'Hi! Send me anything.');
  await alice.send('hi');
  const answer = await t.expect(alice, 'You said: hi');
  await alice.sendReceipt(answer.itemId);
  await t.expect(alice, 'You got: "You said: hi"');
});

test('hears delivery errors and warnings (chatItemsStatusesUpdated)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, 'Hi! Send me anything.');
  await alice.send('hi');
  const answer = await t.expect(alice, 'You said: hi');
  await t.deliveryError(answer.itemId, { warning: true });
  await t.expect(alice, 'Delivery of "You said: hi" is delayed: quota');
  await t.deliveryError(answer.itemId, { reason: 'expired' });
  await t.expect(alice, 'Delivery of "You said: hi" failed: expired');
});

test('waits for a live message to be finished (chatItemUpdated)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, 'Hi! Send me anything.');
  const live = await alice.send('wri', { live: true });
  await alice.edit(live, 'writing', { live: true });
  await t.expectNoMessage(alice);
  await alice.edit(live, 'written');
  await t.expect(alice, 'Final: written');
});

test('sees a disappearing message go (chatItemsDeleted, timed)', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, 'Hi! Send me anything.');
  await alice.send('secret', { ttl: 1 });
  await t.expect(alice, 'This disappears in 1 s.');
  await t.expect(alice, '"secret" disappeared.');
});

test('reports what moderators remove (groupChatItemsDeleted)', async (t) => {
  const alice = await t.contact('alice');
  const frank = t.person('frank');
  const club = await t.group('club', alice, frank);
  const spam = await frank.sendToGroup(club, 'cheap watches');
  await alice.moderate(club, spam);
  await t.expectGroup(alice, club, '1 message(s) removed by alice.');
});
