// @ts-check
// Run with: java -jar host/target/simplex-bot.jar test scripts-examples/support-desk.test.js
// The staff group must be called "Support staff" (STAFF_GROUP in support-desk.js).
test("a customer's messages reach the staff group as a ticket", async (t) => {
  const sam = await t.contact("sam");
  const staff = await t.group("Support staff", sam);
  const alice = await t.contact("alice");
  await t.expect(alice, "Hello! Write your question here and our team will answer you in this chat.");
  await alice.send("My order did not arrive");
  await t.expect(alice, "Thank you! Your ticket is #1; we will answer here.");
  await t.expectGroup(sam, staff, "#1 alice: My order did not arrive");
  await alice.send("It was order 42");
  await t.expectGroup(sam, staff, "#1 alice: It was order 42");
});

test("staff reply with /reply, list /tickets and /close them", async (t) => {
  const sam = await t.contact("sam");
  const staff = await t.group("Support staff", sam);
  const alice = await t.contact("alice");
  await t.expect(alice, /^Hello!/);
  await alice.send("Where is my refund?");
  await t.expect(alice, "Thank you! Your ticket is #1; we will answer here.");
  await t.expectGroup(sam, staff, "#1 alice: Where is my refund?");

  await sam.sendToGroup(staff, "/reply 1 It is on its way.");
  await t.expect(alice, "It is on its way.");
  await t.expectGroup(sam, staff, "Sent to alice (#1).");
  await sam.sendToGroup(staff, "/tickets");
  await t.expectGroup(sam, staff, /^Open tickets:\n#1 alice since \S+$/);
  await sam.sendToGroup(staff, "/close 1");
  await t.expectGroup(sam, staff, "Ticket #1 of alice is closed.");
  await sam.sendToGroup(staff, "/tickets");
  await t.expectGroup(sam, staff, "No open tickets.");

  await alice.send("One more question");
  await t.expect(alice, "Thank you! Your ticket is #2; we will answer here.");
});

test("tickets survive a restart", async (t) => {
  const sam = await t.contact("sam");
  const staff = await t.group("Support staff", sam);
  const alice = await t.contact("alice");
  await t.expect(alice, /^Hello!/);
  await alice.send("Hello?");
  await t.expect(alice, /^Thank you! Your ticket is #1/);
  await t.expectGroup(sam, staff, "#1 alice: Hello?");
  await t.restartBot();
  await sam.sendToGroup(staff, "/reply 1 Hi! How can we help?");
  await t.expect(alice, "Hi! How can we help?");
});

test("without a staff group customers are told so", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, /^Hello!/);
  await alice.send("hello?");
  await t.expect(alice, "Sorry, our support desk is not staffed yet. Please try again later.");
});
