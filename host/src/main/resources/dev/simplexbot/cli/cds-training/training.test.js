test("answers", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, "hello");
  await alice.send("4");
  await t.expect(alice, '4 {"n":4}');
  await alice.send("/count");
  await t.expect(alice, "count 1");
  await alice.send("/help");
  await t.expect(alice, /count/);
});
