test("squares", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, "Send me a number and I will square it.");
  await alice.send("4");
  await t.expect(alice, "4 * 4 = 16");
});

test("answers text with a quote", async (t) => {
  const alice = await t.contact("alice");
  await alice.nextMessage();
  const asked = await alice.send("four");
  const reply = await t.expect(alice, /^not a/);
  t.equal(reply.quotedItemId, asked);
});

test("squares in groups", async (t) => {
  const alice = await t.contact("alice");
  const bob = await t.contact("bob");
  const team = await t.group("team", alice, bob);
  await bob.sendToGroup(team, "/square 5");
  await t.expectGroup(alice, team, "5 * 5 = 25");
});

test("counts across a restart", async (t) => {
  const alice = await t.contact("alice");
  await alice.nextMessage();
  await alice.send("2");
  await t.expect(alice, "2 * 2 = 4");
  await t.restartBot();
  await alice.send("/count");
  await t.expect(alice, { text: "squared 1 numbers" });
});

test.skip("not yet", async (t) => {
  t.fail("skipped tests do not run");
});

// The bot under test is the shared fixture one folder up.
export const bot = "../squaring.js";
