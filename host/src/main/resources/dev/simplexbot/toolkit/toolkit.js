// The bot toolkit: setup, message and command routing, helpers, storage and schedules, written only
// against the script-facing API (bot.chat.*, bot.on, bot.onUnload, timers) so it runs in any script
// context. Evaluating this file returns installToolkit(bot, host); host.store is the script's
// ScriptStoreBinding (null without a data directory), host.files answers bot.fileInfo and host.filesDir is the
// data directory's files area (null without one). It must run before the host freezes `bot`: it adds
// methods, and bot.user / bot.address / bot.addressLink as getters of state filled in by setup.
(function () {
  'use strict';

  const PROFILE_KEYS = ['displayName', 'fullName', 'shortDescr', 'image', 'peerType'];
  const DEFAULT_UNKNOWN = (name) => `Unknown command /${name}. Send /help to see the commands.`;
  // setTimeout delays are 32-bit; bot.at waits for later dates in steps.
  const MAX_TIMER_DELAY = 2147483647;

  // ---- small pure helpers -------------------------------------------------------------------

  const UNITS = { ms: 1, s: 1000, m: 60000, h: 3600000, d: 86400000 };

  /** "500ms", "10s", "10m", "1h", "1d", "1h30m" or a number of milliseconds -> milliseconds. */
  function parseDuration(duration) {
    if (typeof duration === 'number') {
      if (!Number.isFinite(duration) || duration < 0) {
        throw new TypeError(`duration must be a non-negative number of milliseconds, got ${duration}`);
      }
      return duration;
    }
    const text = typeof duration === 'string' ? duration.trim() : '';
    if (!/^(\d+(\.\d+)?(ms|s|m|h|d))+$/.test(text)) {
      throw new TypeError(`bad duration ${JSON.stringify(duration)}: use a number of ms or e.g. "500ms", "10s", "10m", "1h", "1d", "1h30m"`);
    }
    let total = 0;
    for (const [, amount, , unit] of text.matchAll(/(\d+(\.\d+)?)(ms|s|m|h|d)/g)) {
      total += Number(amount) * UNITS[unit];
    }
    return total;
  }

  /** JSON with sorted keys and without null/undefined members: equal state compares equal. */
  function canonical(value) {
    if (Array.isArray(value)) return '[' + value.map(canonical).join(',') + ']';
    if (value !== null && typeof value === 'object') {
      return '{' + Object.keys(value).sort()
        .filter((k) => value[k] !== null && value[k] !== undefined)
        .map((k) => JSON.stringify(k) + ':' + canonical(value[k])).join(',') + '}';
    }
    return JSON.stringify(value === undefined ? null : value);
  }

  const sameValue = (a, b) => canonical(a) === canonical(b);

  function errorType(error) {
    const chatError = error && error.chatError;
    if (!chatError) return undefined;
    return (chatError.errorType || chatError.storeError || chatError.agentError || {}).type;
  }

  function toChatRef(target) {
    const ref = target && target.chatRef ? target.chatRef : target;
    if (!ref || !['direct', 'group', 'local'].includes(ref.chatType) || !Number.isInteger(ref.chatId)) {
      throw new TypeError('expected a chat reference {chatType: "direct"|"group", chatId: number} (or a msg), got '
        + JSON.stringify(ref));
    }
    return ref.chatScope ? { chatType: ref.chatType, chatId: ref.chatId, chatScope: ref.chatScope }
      : { chatType: ref.chatType, chatId: ref.chatId };
  }

  const textContent = (text) => ({ type: 'text', text: String(text) });

  function memberIds(members) {
    return (Array.isArray(members) ? members : [members]).map((m) => {
      const id = typeof m === 'object' && m !== null ? m.groupMemberId : m;
      if (!Number.isInteger(id)) throw new TypeError(`expected a group member id or GroupMember, got ${JSON.stringify(m)}`);
      return id;
    });
  }

  /** "/name rest" -> {name, text}; anything else -> undefined. */
  function parseCommandLine(text) {
    const match = /^\/(\S+)(?:\s+([\s\S]*))?$/.exec(text.trim());
    return match ? { name: match[1], text: (match[2] || '').trim() } : undefined;
  }

  /** Positional words for the params template "<a> <b>"; the last named param takes the rest of the line. */
  function parseArgs(params, text) {
    const words = text === '' ? [] : text.split(/\s+/);
    const names = [...String(params || '').matchAll(/<([^>]+)>/g)].map((m) => m[1]);
    const args = {};
    names.forEach((name, i) => {
      if (i < words.length) args[name] = i === names.length - 1 ? words.slice(i).join(' ') : words[i];
    });
    return Object.assign(args, { text, words });
  }

  function reportFailure(what, error) {
    console.error(`${what} failed: ${error && error.stack ? error.stack : error}`);
  }

  /** Calls fn; reports a throw or a rejected promise without letting it reach the caller. */
  function runSafely(what, fn, ...args) {
    try {
      const result = fn(...args);
      if (result && typeof result.then === 'function') result.then(undefined, (e) => reportFailure(what, e));
    } catch (e) {
      reportFailure(what, e);
    }
  }

  // ---- installToolkit ---------------------------------------------------------------------------

  return function installToolkit(bot, host) {
    const chat = bot.chat;
    const commands = new Map(); // name -> {name, help, admin, params, menu, handler}
    const messageHandlers = [];
    const fileWaiters = new Map(); // fileId -> {resolve, reject, timer}
    const schedules = new Set(); // cancel functions
    let config = {};
    let setupDone = false;
    let menuSyncPending = false;
    let activeUserNow;
    let addressNow;
    Object.defineProperties(bot, {
      user: { get: () => activeUserNow, enumerable: true },
      address: { get: () => addressNow, enumerable: true },
      addressLink: {
        get: () => addressNow && (addressNow.connLinkContact.connShortLink || addressNow.connLinkContact.connFullLink),
        enumerable: true,
      },
    });

    // ---- messages and commands ----

    function isAdmin(msg) {
      const admins = config.admins || [];
      const person = msg.member || msg.contact;
      if (!person) return false;
      const contactId = msg.member ? msg.member.memberContactId : msg.contact.contactId;
      return admins.some((a) => (typeof a === 'number' ? a === contactId : a === person.localDisplayName));
    }

    /** Registered commands in registration order, the generated /help last. */
    function orderedCommands() {
      const all = [...commands.values()];
      return [...all.filter((c) => !c.builtin), ...all.filter((c) => c.builtin)];
    }

    function helpText(forAdmin) {
      const lines = orderedCommands()
        .filter((c) => forAdmin || !c.admin)
        .map((c) => `/${c.name}${c.params ? ' ' + c.params : ''}${c.help ? ' - ' + c.help : ''}${c.admin ? ' (admin)' : ''}`);
      return ['Commands:', ...lines].join('\n');
    }

    function ensureHelpCommand() {
      if (!commands.has('help') && config.help !== false) {
        commands.set('help', {
          name: 'help', help: 'show the commands', admin: false, menu: true, builtin: true,
          handler: (msg) => msg.reply(helpText(isAdmin(msg))),
        });
      }
    }

    function replyUnknown(msg, name) {
      const setting = config.unknownCommand;
      if (typeof setting === 'function') return setting(msg, name);
      return msg.reply(typeof setting === 'string' ? setting : DEFAULT_UNKNOWN(name));
    }

    /** Returns true when the message was a command and was handled (or refused) as one. */
    function routeCommand(msg) {
      if (commands.size === 0 || msg.contentType !== 'text') return false;
      const line = parseCommandLine(msg.text);
      if (!line) return false;
      const command = commands.get(line.name);
      if (!command) {
        if (config.unknownCommand === false) return false;
        runSafely(`unknown command /${line.name}`, replyUnknown, msg, line.name);
        return true;
      }
      if (command.admin && !isAdmin(msg)) {
        runSafely(`refusing /${line.name}`, () => msg.reply(`/${line.name} is only for admins.`));
        return true;
      }
      msg.command = { name: line.name, text: line.text };
      runSafely(`command /${line.name}`, command.handler, msg, parseArgs(command.params, line.text));
      return true;
    }

    function messageContext(aChatItem) {
      const { chatInfo, chatItem } = aChatItem;
      const msgContent = chatItem.content.msgContent;
      const group = chatInfo.type === 'group' ? chatInfo.groupInfo : undefined;
      const contact = chatInfo.type === 'direct' ? chatInfo.contact : undefined;
      const chatRef = group ? { chatType: 'group', chatId: group.groupId } : { chatType: 'direct', chatId: contact.contactId };
      const itemId = chatItem.meta.itemId;
      return {
        text: msgContent.text || '',
        contentType: msgContent.type,
        content: msgContent,
        file: chatItem.file || undefined,
        chatRef,
        contact,
        group,
        member: group ? chatItem.chatDir.groupMember : undefined,
        chatInfo,
        chatItem,
        itemId,
        reply: (text) => sendComposed(chatRef, { quotedItemId: itemId, msgContent: textContent(text) }),
        send: (text) => bot.sendText(chatRef, text),
        react: (emoji) => bot.react(chatRef, itemId, emoji),
      };
    }

    // Items of chats the toolkit cannot answer (local notes, a contact or group the event does not describe,
    // shapes from a newer CLI) are skipped, not thrown on.
    function isReceivedMessage(aChatItem) {
      const { chatInfo, chatItem } = aChatItem || {};
      if (!chatItem || !chatInfo || !chatItem.chatDir || !chatItem.content || !chatItem.meta) return false;
      const known = (chatInfo.type === 'direct' && chatInfo.contact) || (chatInfo.type === 'group' && chatInfo.groupInfo);
      return !!known && /Rcv$/.test(chatItem.chatDir.type) && chatItem.content.type === 'rcvMsgContent'
        && !!chatItem.content.msgContent;
    }

    // Registered on first use, so a bot that only uses bot.on/bot.chat pays nothing per event for the toolkit.
    let listeningForMessages = false;
    function listenForMessages() {
      if (listeningForMessages) return;
      listeningForMessages = true;
      bot.on('newChatItems', (event) => {
        for (const aChatItem of Array.isArray(event.chatItems) ? event.chatItems : []) {
          if (!isReceivedMessage(aChatItem)) continue;
          const msg = messageContext(aChatItem);
          if (routeCommand(msg)) continue;
          for (const handler of messageHandlers) runSafely('onMessage handler', handler, msg);
        }
      });
    }

    // ---- files ----

    function settleFile(fileId, outcome) {
      const waiter = fileWaiters.get(fileId);
      if (!waiter) return;
      fileWaiters.delete(fileId);
      if (waiter.timer !== undefined) clearTimeout(waiter.timer);
      outcome(waiter);
    }

    let listeningForFiles = false;
    function listenForFiles() {
      if (listeningForFiles) return;
      listeningForFiles = true;
      bot.on('rcvFileComplete', (event) => {
        const file = event.chatItem.chatItem.file;
        settleFile(file.fileId, (w) => w.resolve({
          fileId: file.fileId,
          fileName: file.fileName,
          filePath: file.fileSource ? file.fileSource.filePath : undefined,
          chatItem: event.chatItem,
        }));
      });
      bot.on('rcvFileError', (event) => {
        const fileId = event.rcvFileTransfer ? event.rcvFileTransfer.fileId : event.chatItem_.chatItem.file.fileId;
        settleFile(fileId, (w) => w.reject(Object.assign(
          new Error(`receiving file ${fileId} failed: ${JSON.stringify(event.agentError)}`), { agentError: event.agentError })));
      });
      bot.on('rcvFileSndCancelled', (event) => {
        const fileId = event.rcvFileTransfer.fileId;
        settleFile(fileId, (w) => w.reject(new Error(`file ${fileId} was cancelled by the sender`)));
      });
    }

    // ---- sending ----

    function sendComposed(target, composed) {
      return chat.apiSendMessages({
        sendRef: toChatRef(target),
        liveMessage: false,
        composedMessages: [Object.assign({ mentions: {} }, composed)],
      });
    }

    // ---- setup ----

    function desiredProfile(current) {
      const wanted = Object.assign({ peerType: 'bot' }, pickDefined(config, PROFILE_KEYS), config.profile || {});
      const profile = {};
      for (const key of [...PROFILE_KEYS, 'contactLink', 'preferences']) {
        if (current && current[key] !== undefined && current[key] !== null) profile[key] = current[key];
      }
      Object.assign(profile, pickDefined(wanted, PROFILE_KEYS));
      if (profile.fullName === undefined) profile.fullName = '';
      const commandMenu = config.commandMenu === false ? undefined : menu();
      // An empty menu is only sent to clear one that is there, so a bot without commands stays untouched.
      if (commandMenu && (commandMenu.length > 0 || (profile.preferences && profile.preferences.commands))) {
        profile.preferences = Object.assign({}, profile.preferences, { commands: commandMenu });
      }
      return profile;
    }

    function pickDefined(source, keys) {
      const picked = {};
      for (const key of keys) if (source[key] !== undefined) picked[key] = source[key];
      return picked;
    }

    function menu() {
      if (Array.isArray(config.commandMenu)) return config.commandMenu;
      return orderedCommands()
        .filter((c) => !c.admin && c.menu !== false)
        .map((c) => Object.assign({ type: 'command', keyword: c.name, label: c.help || c.name }, c.params ? { params: c.params } : {}));
    }

    async function activeUser() {
      try {
        return (await chat.showActiveUser()).user;
      } catch (e) {
        if (errorType(e) !== 'noActiveUser') throw e;
        const profile = desiredProfile(undefined);
        if (!profile.displayName) {
          throw new Error('the CLI has no user: set config.profile.displayName so the bot user can be created');
        }
        return (await chat.createActiveUser({ newUser: { profile, pastTimestamp: false } })).user;
      }
    }

    async function ensureAddress(userId) {
      try {
        return (await chat.apiShowMyAddress({ userId })).contactLink;
      } catch (e) {
        if (errorType(e) !== 'userContactLinkNotFound') throw e;
        await chat.apiCreateMyAddress({ userId });
        return (await chat.apiShowMyAddress({ userId })).contactLink;
      }
    }

    function desiredAddressSettings(current) {
      const settings = { businessAddress: config.businessAddress === undefined ? current.businessAddress : !!config.businessAddress };
      const autoAccept = config.autoAccept === undefined ? true : config.autoAccept;
      if (autoAccept) settings.autoAccept = { acceptIncognito: false };
      const welcome = config.welcome === undefined ? current.autoReply : config.welcome;
      if (welcome) settings.autoReply = typeof welcome === 'string' ? textContent(welcome) : welcome;
      return settings;
    }

    async function syncAddress(user) {
      const address = await ensureAddress(user.userId);
      const settings = desiredAddressSettings(address.addressSettings || {});
      if (!sameValue(settings, address.addressSettings)) {
        const updated = await chat.apiSetAddressSettings({ userId: user.userId, settings });
        Object.assign(address, updated.contactLink || { addressSettings: settings });
      }
      if (config.addressInProfile !== undefined && !!config.addressInProfile !== !!user.profile.contactLink) {
        const updated = await chat.apiSetProfileAddress({ userId: user.userId, enable: !!config.addressInProfile });
        user = updated.user || user;
      }
      return { user, address };
    }

    async function syncProfile(user) {
      const profile = desiredProfile(user.profile);
      const current = desiredProfileView(user.profile);
      if (sameValue(profile, current)) return user;
      const response = await chat.apiUpdateProfile({ userId: user.userId, profile });
      return response.user || user;
    }

    /** The current profile reduced to the fields desiredProfile would send. */
    function desiredProfileView(current) {
      const view = {};
      for (const key of [...PROFILE_KEYS, 'contactLink', 'preferences']) view[key] = current[key];
      if (view.fullName === undefined) view.fullName = '';
      return view;
    }

    async function runSetup() {
      const help = commands.get('help');
      if (config.help === false && help && help.builtin) commands.delete('help');
      let user = await activeUser();
      if (config.address !== false) {
        const synced = await syncAddress(user);
        user = synced.user;
        addressNow = synced.address;
      }
      user = await syncProfile(user);
      activeUserNow = user;
      setupDone = true;
      return user;
    }

    let setupPromise;
    bot.setup = function setup(newConfig) {
      if (setupPromise) return Promise.reject(new Error('bot.setup was already called for this script'));
      config = Object.assign({}, newConfig || {});
      // Deferred by one timer turn so commands registered right after setup() are in the first menu.
      setupPromise = new Promise((resolve) => setTimeout(resolve, 0)).then(runSetup);
      setupPromise.then(undefined, (e) => reportFailure('bot setup', e));
      return setupPromise;
    };

    /** A command registered after setup finished updates the menu (once per burst of registrations). */
    function scheduleMenuSync() {
      if (!setupDone || menuSyncPending || config.commandMenu === false) return;
      menuSyncPending = true;
      setTimeout(() => {
        menuSyncPending = false;
        syncProfile(activeUserNow).then((user) => { activeUserNow = user; }, (e) => reportFailure('command menu update', e));
      }, 0);
    }

    // ---- public API ----

    bot.onMessage = function onMessage(handler) {
      if (typeof handler !== 'function') throw new TypeError('bot.onMessage needs a function');
      messageHandlers.push(handler);
      listenForMessages();
    };

    bot.onCommand = function onCommand(name, options, handler) {
      if (typeof options === 'function') { handler = options; options = {}; }
      const cleanName = String(name).replace(/^\//, '');
      if (!/^\S+$/.test(cleanName)) throw new TypeError(`bad command name ${JSON.stringify(name)}: one word, no spaces`);
      if (typeof handler !== 'function') throw new TypeError(`bot.onCommand("${cleanName}") needs a handler function`);
      const previous = commands.get(cleanName);
      if (previous && !previous.builtin) throw new Error(`command /${cleanName} is already registered`);
      const opts = options || {};
      commands.set(cleanName, {
        name: cleanName, help: opts.help, admin: !!opts.admin, params: opts.params, menu: opts.menu, handler,
      });
      ensureHelpCommand();
      scheduleMenuSync();
      listenForMessages();
    };

    bot.sendText = (chatRef, text) => sendComposed(chatRef, { msgContent: textContent(text) });

    bot.sendFile = (chatRef, path, options) => {
      if (typeof path !== 'string' || path === '') throw new TypeError('bot.sendFile needs a file path');
      const text = options && options.text !== undefined ? String(options.text) : '';
      return sendComposed(chatRef, { fileSource: { filePath: path }, msgContent: { type: 'file', text } });
    };

    bot.receiveFile = (fileId, options) => {
      const file = typeof fileId === 'object' && fileId !== null ? fileId.fileId : fileId;
      if (!Number.isInteger(file)) return Promise.reject(new TypeError(`bot.receiveFile needs a file id, got ${JSON.stringify(fileId)}`));
      if (fileWaiters.has(file)) return Promise.reject(new Error(`file ${file} is already being received`));
      listenForFiles();
      const opts = options || {};
      const done = new Promise((resolve, reject) => {
        const timer = opts.timeout === undefined ? undefined
          : setTimeout(() => settleFile(file, (w) => w.reject(new Error(`file ${file} not received within ${opts.timeout}`))),
            parseDuration(opts.timeout));
        fileWaiters.set(file, { resolve, reject, timer });
      });
      const params = { fileId: file, userApprovedRelays: !!opts.approvedRelays };
      if (opts.encrypt !== undefined) params.storeEncrypted = !!opts.encrypt;
      if (opts.inline !== undefined) params.fileInline = !!opts.inline;
      if (opts.path !== undefined) params.filePath = opts.path;
      chat.receiveFile(params).then((response) => {
        if (response.type === 'rcvFileAcceptedSndCancelled') {
          settleFile(file, (w) => w.reject(new Error(`file ${file} was cancelled by the sender`)));
        }
      }, (e) => settleFile(file, (w) => w.reject(e)));
      return done;
    };

    bot.react = (chatRef, itemId, emoji, add) => chat.apiChatItemReaction({
      chatRef: toChatRef(chatRef), chatItemId: itemId, add: add !== false, reaction: { type: 'emoji', emoji },
    });

    bot.deleteMessage = (chatRef, itemIds, mode) => chat.apiDeleteChatItem({
      chatRef: toChatRef(chatRef), chatItemIds: Array.isArray(itemIds) ? itemIds : [itemIds], deleteMode: mode || 'broadcast',
    });

    bot.addMember = (groupId, contactId, role) => chat.apiAddMember({ groupId, contactId, memberRole: role || 'member' });

    bot.removeMembers = (groupId, members, options) => chat.apiRemoveMembers({
      groupId, groupMemberIds: memberIds(members), withMessages: !!(options && options.withMessages),
    });
    bot.removeMember = bot.removeMembers;

    bot.blockMembers = (groupId, members, blocked) => chat.apiBlockMembersForAll({
      groupId, groupMemberIds: memberIds(members), blocked: blocked !== false,
    });
    bot.blockMember = bot.blockMembers;

    bot.isAdmin = (msg) => !!msg && isAdmin(msg);

    /** Size and SHA-256 of a file on this machine: a received file (or its path) or one to send. */
    bot.fileInfo = (file) => {
      const path = typeof file === 'string' ? file : file && file.filePath;
      if (typeof path !== 'string' || path === '') {
        throw new TypeError(`bot.fileInfo needs a file path or a received file, got ${JSON.stringify(file)}`);
      }
      if (!host || !host.files) throw new Error('bot.fileInfo is not available in this host');
      const facts = JSON.parse(host.files.describe(path));
      if (facts.error) {
        const error = new Error(`bot.fileInfo: ${facts.error}`);
        if (facts.name) error.name = facts.name;
        for (const key of ['path', 'flag']) if (facts[key] !== undefined) error[key] = facts[key];
        if (facts.name) error.command = 'fileInfo';
        throw error;
      }
      return { path, size: facts.size, sha256: facts.sha256 };
    };

    // Absolute path of the data directory's files area: where the CLI may save received files for the bot
    // (bot.receiveFile(file, { path: bot.filesDir })) and read files to send. Undefined without a data directory.
    bot.filesDir = host && typeof host.filesDir === 'string' ? host.filesDir : undefined;

    // ---- schedules ----

    function track(cancel) {
      let active = true;
      const once = () => {
        if (!active) return;
        active = false;
        schedules.delete(once);
        cancel();
      };
      schedules.add(once);
      return once;
    }

    bot.every = (duration, fn) => {
      const ms = parseDuration(duration);
      if (ms <= 0) throw new RangeError('bot.every needs a duration above zero');
      if (typeof fn !== 'function') throw new TypeError('bot.every needs a function');
      const id = setInterval(() => runSafely('bot.every task', fn), ms);
      return track(() => clearInterval(id));
    };

    bot.at = (date, fn) => {
      const when = date instanceof Date ? date.getTime() : typeof date === 'string' ? Date.parse(date) : date;
      if (!Number.isFinite(when)) throw new TypeError(`bot.at needs a Date, an ISO date string or epoch ms, got ${JSON.stringify(date)}`);
      if (typeof fn !== 'function') throw new TypeError('bot.at needs a function');
      let id;
      let cancel;
      const wait = () => {
        const delay = Math.max(0, when - Date.now());
        id = setTimeout(() => {
          if (delay > MAX_TIMER_DELAY) return wait();
          cancel();
          runSafely('bot.at task', fn);
        }, Math.min(delay, MAX_TIMER_DELAY));
      };
      cancel = track(() => clearTimeout(id));
      wait();
      return cancel;
    };

    bot.onUnload(() => {
      for (const cancel of [...schedules]) cancel();
      for (const fileId of [...fileWaiters.keys()]) {
        settleFile(fileId, (w) => w.reject(new Error('the script was unloaded')));
      }
    });

    // ---- storage ----

    bot.store = storeApi(host && host.store);
    bot.parseDuration = parseDuration;
    return bot;
  };

  function storeApi(store) {
    if (!store) {
      const missing = () => { throw new Error('bot.store needs a data directory: run simplex-bot with --data-dir'); };
      return Object.freeze({ get: missing, set: missing, delete: missing, keys: missing });
    }
    return Object.freeze({
      get(key) {
        const text = store.get(String(key));
        return text === null || text === undefined ? undefined : JSON.parse(text);
      },
      set(key, value) {
        const text = JSON.stringify(value);
        if (text === undefined) throw new TypeError(`bot.store.set("${key}"): the value must be JSON (not undefined or a function)`);
        store.set(String(key), text);
      },
      delete: (key) => store.delete(String(key)),
      keys: (prefix) => JSON.parse(store.keys(prefix === undefined ? '' : String(prefix))),
    });
  }
})();
