// @ts-check
// Run with: java -jar host/target/simplex-bot.jar test scripts-examples/group-moderator.test.js
// join: false only invites the bot to the group: it accepts the invitation itself.
test("as admin it deletes messages with banned words and warns their author", async (t) => {
  const olga = await t.contact("olga");
  const dan = await t.contact("dan");
  const club = await t.group({ name: "club", botRole: "admin", join: false }, olga, dan);
  await dan.sendToGroup(club, "cheap CASINO chips here");
  await t.expectGroup(olga, club, "@dan, your message was deleted: it broke the rules. Send /rules to read them.");
  const commands = await t.commands();
  t.ok(commands.some((line) => line.startsWith(`/_delete member item #${club.groupId}`)), "the message was deleted for everyone");
});

test("group admins /ban and /unban members", async (t) => {
  const olga = await t.contact("olga");
  const dan = await t.contact("dan");
  const club = await t.group({ name: "club", botRole: "admin", join: false }, olga, dan);
  await dan.sendToGroup(club, "/ban olga");
  await t.expectGroup(olga, club, "/ban is only for group admins.");
  await olga.sendToGroup(club, "/ban @dan");
  await t.expectGroup(olga, club, "dan is blocked for everyone.");
  await olga.sendToGroup(club, "/unban dan");
  await t.expectGroup(olga, club, "dan is unblocked for everyone.");
  await olga.sendToGroup(club, "/ban nobody");
  await t.expectGroup(olga, club, "There is no member called nobody here.");
});

test("as a plain member it only answers /rules", async (t) => {
  const olga = await t.contact("olga");
  const dan = await t.contact("dan");
  const club = await t.group({ name: "club", join: false }, olga, dan);
  await dan.sendToGroup(club, "this is spam");
  await olga.sendToGroup(club, "/rules");
  await t.expectGroup(olga, club, /^Rules of this group:\n1\. Be kind\.\n2\. No spam, scam, casino/);
  const commands = await t.commands();
  t.ok(!commands.some((line) => line.startsWith("/_delete")), "nothing was deleted");
});
