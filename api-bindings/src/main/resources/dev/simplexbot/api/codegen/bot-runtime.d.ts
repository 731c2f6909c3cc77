  // ---- The runtime contract of a bot script (one template: toolkit features are added here) ----


  /** Lifecycle signals of the connection to the CLI. */
  type LifecycleEvent = "connected" | "disconnected" | "reconnected" | "closed";

  /** Error a `bot.chat` call rejects with when the CLI answers `chatCmdError`. */
  interface ChatCommandError extends Error {
    name: "ChatCommandError";
    /** The docs' ChatError from the response. */
    chatError: ChatError;
    /** The JS method that failed, e.g. `apiSendMessages`. */
    command: string;
  }

  /**
   * Error a call rejects with (or `bot.fileInfo` throws) when the bot lacks a permission: a file path outside the
   * folders it may use, or a raw command outside the docs without `--allow-raw`. Nothing was sent to the CLI.
   */
  interface PermissionDenied extends Error {
    name: "PermissionDenied";
    /** Says what was refused and the flag that would allow it. */
    message: string;
    /** The method called: `apiSendMessages`, `raw`, `fileInfo`, ... */
    command: string;
    /** The parameter holding the refused path, e.g. `composedMessages`. */
    parameter?: string;
    /** The refused path, as given. */
    path?: string;
    /** The option that would allow it, e.g. `--allow-read=/srv/files`; absent when none would (a relative path). */
    flag?: string;
  }

  /** Every documented command as a method, plus raw command lines for anything outside the docs. */
  type Chat = ChatApi & {
    /**
     * Sends a command line as is and resolves with the raw response object. A documented command gets the same
     * checks as its method (file paths); any other (e.g. `/set bot commands ...`) needs `--allow-raw`, else it
     * rejects with PermissionDenied.
     */
    raw(command: string): Promise<any>;
  };

  // -- Types of the toolkit's part of Bot --

  /** A chat to send to: a contact (`direct`, chatId = contactId) or a group (`group`, chatId = groupId). */
  interface BotChatRef {
    chatType: "direct" | "group" | "local";
    chatId: number;
  }

  /** Milliseconds, or a string like "500ms", "10s", "10m", "1h", "1d", "1h30m". */
  type BotDuration = number | string;

  /** What `export const config` or `bot.setup(config)` declares; every field is optional. */
  interface BotConfig {
    /** The bot's profile; `peerType` defaults to "bot". Top-level displayName/fullName/... work too. */
    profile?: { displayName?: string; fullName?: string; shortDescr?: string; image?: string; peerType?: "bot" | "human" };
    displayName?: string;
    fullName?: string;
    shortDescr?: string;
    image?: string;
    /** Create the contact address when missing (default true); false leaves addresses alone. */
    address?: boolean;
    /** Put the address into the profile (true) or take it out (false); unset leaves it as it is. */
    addressInProfile?: boolean;
    /** Accept contact requests automatically (default true). */
    autoAccept?: boolean;
    /** Welcome message sent to people connecting via the address (the address's autoReply). */
    welcome?: string | MsgContent;
    /** Make the address a business address (a new group chat per customer). */
    businessAddress?: boolean;
    /** The command menu: derived from bot.onCommand (default), an explicit list, or false to leave it alone. */
    commandMenu?: boolean | ChatBotCommand[];
    /** Generate /help (default true once a command is registered). */
    help?: boolean;
    /**
     * Who may run `admin` commands: numbers are contact ids, strings are local display names (unique in the
     * bot's database; note that a stranger could connect first under a wanted name, ids are safer). In groups
     * a member counts when its contact id or its local display name is listed.
     */
    admins?: Array<number | string>;
    /** Reply to an unregistered /command: text, a function, or false to pass it to onMessage instead. */
    unknownCommand?: string | false | ((msg: BotMessage, name: string) => unknown);
  }

  /** One received message (one item of a newChatItems event that the bot did not send itself). */
  interface BotMessage {
    /** The message text ("" for a file without caption). */
    text: string;
    /** The MsgContent type: "text", "file", "image", "link", ... */
    contentType: string;
    content: MsgContent;
    /** The attached file, if any; pass `msg.file.fileId` to bot.receiveFile. */
    file?: CIFile;
    chatRef: BotChatRef;
    /** The sender in a direct chat. */
    contact?: Contact;
    /** The group in a group chat, and the member who wrote. */
    group?: GroupInfo;
    member?: GroupMember;
    chatInfo: ChatInfo;
    chatItem: ChatItem;
    itemId: number;
    /** Set for routed commands: the name and the text after it. */
    command?: { name: string; text: string };
    /** Replies quoting this message. */
    reply(text: string): Promise<unknown>;
    /** Sends to the same chat without quoting. */
    send(text: string): Promise<unknown>;
    react(emoji: string): Promise<unknown>;
  }

  /** Parsed command arguments: `text` is everything after the name, `words` its words, plus one entry per `<param>`
   * of the command's `params` template (the last one takes the rest of the line). */
  interface BotCommandArgs {
    text: string;
    words: string[];
    [param: string]: string | string[] | undefined;
  }

  interface BotCommandOptions {
    /** One line for /help and the menu label. */
    help?: string;
    /** Only for config.admins; not shown in the menu, shown in /help to admins only. */
    admin?: boolean;
    /** Parameter template shown in /help and the menu, e.g. "<id> <role>". */
    params?: string;
    /** false hides the command from the menu (it still works and is listed in /help). */
    menu?: boolean;
  }

  interface BotReceivedFile {
    fileId: number;
    fileName: string;
    filePath?: string;
    chatItem: AChatItem;
  }

  interface BotStore {
    /** The stored JSON value, or undefined. */
    get(key: string): any;
    /** Stores any JSON value; the write is durable when set returns. */
    set(key: string, value: unknown): void;
    delete(key: string): boolean;
    /** Keys starting with prefix (all keys without one), in order. */
    keys(prefix?: string): string[];
  }

  /** What a bot script's default export receives. */
  interface Bot {
    /** The script's name (its file name without `.js`). */
    readonly name: string;
    /**
     * In-memory state carried across hot reloads of this file (not across restarts: use `store` for that).
     * It is copied with JSON.stringify when the old version unloads, so keep it JSON-serialisable.
     */
    state: Record<string, any>;
    /** The SimpleX Chat API: `await bot.chat.apiSendMessages({...})`. */
    readonly chat: Chat;
    /**
     * Calls `handler` for each event of that type, in arrival order (a promise it returns may resolve to anything;
     * a rejection is logged); returns a function that unsubscribes.
     */
    on<K extends keyof EventMap>(type: K, handler: (event: EventMap[K]) => unknown): () => void;
    /** Calls `handler` for every event. */
    on(type: "*", handler: (event: ChatEvent) => unknown): () => void;
    /** Calls `handler` when the connection to the CLI changes. */
    on(type: LifecycleEvent, handler: (event: { type: LifecycleEvent }) => unknown): () => void;
    /** Runs `fn` when the script is unloaded (stop or reload): close what the script opened. */
    onUnload(fn: () => void | Promise<void>): void;
    /**
     * The environment variables granted with `--allow-env` (for every bot, or `NAME:VAR` for this one) that are set;
     * nothing else of the environment. Frozen. Their values are masked in everything the host logs.
     */
    readonly env: Readonly<Record<string, string | undefined>>;
    /**
     * Serves `METHOD /bots/<name><path>` on the host's HTTP server (`--http`); `path` may have `:name` segments and a
     * final `*` (see `request.params`), and `"*"` as method takes any. The handler runs on the bot's own thread under
     * the handler watchdog, like an event handler. Unknown paths answer 404, other methods 405, a handler that throws 500
     * (without its message), one that does not answer within `--http-timeout` 504, a body over `--http-max-body` 413.
     * The route goes away when the bot reloads or stops; returns a function that removes it earlier.
     */
    onHttp(method: string, path: string, handler: (request: SimpleXWeb.IncomingRequest) => SimpleXWeb.Reply | Promise<SimpleXWeb.Reply>): () => void;

    // -- The toolkit: setup, messages and commands, helpers, storage, schedules --
    /** Sets up profile, address, welcome and menu; changes only what differs. Runs after the current turn. */
    setup(config: BotConfig): Promise<User>;
    /** The active user, once setup finished. */
    user?: User;
    /** The contact address, once setup finished (unless config.address is false). */
    address?: UserContactLink;
    /** The address link to share (short link when there is one). */
    addressLink?: string;
    onMessage(handler: (msg: BotMessage) => unknown): void;
    onCommand(name: string, options: BotCommandOptions, handler: (msg: BotMessage, args: BotCommandArgs) => unknown): void;
    onCommand(name: string, handler: (msg: BotMessage, args: BotCommandArgs) => unknown): void;
    sendText(chat: BotChatRef | BotMessage, text: string): Promise<unknown>;
    /**
     * Sends the file at `path`: an absolute path in the bots folder, in `filesDir` or under `--allow-read`
     * (else PermissionDenied).
     */
    sendFile(chat: BotChatRef | BotMessage, path: string, options?: { text?: string }): Promise<unknown>;
    /**
     * Accepts the file and settles when it has arrived (rcvFileComplete) or failed (rcvFileError, cancel, timeout).
     * `path`: where the CLI saves it, a file or a folder (the CLI picks the name): an absolute path in `filesDir` or
     * under `--allow-write` (else PermissionDenied). Without it the CLI saves it in its own folder, which the bot
     * can read back only if that folder is granted with `--allow-read`.
     */
    receiveFile(fileId: number | CIFile, options?: {
      approvedRelays?: boolean; encrypt?: boolean; inline?: boolean; path?: string; timeout?: BotDuration;
    }): Promise<BotReceivedFile>;
    react(chat: BotChatRef | BotMessage, itemId: number, emoji: string, add?: boolean): Promise<unknown>;
    deleteMessage(chat: BotChatRef | BotMessage, itemIds: number | number[], mode?: CIDeleteMode): Promise<unknown>;
    addMember(groupId: number, contactId: number, role?: GroupMemberRole): Promise<unknown>;
    removeMembers(groupId: number, members: number | GroupMember | Array<number | GroupMember>, options?: { withMessages?: boolean }): Promise<unknown>;
    removeMember(groupId: number, members: number | GroupMember | Array<number | GroupMember>, options?: { withMessages?: boolean }): Promise<unknown>;
    blockMembers(groupId: number, members: number | GroupMember | Array<number | GroupMember>, blocked?: boolean): Promise<unknown>;
    blockMember(groupId: number, members: number | GroupMember | Array<number | GroupMember>, blocked?: boolean): Promise<unknown>;
    /** True when the sender (contact, or group member's contact) is listed in config.admins. */
    isAdmin(msg: BotMessage): boolean;
    /**
     * Size in bytes and SHA-256 (lowercase hex) of a file on this machine: a received file or an absolute path.
     * Throws when it cannot be read, and PermissionDenied where the bot may not have the CLI read.
     */
    fileInfo(file: string | BotReceivedFile): { path: string; size: number; sha256: string };
    /**
     * The data directory's files area (`<data-dir>/files`), absolute: where the CLI may save files for the bot and
     * read files it sends. Undefined without a data directory.
     */
    readonly filesDir?: string;
    /** Durable key/value storage for this script. */
    store: BotStore;
    /** Runs fn every duration; returns a cancel function. Cancelled when the script unloads. */
    every(duration: BotDuration, fn: () => unknown): () => void;
    /** Runs fn once at the date; returns a cancel function. Cancelled when the script unloads. */
    at(date: Date | number | string, fn: () => unknown): () => void;
    parseDuration(duration: BotDuration): number;
  }

  /** The default export of a bot script. */
  type BotScript = (bot: Bot) => void | Promise<void>;
