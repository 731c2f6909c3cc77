// A fake script environment for toolkit tests: a manual clock behind the timer globals, a `bot` whose
// bot.chat records every command and answers from a small model of the CLI's user/address state, and
// builders for the events the CLI sends. `cliState` (JSON text or null) restores a previous run's state.
// With `backend` (a host object: call(method, paramsJson) -> response JSON text) bot.chat goes there instead.
(function (cliState, backend) {
  'use strict';
  const clone = (v) => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));

  // ---- clock ----
  const clock = { now: Date.UTC(2025, 0, 1), nextId: 1, timers: new Map() };
  const schedule = (fn, ms, repeat) => {
    const id = clock.nextId++;
    const delay = Math.max(0, Number(ms) || 0);
    clock.timers.set(id, { at: clock.now + delay, fn, repeat: repeat ? Math.max(1, delay) : 0 });
    return id;
  };
  globalThis.setTimeout = (fn, ms) => schedule(fn, ms, false);
  globalThis.setInterval = (fn, ms) => schedule(fn, ms, true);
  globalThis.clearTimeout = globalThis.clearInterval = (id) => { clock.timers.delete(id); };
  Date.now = () => clock.now;
  /** Advances the clock, running due timers in time order. */
  globalThis.tick = (ms) => {
    const end = clock.now + (ms || 0);
    for (;;) {
      let next;
      for (const [id, t] of clock.timers) if (t.at <= end && (!next || t.at < next[1].at)) next = [id, t];
      if (!next) break;
      const [id, t] = next;
      clock.now = t.at;
      if (t.repeat) t.at += t.repeat; else clock.timers.delete(id);
      t.fn();
    }
    clock.now = end;
  };
  globalThis.pendingTimers = () => clock.timers.size;

  // ---- console ----
  globalThis.errors = [];
  console.error = (...args) => errors.push(args.join(' '));

  // ---- the CLI model ----
  const cli = cliState ? JSON.parse(cliState) : { user: null, address: null, nextItemId: 100 };
  globalThis.cliState = () => JSON.stringify(cli);
  globalThis.cli = cli;
  globalThis.log = [];
  const fail = (chatError) => { throw Object.assign(new Error('chatCmdError ' + JSON.stringify(chatError)), { chatError }); };
  const requireUser = () => cli.user || fail({ type: 'error', errorType: { type: 'noActiveUser' } });
  const SHORT = 'https://smp.example/a#short';

  const handlers = {
    showActiveUser: () => ({ type: 'activeUser', user: requireUser() }),
    createActiveUser: ({ newUser }) => {
      cli.user = { userId: 1, localDisplayName: newUser.profile.displayName,
        profile: Object.assign({ profileId: 1 }, newUser.profile, { localAlias: '' }) };
      return { type: 'activeUser', user: cli.user };
    },
    apiUpdateProfile: ({ profile }) => {
      const user = requireUser();
      user.profile = Object.assign({ profileId: 1 }, profile, { localAlias: '' });
      return { type: 'userProfileUpdated', user };
    },
    apiShowMyAddress: () => {
      requireUser();
      if (!cli.address) fail({ type: 'errorStore', storeError: { type: 'userContactLinkNotFound' } });
      return { type: 'userContactLink', user: cli.user, contactLink: cli.address };
    },
    apiCreateMyAddress: () => {
      cli.address = { userContactLinkId: 1, connLinkContact: { connFullLink: 'https://simplex.chat/contact#full', connShortLink: SHORT },
        shortLinkDataSet: true, shortLinkLargeDataSet: false, addressSettings: { businessAddress: false } };
      return { type: 'userContactLinkCreated', user: cli.user, connLinkContact: cli.address.connLinkContact };
    },
    apiSetAddressSettings: ({ settings }) => {
      cli.address.addressSettings = settings;
      return { type: 'userContactLinkUpdated', user: cli.user, contactLink: cli.address };
    },
    apiSetProfileAddress: ({ enable }) => {
      if (enable) cli.user.profile.contactLink = SHORT; else delete cli.user.profile.contactLink;
      return { type: 'userProfileUpdated', user: cli.user };
    },
    apiSendMessages: ({ sendRef, composedMessages }) => ({
      type: 'newChatItems',
      chatItems: composedMessages.map((m) => ({ chatInfo: { type: sendRef.chatType },
        chatItem: { chatDir: { type: sendRef.chatType + 'Snd' }, meta: { itemId: cli.nextItemId++ },
          content: { type: 'sndMsgContent', msgContent: m.msgContent } } })),
    }),
    receiveFile: ({ fileId }) => (cli.cancelledFiles || []).includes(fileId)
      ? { type: 'rcvFileAcceptedSndCancelled' }
      : (cli.badFiles || []).includes(fileId) ? fail({ type: 'error', errorType: { type: 'fileNotFound' } })
        : { type: 'rcvFileAccepted' },
  };

  const listeners = new Map();
  const unloadHooks = [];
  globalThis.bot = {
    name: 'test-bot',
    chat: new Proxy({}, {
      get: (_, name) => (params) => {
        log.push({ name, params: clone(params) });
        if (backend) {
          const response = JSON.parse(backend.call(name, params === undefined ? '{}' : JSON.stringify(params)));
          return response.type === 'chatCmdError'
            ? Promise.reject(Object.assign(new Error(name + ': ' + JSON.stringify(response.chatError)), { chatError: response.chatError }))
            : Promise.resolve(response);
        }
        const handler = handlers[name] || (() => ({ type: 'ok' }));
        try {
          return Promise.resolve(clone(handler(params)));
        } catch (e) {
          return Promise.reject(e);
        }
      },
    }),
    on: (type, handler) => {
      if (!listeners.has(type)) listeners.set(type, []);
      listeners.get(type).push(handler);
    },
    onUnload: (hook) => unloadHooks.push(hook),
  };
  globalThis.emitJson = (text) => emit(JSON.parse(text));
  globalThis.emit = (event) => (listeners.get(event.type) || []).forEach((h) => h(clone(event)));
  globalThis.unload = () => unloadHooks.forEach((h) => h());
  globalThis.commandNames = () => log.map((c) => c.name);
  globalThis.sent = () => log.filter((c) => c.name === 'apiSendMessages').map((c) => c.params);
  globalThis.sentTexts = () => sent().map((p) => p.composedMessages[0].msgContent.text);

  // ---- events ----
  const contact = (id, name) => ({ contactId: id, localDisplayName: name, profile: { displayName: name, fullName: '' } });
  let itemIds = 1;
  const item = (chatDir, text, extra) => Object.assign({
    chatDir, meta: { itemId: itemIds++ }, content: { type: 'rcvMsgContent', msgContent: { type: 'text', text } },
  }, extra || {});
  globalThis.direct = (text, from, opts) => {
    const [id, name] = from || [2, 'alice'];
    const o = opts || {};
    return { type: 'newChatItems', user: {}, chatItems: [{
      chatInfo: { type: 'direct', contact: contact(id, name) },
      chatItem: item({ type: o.sent ? 'directSnd' : 'directRcv' }, text, o.file ? {
        file: o.file, content: { type: o.sent ? 'sndMsgContent' : 'rcvMsgContent', msgContent: { type: 'file', text } },
      } : o.sent ? { content: { type: 'sndMsgContent', msgContent: { type: 'text', text } } } : {}),
    }] };
  };
  globalThis.group = (text, from) => {
    const [memberId, name, contactId] = from || [7, 'bob', undefined];
    return { type: 'newChatItems', user: {}, chatItems: [{
      chatInfo: { type: 'group', groupInfo: { groupId: 5, localDisplayName: 'team' } },
      chatItem: item({ type: 'groupRcv', groupMember: { groupMemberId: memberId, groupId: 5, localDisplayName: name,
        memberContactId: contactId } }, text),
    }] };
  };
});
