// @ts-check
// Run with: java -jar host/target/simplex-bot.jar test scripts-examples/reminders.test.js
test("reminds when the time comes", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, /^Hi! Send \/remind 10m/);
  await alice.send("/remind 1s stretch your legs");
  await t.expect(alice, /^Reminder 1 set for \d{4}-\d\d-\d\dT[\d:.]+Z\.$/);
  await t.expect(alice, "⏰ stretch your legs");
  await alice.send("/reminders");
  await t.expect(alice, "No reminders. Set one with /remind 10m text.");
});

test("lists and cancels reminders", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, /^Hi!/);
  await alice.send("/remind 1h call mum");
  await t.expect(alice, /^Reminder 1 set for/);
  await alice.send("/remind 1d10m buy cake");
  await t.expect(alice, /^Reminder 2 set for/);
  await alice.send("/reminders");
  await t.expect(alice, /^Reminders:\n1\. \S+ call mum\n2\. \S+ buy cake$/);
  await alice.send("/cancel 1");
  await t.expect(alice, "Reminder 1 cancelled.");
  await alice.send("/reminders");
  await t.expect(alice, /^Reminders:\n2\. \S+ buy cake$/);
});

test("explains bad input and keeps reminders private to their chat", async (t) => {
  const alice = await t.contact("alice");
  const bob = await t.contact("bob");
  await t.expect(alice, /^Hi!/);
  await t.expect(bob, /^Hi!/);
  await alice.send("/remind soon do things");
  await t.expect(alice, "Send /remind <when> <text>, e.g. /remind 10m call mum (when: 30s, 10m, 2h, 1d).");
  await alice.send("/remind 1h alice's secret");
  await t.expect(alice, /^Reminder 1 set for/);
  await bob.send("/cancel 1");
  await t.expect(bob, "There is no reminder 1 in this chat; /reminders lists them.");
  await bob.send("/reminders");
  await t.expect(bob, "No reminders. Set one with /remind 10m text.");
});

test("reminders survive a restart", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, /^Hi!/);
  await alice.send("/remind 2s water the plants");
  await t.expect(alice, /^Reminder 1 set for/);
  await t.restartBot();
  await t.expect(alice, "⏰ water the plants");
});
