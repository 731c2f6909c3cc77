// @ts-check
// Run with: java -jar host/target/simplex-bot.jar test scripts-examples/broadcast.test.js
// alice is the publisher (config.admins in broadcast.js).
test("a publisher's message reaches every other contact", async (t) => {
  const alice = await t.contact("alice");
  const bob = await t.contact("bob");
  const carol = await t.contact("carol");
  for (const person of [alice, bob, carol]) {
    await t.expect(person, "Hi! You will get our announcements here. Send /unsubscribe to stop them.");
  }
  await alice.send("Release 2.0 is out!");
  await t.expect(alice, "Sent to 2 contacts.");
  await t.expect(bob, "Release 2.0 is out!");
  await t.expect(carol, "Release 2.0 is out!");
});

test("/unsubscribe stops broadcasts, /subscribe starts them again", async (t) => {
  const alice = await t.contact("alice");
  const bob = await t.contact("bob");
  await t.expect(alice, /^Hi!/);
  await t.expect(bob, /^Hi!/);
  await bob.send("/unsubscribe");
  await t.expect(bob, "You will not get broadcasts any more. Send /subscribe to get them again.");
  await alice.send("Nobody hears this");
  await t.expect(alice, "Sent to 0 contacts.");
  await t.expectNoMessage(bob);

  await bob.send("/subscribe");
  await t.expect(bob, "You will get broadcasts.");
  await alice.send("Welcome back");
  await t.expect(alice, "Sent to 1 contact.");
  await t.expect(bob, "Welcome back");
});

test("only publishers broadcast", async (t) => {
  const alice = await t.contact("alice");
  const bob = await t.contact("bob");
  await t.expect(alice, /^Hi!/);
  await t.expect(bob, /^Hi!/);
  await bob.send("buy my stuff");
  await t.expect(bob, "Only publishers can broadcast. Send /help to see the commands.");
  await t.expectNoMessage(alice);
});

test("contacts who deleted the bot are left out", async (t) => {
  const alice = await t.contact("alice");
  const bob = await t.contact("bob");
  const carol = await t.contact("carol");
  for (const person of [alice, bob, carol]) {
    await t.expect(person, /^Hi!/);
  }
  await bob.deleteContact();
  await alice.send("Still here");
  await t.expect(alice, "Sent to 1 contact.");
  await t.expect(carol, "Still here");
  await t.expectNoMessage(bob);
});
