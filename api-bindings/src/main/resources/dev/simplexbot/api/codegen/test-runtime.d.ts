
  // ---- The JS test API of `simplex-bot test` (*.test.js files; see docs/TESTING.md) ----

  namespace Test {
    /** A test's body: `t` drives people and checks what the bot sends them. */
    type Body = (t: T) => void | Promise<void>;

    /** The global `test` of a test file. */
    interface TestFunction {
      /** Registers a test; every test gets a fresh simulator and a fresh start of the bot. */
      (name: string, body: Body): void;
      /** Runs only the tests registered with `test.only` in this file. */
      only(name: string, body: Body): void;
      /** Registers a test that is reported as skipped and not run. */
      skip(name: string, body: Body): void;
    }

    /** Milliseconds to wait instead of the runner's `--message-timeout`. */
    interface WaitOptions {
      timeout?: number;
    }

    /** A group made by `t.group`. */
    interface Group {
      readonly name: string;
      readonly groupId: number;
    }

    interface GroupOptions {
      name: string;
      /** The bot's role in the group (default "member"), e.g. "admin" for a moderating bot. */
      botRole?: GroupMemberRole;
      /** false only invites the bot, for bots that accept invitations themselves (default true: it joins at once). */
      join?: boolean;
    }

    /** A file attached to a message of the bot; `path` is where its bytes are on this machine. */
    interface MessageFile {
      fileName: string;
      fileSize: number;
      path: string;
    }

    /** A message the bot sent to a person (directly or in a group). */
    interface Message {
      itemId: number;
      text: string;
      contentType: string;
      quotedItemId: number | null;
      quotedText: string | null;
      /** The group's name for group messages, null in a direct chat. */
      group: string | null;
      file: MessageFile | null;
      edited: boolean;
      deleted: boolean;
    }

    /** A message that was checked to carry a file. */
    interface MessageWithFile extends Message {
      file: MessageFile;
    }

    /** What `t.expect` checks: the text (equal or matching), or some of text, file name and quoted item. */
    type Expected = string | RegExp | ExpectedParts;
    interface ExpectedParts {
      text?: string | RegExp;
      file?: string | RegExp;
      quotedItemId?: number;
    }
    interface ExpectedFile extends ExpectedParts {
      file: string | RegExp;
    }

    /** Size in bytes and SHA-256 (lowercase hex) of a file, as `bot.fileInfo` gives them. */
    interface FileInfo {
      path: string;
      size: number;
      sha256: string;
    }

    /** A simulated person, from `t.contact(name)`. */
    interface Person {
      readonly name: string;
      /** Sends a message; resolves to the bot's chat item id for it. */
      send(text: string): Promise<number>;
      /** Sends a message quoting the bot's message `itemId`. */
      reply(itemId: number, text: string): Promise<number>;
      /** Sends a file, its path relative to the test file, with an optional caption. */
      sendFile(path: string, text?: string): Promise<number>;
      /** Adds (or with `add` false removes) a reaction to the bot's message `itemId`. */
      react(itemId: number, emoji: string, add?: boolean): Promise<void>;
      sendToGroup(group: Group, text: string): Promise<number>;
      leave(group: Group): Promise<void>;
      /** The bot's next direct message to this person. */
      nextMessage(options?: WaitOptions): Promise<Message>;
      /** The bot's next message in the group, as this person sees it. */
      nextGroupMessage(group: Group, options?: WaitOptions): Promise<Message>;
    }

    /** Answers a request the bot made to a stub, like a bot.onHttp handler answers. */
    type StubHandler = (request: SimpleXWeb.IncomingRequest) => SimpleXWeb.Reply | Promise<SimpleXWeb.Reply>;

    /** A request a stub received; `body` as text, header names in lower case. */
    interface StubRequest {
      method: string;
      path: string;
      url: string;
      query: Record<string, string>;
      headers: Record<string, string>;
      body: string;
    }

    interface Stub {
      readonly url: string;
      /** The requests received so far, oldest first: a refused fetch leaves none. */
      readonly requests: StubRequest[];
    }

    /** What a test's body receives. Everything that waits returns a Promise: `await` it. */
    interface T {
      /** A person connected to the bot through its address (so it gets the welcome). */
      contact(name: string): Promise<Person>;
      /** A group owned by `owner` with `members`, the bot in it; resolves once the bot joined (or handled the invitation). */
      group(name: string | GroupOptions, owner: Person, ...members: Person[]): Promise<Group>;
      /** Takes the person's next direct message from the bot and checks it; resolves to the message. */
      expect(person: Person, expected: ExpectedFile, options?: WaitOptions): Promise<MessageWithFile>;
      expect(person: Person, expected: Expected, options?: WaitOptions): Promise<Message>;
      /** The same for the bot's messages in a group. */
      expectGroup(person: Person, group: Group, expected: ExpectedFile, options?: WaitOptions): Promise<MessageWithFile>;
      expectGroup(person: Person, group: Group, expected: Expected, options?: WaitOptions): Promise<Message>;
      /** Fails if the bot sends this person anything once it settled (or within `wait` ms). */
      expectNoMessage(person: Person, options?: { wait?: number }): Promise<void>;
      /** Size and SHA-256 of a file: a path relative to the test file, or a message's `file.path`. */
      fileInfo(path: string): Promise<FileInfo>;
      /** Waits until the bot handled everything so far. */
      idle(): Promise<void>;
      /** Stops and starts the bot on the same simulator and data folder (`bot.store` persists). */
      restartBot(): Promise<void>;
      /** The command lines the bot sent since it (re)started. */
      commands(): Promise<string[]>;
      /**
       * Calls the bot's webhook `/bots/<bot><path>` over HTTP, as a service would. `body`: a string, bytes, or any other
       * value as JSON (with its content type unless `options.headers` has one).
       */
      http(method: string, path: string, body?: unknown, options?: { headers?: SimpleXWeb.HeadersInit }): Promise<SimpleXWeb.Response>;
      /** A local stub server granted to the bot for this test; `url` is its `http://127.0.0.1:PORT`. */
      stub(handler: StubHandler | SimpleXWeb.Reply): Promise<Stub>;
      /**
       * A stub server answering in place of `origin` (e.g. "https://api.example.com"): the bot fetches its real URLs and
       * the stub answers them; the origin is granted for this test and its name is never resolved.
       */
      stub(origin: string, handler: StubHandler | SimpleXWeb.Reply): Promise<Stub>;
      /** Fails unless equal (`Object.is`, or the same JSON for objects). */
      equal(actual: unknown, expected: unknown, message?: string): void;
      ok(value: unknown, message?: string): void;
      fail(message?: string): never;
    }
  }
