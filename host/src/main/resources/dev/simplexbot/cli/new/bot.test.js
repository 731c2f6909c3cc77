// The tests of __NAME__.js. Run them with: simplex-bot test .
// Each test gets a fresh simulated SimpleX CLI and a fresh start of the bot; see docs/TESTING.md.

test('welcomes a new contact', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, /^Hello! I am __NAME__/);
});

test('echoes messages and answers /ping', async (t) => {
  const alice = await t.contact('alice');
  await t.expect(alice, /^Hello!/);
  await alice.send('hi there');
  await t.expect(alice, 'You said: hi there');
  await alice.send('/ping');
  await t.expect(alice, 'pong');
});

test('goes on when a contact deletes it', async (t) => {
  const alice = await t.contact('alice');
  const bob = await t.contact('bob');
  await alice.deleteContact();
  await bob.send('still there?');
  await t.expect(bob, /^Hello!/);
  await t.expect(bob, 'You said: still there?');
});
