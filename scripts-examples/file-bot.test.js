// @ts-check
// Run with: java -jar host/target/simplex-bot.jar test scripts-examples/file-bot.test.js
test("replies with the file's name, size and SHA-256", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, "Send me a file: I tell you its size and SHA-256, and keep it for /get <name>.");
  const report = await t.fileInfo("test-files/report.txt");
  await alice.sendFile("test-files/report.txt");
  await t.expect(alice, `report.txt\nsize: ${report.size} bytes\nSHA-256: ${report.sha256}`);
  await alice.send("/files");
  await t.expect(alice, `Your files:\nreport.txt (${report.size} bytes)`);
});

test("sends a file back on /get", async (t) => {
  const alice = await t.contact("alice");
  await t.expect(alice, /^Send me a file/);
  const report = await t.fileInfo("test-files/report.txt");
  await alice.sendFile("test-files/report.txt", "for later");
  await t.expect(alice, /^report\.txt\n/);
  await alice.send("/get report.txt");
  const back = await t.expect(alice, { text: `report.txt (SHA-256 ${report.sha256})`, file: "report.txt" });
  const received = await t.fileInfo(back.file.path);
  t.equal(received.sha256, report.sha256, "the bytes alice got back");
});

test("nobody gets another person's files", async (t) => {
  const alice = await t.contact("alice");
  const bob = await t.contact("bob");
  await t.expect(alice, /^Send me a file/);
  await t.expect(bob, /^Send me a file/);
  await alice.sendFile("test-files/report.txt");
  await t.expect(alice, /^report\.txt\n/);
  await bob.send("/get report.txt");
  await t.expect(bob, "You have no file called report.txt. /files lists your files.");
  await bob.send("/files");
  await t.expect(bob, "You have not sent me any files yet.");
});
