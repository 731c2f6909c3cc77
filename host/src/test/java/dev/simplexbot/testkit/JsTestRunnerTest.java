package dev.simplexbot.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JS test runner on test files next to the squaring bot: result lines, counts, failure locations. */
class JsTestRunnerTest {
    private static final Path FIXTURES = Path.of("src/test/resources/testkit");

    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();

    private JsTestRunner.Summary run(Path path) throws Exception {
        return new JsTestRunner(TestRunOptions.defaults(), new PrintWriter(out)).run(path);
    }

    private String[] lines() {
        return out.toString().split("\n");
    }

    @Test
    void passingFilePrintsOneLinePerTestAndTheCounts() throws Exception {
        JsTestRunner.Summary summary = run(FIXTURES.resolve("js"));

        assertThat(summary.failed()).isZero();
        assertThat(lines()).hasSize(6);
        assertThat(lines()[0]).matches("✓ squares \\(\\d+ ms\\)");
        assertThat(lines()[1]).matches("✓ answers text with a quote \\(\\d+ ms\\)");
        assertThat(lines()[2]).matches("✓ squares in groups \\(\\d+ ms\\)");
        assertThat(lines()[3]).matches("✓ counts across a restart \\(\\d+ ms\\)");
        assertThat(lines()[4]).isEqualTo("- not yet (skipped)");
        assertThat(lines()[5]).isEqualTo("4 passed, 0 failed");
    }

    @Test
    void failuresSayWhatWasExpectedAndWhereInTheTestFile() throws Exception {
        JsTestRunner.Summary summary = run(FIXTURES.resolve("failing/squaring.test.js"));

        assertThat(summary.passed()).isEqualTo(1);
        assertThat(summary.failed()).isEqualTo(3);
        String file = "src/test/resources/testkit/failing/squaring.test.js";
        assertThat(lines()).hasSize(5);
        assertThat(lines()[0]).startsWith("✓ passes (");
        assertThat(lines()[1]).isEqualTo("✗ wrong square: alice expected \"4 * 4 = 17\" from the bot, got \"4 * 4 = 16\" ("
                + file + ":12:11)");
        assertThat(lines()[2]).isEqualTo("✗ nothing comes: alice waited 200 ms for a message from the bot and got none; "
                + "last messages received: [\"Send me a number and I will square it.\"] (" + file + ":18:11)");
        assertThat(lines()[3]).isEqualTo("✗ equal fails: arithmetic: expected 3, got 2 (" + file + ":22:5)");
        assertThat(lines()[4]).isEqualTo("1 passed, 3 failed");
    }

    @Test
    void aSyntaxErrorInATestFileIsOneFailureWithFileLineAndColumn() throws Exception {
        JsTestRunner.Summary summary = run(FIXTURES.resolve("syntax"));

        assertThat(summary.failed()).isEqualTo(1);
        String file = "src/test/resources/testkit/syntax/squaring.test.js";
        assertThat(lines()).containsExactly(
                "✗ " + file + ": " + file + ":2:13: SyntaxError: Expected an operand but found ;",
                "0 passed, 1 failed");
    }

    @Test
    void theBotCanBeNamedByTheTestFileAndAMissingBotIsReported() throws Exception {
        Files.copy(FIXTURES.resolve("squaring.js"), tmp.resolve("squarer.js"));
        Files.writeString(tmp.resolve("named.test.js"), """
                export const bot = "./squarer.js";
                test("uses the named bot", async (t) => {
                  const alice = await t.contact("alice");
                  await t.expect(alice, { text: /^Send me/ });
                });
                """);
        Files.writeString(tmp.resolve("orphan.test.js"), "test(\"x\", async (t) => {});\n");
        Path hidden = Files.createDirectories(tmp.resolve("node_modules/lib"));
        Files.writeString(hidden.resolve("ignored.test.js"), "this is not even JavaScript");

        JsTestRunner.Summary summary = run(tmp);

        assertThat(lines()[0]).startsWith("✓ uses the named bot (");
        assertThat(lines()[1]).startsWith("✗ ").contains("orphan.test.js: no bot to test: ").contains("orphan.js does not exist");
        assertThat(lines()[2]).isEqualTo("1 passed, 1 failed");
        assertThat(summary.results()).hasSize(2);
    }

    @Test
    void fileInfoGivesSizeAndSha256AndGroupsChooseTheBotsRoleAndWhetherItJoinsItself() throws Exception {
        Files.writeString(tmp.resolve("roles.js"), """
                export default function (bot) {
                  bot.on("receivedGroupInvitation", (e) => bot.chat.apiJoinGroup({ groupId: e.groupInfo.groupId }));
                  bot.onMessage((msg) => msg.group ? msg.send(`my role: ${msg.group.membership.memberRole}`) : undefined);
                }
                """);
        Files.writeString(tmp.resolve("hello.txt"), "hello\n");
        Files.writeString(tmp.resolve("roles.test.js"), """
                test("file info", async (t) => {
                  const info = await t.fileInfo("hello.txt");
                  t.equal(info.size, 6);
                  t.equal(info.sha256, "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03");
                  t.ok(info.path.endsWith("hello.txt"), info.path);
                });
                test("missing file", async (t) => {
                  await t.fileInfo("nope.txt");
                });
                test("admin bot", async (t) => {
                  const alice = await t.contact("alice");
                  const bob = await t.contact("bob");
                  const club = await t.group({ name: "club", botRole: "admin", join: false }, alice, bob);
                  await bob.sendToGroup(club, "hi");
                  await t.expectGroup(alice, club, "my role: admin");
                  const plain = await t.group({ name: "plain", join: false }, alice, bob);
                  await bob.sendToGroup(plain, "hi");
                  await t.expectGroup(alice, plain, "my role: member");
                });
                test("bad role", async (t) => {
                  await t.group({ name: "club", botRole: "boss" }, await t.contact("alice"));
                });
                """);

        JsTestRunner.Summary summary = run(tmp.resolve("roles.test.js"));

        String file = tmp.resolve("roles.test.js").toString();
        assertThat(lines()[0]).startsWith("✓ file info (");
        assertThat(lines()[1]).isEqualTo("✗ missing file: no such file: " + tmp.resolve("nope.txt") + " (" + file + ":8:11)");
        assertThat(lines()[2]).startsWith("✓ admin bot (");
        assertThat(lines()[3]).isEqualTo("✗ bad role: TypeError: t.group: botRole must be one of observer, author, member, "
                + "moderator, admin, owner, got \"boss\" (" + file + ":21:11)");
        assertThat(summary.failed()).isEqualTo(2);
    }

    @Test
    void theWatchdogStopsARunawayOrStuckTestNamesWhereItWasAndTheNextTestsRun() throws Exception {
        Files.copy(FIXTURES.resolve("squaring.js"), tmp.resolve("squaring.js"));
        Files.writeString(tmp.resolve("squaring.test.js"), """
                test("loops", async (t) => {
                  const alice = await t.contact("alice");
                  let n = 0;
                  while (alice) { n++; }
                });
                test("never settles", async (t) => {
                  await new Promise(() => {});
                });
                test("waits for a message that never comes", async (t) => {
                  const alice = await t.contact("alice");
                  await alice.nextMessage();
                  await alice.nextMessage({ timeout: 60000 });
                });
                test("spins microtasks", async (t) => {
                  const spin = () => Promise.resolve().then(spin);
                  spin();
                });
                test("still runs", async (t) => {
                  const alice = await t.contact("alice");
                  await t.expect(alice, /^Send me/);
                  await alice.send("3");
                  await t.expect(alice, "3 * 3 = 9");
                });
                """);

        JsTestRunner.Summary summary = new JsTestRunner(new TestRunOptions(Duration.ofSeconds(2), Duration.ofSeconds(5)),
                new PrintWriter(out)).run(tmp.resolve("squaring.test.js"));

        String file = tmp.resolve("squaring.test.js").toString();
        assertThat(lines()[0]).isEqualTo("✗ loops: did not finish within 2 s: stopped inside the function at " + file + ":1:15");
        assertThat(lines()[1]).isEqualTo("✗ never settles: did not finish within 2 s: its promise never settled "
                + "(it awaits something that never resolves) at " + file + ":6:1");
        assertThat(lines()[2]).isEqualTo("✗ waits for a message that never comes: did not finish within 2 s: still waiting "
                + "for a message from the bot to alice at " + file + ":12:15");
        assertThat(lines()[3]).matches("✗ spins microtasks: did not finish within 2 s: stopped (inside the function at "
                + java.util.regex.Pattern.quote(file) + ":15:16|between promise callbacks at " + java.util.regex.Pattern.quote(file) + ":14:1)");
        assertThat(lines()[4]).startsWith("✓ still runs (");
        assertThat(lines()[5]).isEqualTo("1 passed, 4 failed");
        assertThat(summary.failed()).isEqualTo(4);
    }

    @Test
    void aTestFileWhoseTopLevelLoopsForeverFailsAfterTheTimeout() throws Exception {
        Files.copy(FIXTURES.resolve("squaring.js"), tmp.resolve("squaring.js"));
        Files.writeString(tmp.resolve("squaring.test.js"), "test('never registered', async () => {});\nfor (;;) {}\n");

        JsTestRunner.Summary summary = new JsTestRunner(new TestRunOptions(Duration.ofMillis(500), Duration.ofSeconds(5)),
                new PrintWriter(out)).run(tmp.resolve("squaring.test.js"));

        String file = tmp.resolve("squaring.test.js").toString();
        assertThat(lines()[0]).isEqualTo("✗ " + file + ": loading did not finish within 500 ms; stopped in the top-level code of " + file);
        assertThat(summary.failed()).isEqualTo(1);
    }

    @Test
    void aPathThatIsNeitherAFolderNorATestFileIsRefused() {
        assertThatThrownBy(() -> run(tmp.resolve("missing")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no such file or folder: " + tmp.resolve("missing"));
        assertThatThrownBy(() -> run(FIXTURES.resolve("squaring.js")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a test file (expected *.test.js)");
    }
}
