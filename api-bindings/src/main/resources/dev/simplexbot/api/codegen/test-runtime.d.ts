
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

    /** How a person's message is sent: `ttl` makes it disappear after that many seconds; `live` is still being typed. */
    interface SendOptions {
      ttl?: number;
      live?: boolean;
    }

    /** A simulated person, from `t.contact(name)` (connected) or `t.person(name)` (not yet). */
    interface Person {
      readonly name: string;
      /** Connects through the bot's address (`incognito` shows it a random profile); "pending" when the bot must accept. */
      connect(options?: { incognito?: boolean }): Promise<{ result: "connected" | "pending" }>;
      /** Opens a link the bot made: its address, a one-time invitation (apiAddContact) or a group link. */
      useLink(link: string): Promise<void>;
      /** Sends a message; resolves to the bot's chat item id for it. */
      send(text: string, options?: SendOptions): Promise<number>;
      /** Sends a message quoting the bot's message `itemId`. */
      reply(itemId: number, text: string, options?: SendOptions): Promise<number>;
      /** Edits one of this person's messages; `live: true` keeps a live message going, otherwise it is finished. */
      edit(itemId: number, text: string, options?: { live?: boolean }): Promise<void>;
      /** Deletes one of this person's messages for everyone. */
      delete(itemId: number): Promise<void>;
      /** Adds (or with `add` false removes) a reaction to the bot's message `itemId`. */
      react(itemId: number, emoji: string, add?: boolean): Promise<void>;
      /** Sends a file, its path relative to the test file, with an optional caption. */
      sendFile(path: string, text?: string): Promise<number>;
      /** Cancels a file this person sent, before the bot received it (`rcvFileSndCancelled`). */
      cancelFile(itemId: number): Promise<void>;
      /** Confirms the bot's message arrived: a delivery receipt (`chatItemsStatusesUpdated`). */
      sendReceipt(itemId: number): Promise<void>;
      /** Changes this person's profile (`contactUpdated`, and `groupMemberUpdated` in each group). */
      updateProfile(profile: { displayName?: string; fullName?: string; shortDescr?: string }): Promise<void>;
      /** Deletes the contact with the bot (`contactDeletedByContact`); the bot can no longer write to them. */
      deleteContact(): Promise<void>;
      /** The business chat with a bot whose address is a business address; the bot's messages there come as direct ones. */
      businessChat(): Promise<Group>;
      /** As a member of `group`, invites the bot to a direct contact (`newMemberContactReceivedInv`). */
      inviteBotToContact(group: Group): Promise<void>;
      sendToGroup(group: Group, text: string, options?: SendOptions): Promise<number>;
      sendFileToGroup(group: Group, path: string, text?: string): Promise<number>;
      /** Joins through the bot's group link. */
      join(group: Group): Promise<void>;
      leave(group: Group): Promise<void>;
      /** As an admin: adds a person (`joinedGroupMemberConnecting`), removes a member (`deletedMember`) or the bot (`deletedMemberUser`). */
      addMember(group: Group, member: Person, role?: GroupMemberRole): Promise<void>;
      removeMember(group: Group, member: Person, options?: { withMessages?: boolean }): Promise<void>;
      removeBot(group: Group, options?: { withMessages?: boolean }): Promise<void>;
      /** As an admin, changes a member's or the bot's role (`memberRole`). */
      changeRole(group: Group, member: Person, role: GroupMemberRole): Promise<void>;
      changeBotRole(group: Group, role: GroupMemberRole): Promise<void>;
      /** As a moderator: blocks (or with false unblocks) a member (`memberBlockedForAll`), accepts one waiting for review (`memberAcceptedByOther`), deletes a message (`groupChatItemsDeleted`). */
      block(group: Group, member: Person, blocked?: boolean): Promise<void>;
      acceptMember(group: Group, member: Person, role?: GroupMemberRole): Promise<void>;
      moderate(group: Group, itemId: number): Promise<void>;
      /** As the owner: changes the group's profile (`groupUpdated`) or deletes the group (`groupDeleted`). */
      updateGroup(group: Group, profile: { displayName?: string; fullName?: string; description?: string }): Promise<void>;
      deleteGroup(group: Group): Promise<void>;
      /** Makes a group with `members` and a link the bot can join (`apiConnect`: `groupLinkConnecting`). */
      groupLink(name: string, ...members: Person[]): Promise<string>;
      /** This person's business address, for a bot that connects to it as a customer (`businessLinkConnecting`). */
      businessAddress(): Promise<string>;
      /** Every message the bot sent this person so far (or in `group`), edits and deletions applied. */
      messages(group?: Group): Promise<Message[]>;
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
      /** A person who has not connected to the bot (yet): for contact requests, links, or people only in groups. */
      person(name: string): Person;
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
      /** A group the bot is in, by name (e.g. one it joined through a person's group link). */
      findGroup(name: string): Promise<Group>;
      /** Takes the simulated network down (`hostDisconnected`) or brings it back (`hostConnected`); what people do meanwhile waits. */
      network(up: boolean): Promise<void>;
      /** The messaging server reports the bot's subscriptions (`subscriptionStatus`). */
      subscription(status: "active" | "pending" | "removed" | "noSub", options?: { error?: string }): Promise<void>;
      /** The bot's message could not be delivered (`chatItemsStatusesUpdated` with sndError, or sndWarning). */
      deliveryError(itemId: number, options?: { warning?: boolean; reason?: "auth" | "quota" | "expired" | "other" }): Promise<void>;
      /** When the bot receives the file of item `itemId`, it fails (`rcvFileError`), or with `warning` is reported (`rcvFileWarning`) and completes. */
      fileReceiveFault(itemId: number, options?: { warning?: boolean }): Promise<void>;
      /** The next file the bot sends fails to upload (`sndFileError`), or with `warning` is reported (`sndFileWarning`) and completes. */
      fileSendFault(options?: { warning?: boolean }): Promise<void>;
      /** Files people send are received as they arrive (`rcvFileAccepted`), as with the CLI's auto-accept option. */
      autoReceiveFiles(on: boolean): Promise<void>;
      /** The CLI reports errors that belong to no command (`chatError`, `chatErrors`), or a message it could not process (`messageError`). */
      chatError(message: string): Promise<void>;
      chatErrors(messages: string[]): Promise<void>;
      messageError(text: string, options?: { severity?: "info" | "warning" | "error" }): Promise<void>;
      /** Any simulator action by name, as `simplex-bot sim`'s control API and the dev console's /sim take them. */
      act(name: string, args?: Record<string, unknown>): Promise<unknown>;
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
