  // ---- The runtime contract of a bot script (one template: toolkit features are added here) ----

  /** Connection state of the host's session with the SimpleX Chat CLI. */
  type ConnectionState = "connecting" | "connected" | "disconnected" | "reconnecting" | "closed";

  /** Lifecycle signals of the connection to the CLI. */
  type LifecycleEvent = "connected" | "disconnected" | "reconnected";

  /** Error a `bot.chat` call rejects with when the CLI answers `chatCmdError`. */
  interface ChatCommandError extends Error {
    name: "ChatCommandError";
    /** The docs' ChatError from the response. */
    chatError: ChatError;
    /** The JS method that failed, e.g. `apiSendMessages`. */
    command: string;
  }

  /** Every documented command as a method, plus raw command lines for anything outside the docs. */
  type Chat = ChatApi & {
    /** Sends a command line as is (e.g. `/set bot commands ...`) and resolves with the raw response object. */
    raw(command: string): Promise<any>;
  };

  /** What a bot script's default export receives. */
  interface Bot {
    /** The script's name (its file name without `.js`). */
    readonly name: string;
    /** The current connection state. */
    readonly state: ConnectionState;
    /** The SimpleX Chat API: `await bot.chat.apiSendMessages({...})`. */
    readonly chat: Chat;
    /** Calls `handler` for each event of that type, in arrival order. */
    on<K extends keyof EventMap>(type: K, handler: (event: EventMap[K]) => void | Promise<void>): void;
    /** Calls `handler` for every event. */
    on(type: "*", handler: (event: ChatEvent) => void | Promise<void>): void;
    /** Calls `handler` when the connection to the CLI changes. */
    on(type: LifecycleEvent, handler: () => void | Promise<void>): void;
    /** Runs `fn` when the script is unloaded (stop or reload): close what the script opened. */
    onUnload(fn: () => void | Promise<void>): void;
  }

  /** The default export of a bot script. */
  type BotScript = (bot: Bot) => void | Promise<void>;
