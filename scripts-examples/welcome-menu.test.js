// @ts-check
// Run with: java -jar host/target/simplex-bot.jar test scripts-examples/welcome-menu.test.js
test("welcomes people and lists the commands on /help", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, "Welcome! Tap the menu or send /help to see what I can do.");
  await alice.send("/help");
  await t.expect(alice, "Commands:\n/about - what this bot is\n/faq <topic> - an answer about a topic\n/help - show the commands");
});

test("answers /about and /faq by topic", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, /^Welcome!/);
  await alice.send("/about");
  await t.expect(alice, /^I am an example bot of simplex-bot/);
  await alice.send("/faq Privacy");
  await t.expect(alice, "SimpleX has no user ids: each contact gets its own pair of message queues.");
  await alice.send("/faq weather");
  await t.expect(alice, 'I know nothing about "weather". Topics: privacy, groups, source.');
  await alice.send("/faq");
  await t.expect(alice, "Send /faq <topic>. Topics: privacy, groups, source.");
});

test("points other messages to /help", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, /^Welcome!/);
  const question = await alice.send("hello?");
  await t.expect(alice, { text: "I only answer commands: send /help to see them.", quotedItemId: question });
});
