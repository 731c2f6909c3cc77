package dev.simplexbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Structure of the shipped simplex-bot.d.ts (CI has only a JDK; validity was also checked with {@code tsc --noEmit}).
 */
class TypeScriptDeclarationsTest {
    private static final ApiSpec SPEC = ApiSpec.load();
    private static final String DTS = TypeScriptDeclarations.text();

    @Test
    void declaresEveryTypeCommandAndEvent() {
        for (TypeSpec t : SPEC.types()) {
            String keyword = t instanceof TypeSpec.RecordType ? "interface " : "type ";
            assertThat(DTS).as(t.name()).contains("\n  " + keyword + t.name() + (keyword.equals("type ") ? " =" : " {"));
        }
        String chatApi = section("interface ChatApi {");
        for (CommandSpec c : SPEC.commands()) {
            assertThat(chatApi).as(c.method()).containsPattern("\n    " + c.method() + "\\((params\\??: \\{[^\n]*\\})?\\): Promise<");
        }
        String eventMap = section("interface EventMap {");
        for (EventSpec e : SPEC.events()) {
            assertThat(eventMap).contains("\n    " + e.type() + ": Event." + e.name() + ";");
        }
    }

    @Test
    void carriesTheDocsAsJsDoc() {
        assertThat(DTS).contains("/**\n     * Send messages.\n");
        assertThat(DTS).contains("apiSendMessages(params: { sendRef: ChatRef; liveMessage: boolean; ttl?: number | null; "
                + "composedMessages: ComposedMessage[] }): Promise<Response.NewChatItems>;");
        assertThat(DTS).contains("type ChatDeleteMode =\n    | ChatDeleteMode.Full\n    | ChatDeleteMode.Entity\n    | ChatDeleteMode.Messages;");
        assertThat(DTS).contains("type ChatType = \"direct\" | \"group\" | \"local\";");
    }

    @Test
    void declaresTheBotRuntimeAndGlobals() {
        String bot = section("interface Bot {");
        assertThat(bot).contains("readonly name: string;", "state: Record<string, any>;", "readonly chat: Chat;",
                "on<K extends keyof EventMap>(type: K, handler: (event: EventMap[K]) => unknown): () => void;", "on(type: \"*\"", "on(type: LifecycleEvent", "onUnload(fn:");
        assertThat(DTS).contains("raw(command: string): Promise<any>;", "type LifecycleEvent = \"connected\" | \"disconnected\" | \"reconnected\" | \"closed\";");
        assertThat(DTS).contains("declare var console: Console;", "declare function setTimeout(", "declare function setInterval(",
                "declare function clearTimeout(", "declare function clearInterval(", "declare function queueMicrotask(");
    }

    @Test
    void declaresTheReachOfBotsAndTheWebGlobals() {
        String bot = section("interface Bot {");
        assertThat(bot).contains("readonly env: Readonly<Record<string, string | undefined>>;",
                "onHttp(method: string, path: string, handler: (request: SimpleXWeb.IncomingRequest) => SimpleXWeb.Reply");
        assertThat(DTS).contains("declare function fetch(input: string | URL | Request, init?: SimpleXWeb.RequestInit): Promise<Response>;",
                "declare var Headers: typeof globalThis extends { onmessage: any; Headers: infer T } ? T : SimpleXWeb.HeadersConstructor;",
                "declare var crypto: Crypto;", "declare function atob(", "declare function btoa(", "declare function structuredClone<T>(");
        for (String type : new String[] {"Headers", "Request", "Response", "URL", "URLSearchParams", "AbortSignal", "AbortController",
            "TextEncoder", "TextDecoder", "DOMException", "Crypto", "CryptoKey", "Event", "EventTarget"}) {
            assertThat(DTS).contains("interface " + type + " extends SimpleXWebMembers<SimpleXWeb." + type + "> {}");
        }
        String test = section("namespace Test {");
        assertThat(test).contains("http(method: string, path: string, body?: unknown", "stub(origin: string, handler: StubHandler",
                "readonly requests: StubRequest[];");
    }

    @Test
    void declaresTheJsTestApiForTestFiles() {
        String api = section("namespace Test {");
        assertThat(api).contains("only(name: string, body: Body): void;", "skip(name: string, body: Body): void;",
                "contact(name: string): Promise<Person>;",
                "group(name: string | GroupOptions, owner: Person, ...members: Person[]): Promise<Group>;",
                "expect(person: Person, expected: ExpectedFile, options?: WaitOptions): Promise<MessageWithFile>;",
                "expect(person: Person, expected: Expected, options?: WaitOptions): Promise<Message>;",
                "fileInfo(path: string): Promise<FileInfo>;", "restartBot(): Promise<void>;",
                "send(text: string, options?: SendOptions): Promise<number>;",
                "nextGroupMessage(group: Group, options?: WaitOptions): Promise<Message>;",
                "person(name: string): Person;", "deleteContact(): Promise<void>;", "network(up: boolean): Promise<void>;",
                "act(name: string, args?: Record<string, unknown>): Promise<unknown>;");
        assertThat(DTS).contains("declare var test: SimpleX.Test.TestFunction;");
    }

    @Test
    void aFieldNamedLikeItsNamespacesSiblingMeansTheTopLevelType() {
        String response = section("interface GroupLink {\n      type: \"groupLink\";\n      user: User;");
        assertThat(response).contains("groupLink: SimpleX.GroupLink;");
        assertThat(DTS).contains("type: \"sndError\";\n      agentError: SimpleX.SndError;",
                "type: \"chatError\";\n      chatError: SimpleX.ChatError;");
        assertThat(DTS).contains("  interface GroupLink {\n    userContactLinkId: number;");
    }

    @Test
    void bracesAndParenthesesBalance() {
        String code = DTS.replaceAll("(?s)/\\*\\*.*?\\*/", "").replaceAll("//[^\n]*", "").replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
        assertThat(count(code, '{')).isEqualTo(count(code, '}'));
        assertThat(count(code, '(')).isEqualTo(count(code, ')'));
        assertThat(count(code, '<')).isEqualTo(count(code, '>') - count(code, "=>"));
    }

    /** From the header line to its closing brace at the same indentation. */
    private static String section(String header) {
        int start = DTS.indexOf(header);
        assertThat(start).as(header).isNotNegative();
        int lineStart = DTS.lastIndexOf('\n', start) + 1;
        String indent = DTS.substring(lineStart, start);
        int end = DTS.indexOf("\n" + indent + "}", start);
        return DTS.substring(start, end);
    }

    private static long count(String s, char c) {
        return s.chars().filter(ch -> ch == c).count();
    }

    private static long count(String s, String sub) {
        return Pattern.compile(Pattern.quote(sub)).matcher(s).results().count();
    }
}
