test("x", async (t) => {
  const a = ;
});
