// Run with: java -jar host/target/simplex-bot.jar test scripts-examples
test("welcomes, then squares numbers", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, /^Hello! I am a simple squaring bot/);
  await alice.send("4");
  await t.expect(alice, "4 * 4 = 16");
  await alice.send("four");
  await t.expect(alice, "this is not a number");
});

test("stays quiet in groups", async (t) => {
  const alice = await t.contact("alice");
  const bob = await t.contact("bob");
  await t.expect(bob, /^Hello!/);
  const maths = await t.group("maths", alice, bob);
  await alice.sendToGroup(maths, "5");
  await t.expectNoMessage(bob);
});
