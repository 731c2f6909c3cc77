package dev.simplexbot.script;

import static org.assertj.core.api.Assertions.assertThat;

import dev.simplexbot.session.ChatCommandException;
import dev.simplexbot.session.CommandTimeoutException;
import dev.simplexbot.session.ConnectionState;
import dev.simplexbot.session.DisconnectedException;
import dev.simplexbot.session.SessionClosedException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptRuntimeTest {
    static final String SQUARING_RAW = """
            export default function (bot) {
              bot.on("newChatItems", async ({ chatItems }) => {
                for (const { chatInfo, chatItem } of chatItems) {
                  if (chatInfo.type !== "direct" || chatItem.content.type !== "rcvMsgContent") continue;
                  const text = chatItem.content.msgContent.text.trim();
                  const n = Number(text);
                  const reply = text !== "" && Number.isFinite(n) ? `${n} * ${n} = ${n * n}` : "this is not a number";
                  const messages = [{ msgContent: { type: "text", text: reply } }];
                  await bot.chat.raw(`/_send @${chatInfo.contact.contactId} json ${JSON.stringify(messages)}`);
                }
              });
            }
            """;

    @TempDir
    Path dir;

    @Test
    void squaringBotAnswersReceivedTexts() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("squaring.js", SQUARING_RAW);
            assertThat(harness.start().loaded()).containsExactly("squaring");

            harness.runtime.onEvent(Events.receivedText(5, "4"));
            harness.runtime.onEvent(Events.receivedText(5, "hello"));

            assertThat(harness.gateway.next())
                    .isEqualTo("/_send @5 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"4 * 4 = 16\"}}]");
            assertThat(harness.gateway.next())
                    .isEqualTo("/_send @5 json [{\"msgContent\":{\"type\":\"text\",\"text\":\"this is not a number\"}}]");
        }
    }

    @Test
    void chatMethodsRenderSendAndResolveWithTheParsedResponse() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.gateway.answerWith(command -> CompletableFuture.completedFuture(
                    harness.gateway.response("activeUser", "{\"type\":\"activeUser\",\"user\":{\"userId\":5}}")));
            harness.folder.write("user.js", """
                    export default function (bot) {
                      bot.on("go", async () => {
                        const response = await bot.chat.showActiveUser();
                        await bot.chat.echo({ text: response.type + "-" + response.user.userId + "-" + typeof response.user.userId });
                      });
                    }
                    """);
            harness.start();
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(harness.gateway.next()).isEqualTo("/user");
            assertThat(harness.gateway.next()).isEqualTo("/echo activeUser-5-number");
        }
    }

    @Test
    void aResponseBehavesAsThePlainObjectOfItsJson() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            String json = "{\"type\":\"activeUser\",\"user\":{\"userId\":5,\"tags\":[\"a\",\"b\"]},\"then\":7}";
            harness.gateway.answerWith(command -> CompletableFuture.completedFuture(command.equals("/user")
                    ? harness.gateway.response("activeUser", json)
                    : harness.gateway.response("cmdOk", "{\"type\":\"cmdOk\"}")));
            harness.folder.write("plain.js", """
                    export default function (bot) {
                      bot.on("go", async () => {
                        const r = await bot.chat.showActiveUser();
                        const ok = await bot.chat.echo({ text: "x" });
                        const facts = [
                          JSON.stringify(r), Object.keys(r).join(","), "user" in r, "nope" in r, r.then,
                          Object.getPrototypeOf(r) === Object.prototype, Array.isArray(r.user.tags), typeof r,
                          JSON.stringify({ ...ok }), Object.entries(ok).length, ok.hasOwnProperty("type"),
                        ];
                        r.extra = 1;
                        delete r.then;
                        Object.freeze(r);
                        facts.push(JSON.stringify(r), Object.isFrozen(r), Reflect.set(r, "type", "x"), r.type);
                        await bot.chat.raw(facts.join(" "));
                      });
                    }
                    """);
            harness.start();
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(harness.gateway.next()).isEqualTo("/user");
            assertThat(harness.gateway.next()).isEqualTo("/echo x");
            assertThat(harness.gateway.next()).isEqualTo(json + " type,user,then true false 7 true true object "
                    + "{\"type\":\"cmdOk\"} 1 true "
                    + "{\"type\":\"activeUser\",\"user\":{\"userId\":5,\"tags\":[\"a\",\"b\"]},\"extra\":1} true false activeUser");
        }
    }

    @Test
    void invalidParametersRejectWithAValidationErrorNamingCommandAndParameter() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("bad.js", """
                    export default function (bot) {
                      bot.on("go", async () => {
                        try { await bot.chat.echo({ txt: "typo" }); }
                        catch (e) { await bot.chat.raw(`${e.name} ${e.command} ${e.parameter} ${e instanceof Error}`); }
                        try { await bot.chat.raw("two\\nlines"); }
                        catch (e) { await bot.chat.raw(`${e.name}: ${e.message}`); }
                      });
                    }
                    """);
            harness.start();
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(harness.gateway.next()).isEqualTo("ValidationError echo text true");
            assertThat(harness.gateway.next())
                    .isEqualTo("ValidationError: bot.chat.raw(command): the command must be one non-empty line");
        }
    }

    @Test
    void chatCmdErrorRejectsWithTheParsedChatError() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.gateway.answerWith(command -> command.startsWith("/echo")
                    ? CompletableFuture.failedFuture(new ChatCommandException("chatCmdError", "chatCmdError",
                            "{\"type\":\"errorStore\",\"storeError\":{\"type\":\"noContact\",\"contactId\":5}}"))
                    : CompletableFuture.completedFuture(harness.gateway.response("cmdOk", "{\"type\":\"cmdOk\"}")));
            harness.folder.write("errors.js", """
                    export default function (bot) {
                      bot.on("go", async () => {
                        try { await bot.chat.echo({ text: "x" }); }
                        catch (e) { await bot.chat.raw(`${e.name} | ${e.message} | ${e.chatError.storeError.contactId}`); }
                      });
                    }
                    """);
            harness.start();
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(harness.gateway.next()).isEqualTo("/echo x");
            assertThat(harness.gateway.next()).isEqualTo("ChatCommandError | echo failed: errorStore/noContact | 5");
        }
    }

    @Test
    void sessionFailuresRejectWithTheirErrorNames() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.gateway.answerWith(command -> switch (command) {
                case "/echo timeout" -> CompletableFuture.failedFuture(new CommandTimeoutException("no response in 30s"));
                case "/echo gone" -> CompletableFuture.failedFuture(new DisconnectedException("connection lost"));
                case "/echo closed" -> CompletableFuture.failedFuture(new SessionClosedException("session closed"));
                default -> CompletableFuture.completedFuture(harness.gateway.response("cmdOk", "{\"type\":\"cmdOk\"}"));
            });
            harness.folder.write("errors.js", """
                    export default function (bot) {
                      bot.on("go", async () => {
                        for (const text of ["timeout", "gone", "closed"]) {
                          try { await bot.chat.echo({ text }); }
                          catch (e) { await bot.chat.raw(`${e.name}: ${e.message}`); }
                        }
                      });
                    }
                    """);
            harness.start();
            harness.runtime.onEvent(Events.of("go", ""));

            assertThat(harness.gateway.next()).isEqualTo("/echo timeout");
            assertThat(harness.gateway.next()).isEqualTo("CommandTimeoutError: echo failed: no response in 30s");
            assertThat(harness.gateway.next()).isEqualTo("/echo gone");
            assertThat(harness.gateway.next()).isEqualTo("DisconnectedError: echo failed: connection lost");
            assertThat(harness.gateway.next()).isEqualTo("/echo closed");
            assertThat(harness.gateway.next()).isEqualTo("SessionClosedError: echo failed: session closed");
        }
    }

    @Test
    void twoScriptsAreIsolatedWhenOneThrows() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("broken.js", """
                    export default function (bot) {
                      bot.on("newChatItems", () => { throw new Error("broken handler"); });
                    }
                    """);
            harness.folder.write("squaring.js", SQUARING_RAW);
            assertThat(harness.start().loaded()).containsExactly("broken", "squaring");

            harness.runtime.onEvent(Events.receivedText(9, "3"));

            assertThat(harness.gateway.next()).contains("3 * 3 = 9");
            String logged = harness.logs.await("script broken: handler for newChatItems failed", "Error: broken handler");
            assertThat(logged).contains("broken.js:2");
        }
    }

    @Test
    void handlerExceptionAndUnhandledRejectionAreLoggedAndTheScriptGoesOn() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("flaky.js", """
                    export default function (bot) {
                      let calls = 0;
                      bot.on("go", async () => {
                        calls++;
                        if (calls === 1) throw new Error("async handler failed");
                        if (calls === 2) { Promise.reject(new Error("nobody catches me")); return; }
                        await bot.chat.raw("still running " + calls);
                      });
                    }
                    """);
            harness.start();
            for (int i = 0; i < 3; i++) {
                harness.runtime.onEvent(Events.of("go", ""));
            }

            assertThat(harness.gateway.next()).isEqualTo("still running 3");
            assertThat(harness.logs.await("script flaky: handler for go failed", "Error: async handler failed"))
                    .contains("flaky.js:5");
            assertThat(harness.logs.await("script flaky: unhandled promise rejection:", "nobody catches me"))
                    .contains("flaky.js:6");
        }
    }

    @Test
    void wildcardHandlersConnectionStatesNameAndUnsubscribe() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("watcher.js", """
                    export default function (bot) {
                      const off = bot.on("contactConnected", (e) => bot.chat.raw("typed " + e.contact.contactId));
                      bot.on("*", (e) => {
                        bot.chat.raw(bot.name + " saw " + e.type);
                        if (e.type === "disconnected") off();
                      });
                    }
                    """);
            harness.start();
            harness.runtime.onConnectionState(ConnectionState.CONNECTED);
            harness.runtime.onEvent(Events.of("contactConnected", "\"contact\":{\"contactId\":3}"));
            harness.runtime.onConnectionState(ConnectionState.DISCONNECTED);
            harness.runtime.onEvent(Events.of("contactConnected", "\"contact\":{\"contactId\":4}"));
            harness.runtime.onConnectionState(ConnectionState.RECONNECTED);

            assertThat(harness.gateway.next()).isEqualTo("watcher saw connected");
            assertThat(harness.gateway.next()).isEqualTo("typed 3");
            assertThat(harness.gateway.next()).isEqualTo("watcher saw contactConnected");
            assertThat(harness.gateway.next()).isEqualTo("watcher saw disconnected");
            assertThat(harness.gateway.next()).isEqualTo("watcher saw contactConnected");
            assertThat(harness.gateway.next()).isEqualTo("watcher saw reconnected");
        }
    }

    @Test
    void consoleFormatsLikeNodeIntoTheScriptsLogger() {
        try (RuntimeHarness harness = new RuntimeHarness(dir)) {
            harness.folder.write("chatty.js", """
                    export default function (bot) {
                      console.log("hello %s, you are %d", "alice", 42, { extra: [1, 2] });
                      console.warn("careful", 5);
                    }
                    """);
            harness.start();

            assertThat(harness.logs.await("INFO script.chatty hello"))
                    .endsWith("hello alice, you are 42 {\"extra\":[1,2]}");
            assertThat(harness.logs.await("WARN script.chatty")).endsWith("careful 5");
        }
    }
}
