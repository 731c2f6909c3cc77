// Network and error events: hostDisconnected, hostConnected, subscriptionStatus, chatError, chatErrors, messageError.

/** @param {SimpleX.Test.T} t */
async function operator(t) {
  const alice = await t.contact('alice');
  await t.expect(alice, /^Hi!/);
  await alice.send('/ops');
  await t.expect(alice, 'You will hear about problems.');
  return alice;
}

test('reports the network going down and coming back (hostDisconnected, hostConnected)', async (t) => {
  const alice = await operator(t);
  const bob = await t.contact('bob');
  await t.expect(bob, /^Hi!/);
  await t.network(false);
  await bob.send('anyone there?');
  await t.expectNoMessage(bob);
  await t.network(true);
  await t.expect(alice, 'Lost smp server localhost:5223.');
  await t.expect(alice, 'Lost xftp server localhost:5443.');
  await t.expect(alice, 'Back: smp server localhost:5223.');
  await t.expect(alice, 'Back: xftp server localhost:5443.');
  await t.expect(bob, 'You said: anyone there?');
});

test('reports subscriptions (subscriptionStatus)', async (t) => {
  const alice = await operator(t);
  await t.subscription('removed', { error: 'queue gone' });
  await t.expect(alice, 'Subscriptions: removed (1 connections).');
});

test('reports errors (chatError, chatErrors, messageError)', async (t) => {
  const alice = await operator(t);
  await t.chatError('something broke');
  await t.expect(alice, 'CLI error: error');
  await t.chatErrors(['one', 'two']);
  await t.expect(alice, 'CLI errors: 2');
  await t.messageError('cannot decrypt', { severity: 'warning' });
  await t.expect(alice, 'Message error (warning): cannot decrypt');
});
