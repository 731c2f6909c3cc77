test("passes", async (t) => {
  const alice = await t.contact("alice");
  await alice.send("3");
  await t.expect(alice, "Send me a number and I will square it.");
  await t.expect(alice, "3 * 3 = 9");
});

test("wrong square", async (t) => {
  const alice = await t.contact("alice");
  await alice.send("4");
  await alice.nextMessage();
  await t.expect(alice, "4 * 4 = 17");
});

test("nothing comes", async (t) => {
  const alice = await t.contact("alice");
  await alice.nextMessage();
  await t.expect(alice, "hello", { timeout: 200 });
});

test("equal fails", async (t) => {
  t.equal(1 + 1, 3, "arithmetic");
});

// The bot under test is the shared fixture one folder up.
export const bot = "../squaring.js";
