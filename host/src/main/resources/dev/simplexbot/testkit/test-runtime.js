// Evaluated once per test file, before the file itself (and after the web globals). Defines the globals `test` and
// `console`, and returns the runner's handle: the host lists the tests, runs one at a time, settles the promises of
// its operations (people, messages, groups, webhook calls) and hands stub servers' requests to their handlers, all
// on this context's thread.
(function (host, webGlobals) {
  'use strict';
  // The web globals' internals, their parts loaded on first use (see web/lazy.js).
  const web = new Proxy({}, { get: (target, key) => webGlobals.need('http')[key] });
  const g = globalThis;
  const RUNTIME_FILE = 'simplex-bot-test-runtime.js';
  Graal.setUnhandledPromiseRejectionHandler((reason) => host.log('warn', 'unhandled promise rejection: ' + describe(reason)));
  for (const key of ['load', 'loadWithNewGlobal', 'print', 'printErr', 'quit', 'exit', 'read', 'readbuffer', 'readline', 'Graal']) {
    try { delete g[key]; } catch (ignored) { /* not configurable */ }
  }

  function describe(value) {
    if (value instanceof Error) return value.stack || (value.name + ': ' + value.message);
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value); } catch (ignored) { return String(value); }
  }
  function show(value) {
    if (typeof value === 'string') return JSON.stringify(value);
    if (value instanceof RegExp) return String(value);
    if (value === undefined) return 'undefined';
    try { return JSON.stringify(value); } catch (ignored) { return String(value); }
  }
  const console = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug']) {
    console[level] = (...args) => host.log(level, args.map((a) => (typeof a === 'string' ? a : show(a))).join(' '));
  }
  g.console = Object.freeze(console);

  // ---- registration ----
  const tests = [];
  function register(name, fn, mode) {
    if (typeof name !== 'string' || name === '') throw new TypeError('test(name, fn): name must be a non-empty string');
    if (typeof fn !== 'function') throw new TypeError('test(name, fn): fn must be a function, e.g. async (t) => { ... }');
    tests.push({ name, fn, mode, site: callSite() });
  }
  const test = (name, fn) => register(name, fn, 'run');
  test.only = (name, fn) => register(name, fn, 'only');
  test.skip = (name, fn) => register(name, fn, 'skip');
  g.test = Object.freeze(test);

  // ---- host operations: each one a promise settled by the host on this thread ----
  const pending = new Map();
  let nextId = 1;
  function call(op, args, site) {
    return new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject, site, what: describeOp(op, args) });
      host.call(id, op, JSON.stringify(args));
    });
  }

  /** What a pending operation waits for, in words, for a test that never finishes. */
  function describeOp(op, args) {
    switch (op) {
      case 'nextMessage': return 'a message from the bot to ' + args.person;
      case 'nextGroupMessage': return 'a message from the bot to ' + args.person + ' in ' + args.group.name;
      case 'expectNoMessage': return 'the bot to settle (t.expectNoMessage)';
      case 'idle': return 'the bot to settle (t.idle)';
      case 'action': return args.name + (args.args && args.args.person ? ' by ' + args.args.person : '');
      default: return op + (args && args.person ? ' by ' + args.person : '');
    }
  }

  /** Where the test file called us: the first stack frame outside this runtime. */
  function callSite() {
    const frames = String(new Error().stack).split('\n').slice(1);
    for (const frame of frames) {
      if (frame.includes(RUNTIME_FILE)) continue;
      const at = /\(?([^()\s]+:\d+:\d+)\)?\s*$/.exec(frame);
      if (at) return at[1];
    }
    return undefined;
  }

  class TestFailure extends Error {
    constructor(message, site) {
      super(message);
      this.name = 'TestFailure';
      this.site = site;
    }
  }

  function group(handle) {
    if (!handle || typeof handle.groupId !== 'number') throw new TypeError('expected a group made by t.group(name, owner, ...members)');
    return { name: handle.name, groupId: handle.groupId };
  }

  const GROUP_ROLES = ['observer', 'author', 'member', 'moderator', 'admin', 'owner'];

  /**
   * t.group's first argument: a name, or { name, botRole, join }: the bot's role ("member" by default), and
   * join: false to only invite the bot, for bots that accept invitations themselves.
   */
  function groupOptions(nameOrOptions) {
    const options = typeof nameOrOptions === 'object' && nameOrOptions !== null ? nameOrOptions : { name: nameOrOptions };
    const botRole = options.botRole === undefined ? 'member' : options.botRole;
    if (!GROUP_ROLES.includes(botRole)) {
      throw new TypeError('t.group: botRole must be one of ' + GROUP_ROLES.join(', ') + ', got ' + show(botRole));
    }
    return { name: String(options.name), botRole, join: options.join !== false };
  }

  // ---- HTTP: the bot's webhooks, and stub servers standing in for the services it calls ----
  function base64(bytes) {
    let binary = '';
    for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return g.btoa(binary);
  }
  function fromBase64(text) {
    const binary = g.atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }
  /** t.http's body: text, bytes, or any other value as JSON (with its content type unless one is given). */
  function httpBody(body, headers) {
    if (body === undefined || body === null) return null;
    if (typeof body === 'string') return base64(web.encodeUtf8(body));
    if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return base64(web.bytesOf(body, 't.http'));
    if (!headers.has('content-type')) headers.set('content-type', 'application/json');
    return base64(web.encodeUtf8(JSON.stringify(body)));
  }

  const stubs = new Map();
  let nextStubId = 1;
  function stubHandler(handlerOrReply) {
    return typeof handlerOrReply === 'function' ? handlerOrReply : () => handlerOrReply;
  }
  async function startStub(originOrHandler, maybeHandler, site) {
    const origin = typeof originOrHandler === 'string' ? originOrHandler : undefined;
    const handler = stubHandler(origin === undefined ? originOrHandler : maybeHandler);
    const id = nextStubId++;
    const requests = [];
    stubs.set(id, { handler, requests });
    const started = await call('stub', { stubId: id, origin: origin === undefined ? null : origin }, site);
    return Object.freeze({
      url: started.url,
      /** The requests the stub got so far: { method, path, url, query, headers, body } with the body as text. */
      get requests() { return requests.slice(); },
    });
  }
  function answerStub(exchangeId, result) {
    web.sendReply(result, 'a stub handler',
      (status, headersJson, text) => host.stubRespondText(exchangeId, status, headersJson, text),
      (status, headersJson, buffer, offset, length) => host.stubRespondBytes(exchangeId, status, headersJson, buffer, offset, length));
  }
  function stubRequest(stubId, exchangeId, metaJson, bodyLength) {
    const stub = stubs.get(stubId);
    if (!stub) return;
    const meta = JSON.parse(metaJson);
    const request = web.incomingRequest(meta, bodyLength, (buffer) => host.stubBody(exchangeId, buffer));
    request.text().then((text) => {
      stub.requests.push(Object.freeze({
        method: request.method, path: request.path, url: request.url, query: request.query,
        headers: Object.fromEntries(request.headers), body: text,
      }));
    }).then(() => stub.handler(request)).then(
      (result) => answerStub(exchangeId, result),
      (error) => host.stubFailed(exchangeId, describe(error)));
  }

  function timeoutOf(options) {
    return options && options.timeout !== undefined ? Number(options.timeout) : null;
  }

  /** Runs a simulator action (the same vocabulary as the dev console's /sim and the control API). */
  function act(name, args, site) {
    return call('action', { name, args }, site);
  }

  /** Options objects: only the listed keys, so a typo fails instead of being ignored. */
  function optionsOf(options, allowed, what) {
    if (options === undefined || options === null) return {};
    if (typeof options !== 'object') throw new TypeError(what + ': options must be an object, got ' + show(options));
    for (const key of Object.keys(options)) {
      if (!allowed.includes(key)) throw new TypeError(what + ': unknown option ' + show(key) + ' (options: ' + allowed.join(', ') + ')');
    }
    return options;
  }

  /** Message options as the send action takes them: ttl (seconds) and live. */
  function sendArgs(options, what) {
    const o = optionsOf(options, ['ttl', 'live'], what);
    const args = {};
    if (o.ttl !== undefined) args.ttl = o.ttl;
    if (o.live !== undefined) args.live = o.live;
    return args;
  }

  function person(name) {
    const self = (args) => Object.assign({ person: name }, args);
    return Object.freeze({
      name,
      connect: (options) => act('connect', self({ incognito: optionsOf(options, ['incognito'], 'connect').incognito === true }), callSite()),
      useLink: (link) => act('useLink', self({ link: String(link) }), callSite()),
      send: (text, options) => act('send', self(Object.assign({ text: String(text) }, sendArgs(options, 'send'))), callSite())
        .then((r) => r.itemId),
      reply: (itemId, text, options) => act('send', self(Object.assign({ text: String(text), quotedItemId: itemId }, sendArgs(options, 'reply'))),
        callSite()).then((r) => r.itemId),
      edit: (itemId, text, options) => act('edit', self({ itemId, text: String(text), live: optionsOf(options, ['live'], 'edit').live === true }),
        callSite()),
      delete: (itemId) => act('delete', self({ itemId }), callSite()),
      react: (itemId, emoji, add) => act('react', self({ itemId, emoji: String(emoji), add: add !== false }), callSite()),
      sendFile: (path, text) => act('sendFile', self({ path: String(path), text: text === undefined ? '' : String(text) }), callSite())
        .then((r) => r.itemId),
      cancelFile: (itemId) => act('cancelFile', self({ itemId }), callSite()),
      sendReceipt: (itemId) => act('sendReceipt', self({ itemId }), callSite()),
      updateProfile: (profile) => act('updateProfile', self(optionsOf(profile, ['displayName', 'fullName', 'shortDescr'], 'updateProfile')),
        callSite()),
      deleteContact: () => act('deleteContact', self({}), callSite()),
      businessChat: () => act('businessChat', self({}), callSite()).then((g) => Object.freeze(g)),
      inviteBotToContact: (handle) => act('inviteBotToContact', self({ group: group(handle) }), callSite()),
      sendToGroup: (handle, text, options) => act('send', self(Object.assign({ group: group(handle), text: String(text) },
        sendArgs(options, 'sendToGroup'))), callSite()).then((r) => r.itemId),
      sendFileToGroup: (handle, path, text) => act('sendFile', self({ group: group(handle), path: String(path),
        text: text === undefined ? '' : String(text) }), callSite()).then((r) => r.itemId),
      join: (handle) => act('join', self({ group: group(handle) }), callSite()),
      leave: (handle) => act('leave', self({ group: group(handle) }), callSite()),
      addMember: (handle, member, role) => act('addMember', self(Object.assign({ group: group(handle),
        member: personName(member, 'addMember(group, person)') }, role === undefined ? {} : { role })), callSite()),
      removeMember: (handle, member, options) => act('removeMember', self({ group: group(handle),
        member: personName(member, 'removeMember(group, person)'),
        withMessages: optionsOf(options, ['withMessages'], 'removeMember').withMessages === true }), callSite()),
      removeBot: (handle, options) => act('removeBot', self({ group: group(handle),
        withMessages: optionsOf(options, ['withMessages'], 'removeBot').withMessages === true }), callSite()),
      changeRole: (handle, member, role) => act('changeRole', self({ group: group(handle),
        member: personName(member, 'changeRole(group, person, role)'), role }), callSite()),
      changeBotRole: (handle, role) => act('changeBotRole', self({ group: group(handle), role }), callSite()),
      block: (handle, member, blocked) => act('block', self({ group: group(handle),
        member: personName(member, 'block(group, person)'), blocked: blocked !== false }), callSite()),
      acceptMember: (handle, member, role) => act('acceptMember', self(Object.assign({ group: group(handle),
        member: personName(member, 'acceptMember(group, person)') }, role === undefined ? {} : { role })), callSite()),
      moderate: (handle, itemId) => act('moderate', self({ group: group(handle), itemId }), callSite()),
      updateGroup: (handle, profile) => act('updateGroup', self(Object.assign({ group: group(handle) },
        optionsOf(profile, ['displayName', 'fullName', 'description'], 'updateGroup'))), callSite()),
      deleteGroup: (handle) => act('deleteGroup', self({ group: group(handle) }), callSite()),
      groupLink: (groupName, ...members) => act('groupLink', self({ name: String(groupName),
        members: members.map((m) => personName(m, 'groupLink(name, ...members)')) }), callSite()).then((r) => r.link),
      businessAddress: () => act('businessAddress', self({}), callSite()).then((r) => r.link),
      messages: (handle) => act('messages', self(handle === undefined ? {} : { group: group(handle) }), callSite()),
      nextMessage: (options) => call('nextMessage', { person: name, timeout: timeoutOf(options) }, callSite()),
      nextGroupMessage: (handle, options) => call('nextGroupMessage', { person: name, group: group(handle), timeout: timeoutOf(options) }, callSite()),
      toString: () => name,
    });
  }

  function personName(p, what) {
    if (!p || typeof p.name !== 'string' || typeof p.send !== 'function') {
      throw new TypeError(what + ': expected a person from t.contact(name) or t.person(name), got ' + show(p));
    }
    return p.name;
  }

  function matches(message, expected) {
    if (typeof expected === 'string') return message.text === expected;
    if (expected instanceof RegExp) return typeof message.text === 'string' && expected.test(message.text);
    if (expected && typeof expected === 'object') {
      if (expected.text !== undefined && !matches(message, expected.text)) return false;
      if (expected.file !== undefined) {
        if (!message.file) return false;
        const wanted = expected.file;
        if (typeof wanted === 'string' && message.file.fileName !== wanted) return false;
        if (wanted instanceof RegExp && !wanted.test(message.file.fileName)) return false;
      }
      if (expected.quotedItemId !== undefined && message.quotedItemId !== expected.quotedItemId) return false;
      return true;
    }
    throw new TypeError('expected a string, a RegExp or {text, file, quotedItemId}, got ' + show(expected));
  }

  function showMessage(message) {
    const text = message.text === null || message.text === undefined ? 'a message without text' : show(message.text);
    return message.file ? text + ' with file ' + show(message.file.fileName) : text;
  }

  function showExpected(expected) {
    if (expected && typeof expected === 'object' && !(expected instanceof RegExp)) {
      const parts = [];
      if (expected.text !== undefined) parts.push(show(expected.text));
      if (expected.file !== undefined) parts.push('with file ' + show(expected.file));
      if (expected.quotedItemId !== undefined) parts.push('quoting item ' + expected.quotedItemId);
      return parts.join(' ');
    }
    return show(expected);
  }

  async function expectFrom(name, message, expected, where, site) {
    if (!matches(message, expected)) {
      throw new TestFailure(name + ' expected ' + showExpected(expected) + ' from the bot' + where + ', got ' + showMessage(message), site);
    }
    return message;
  }

  function makeT() {
    const t = {
      contact: async (name) => {
        await call('contact', { person: String(name) }, callSite());
        return person(String(name));
      },
      person: (name) => person(String(name)),
      group: async (nameOrOptions, owner, ...members) => {
        const site = callSite();
        const { name, botRole, join } = groupOptions(nameOrOptions);
        const made = await act('createGroup', {
          person: personName(owner, 't.group(name, owner, ...members)'),
          name,
          members: members.map((m) => personName(m, 't.group(name, owner, ...members)')),
          botRole,
          join,
        }, site);
        await call('idle', {}, site);
        return Object.freeze(made);
      },
      findGroup: (name) => call('findGroup', { name: String(name) }, callSite()).then((g) => Object.freeze(g)),
      network: (up) => act('network', { up: up === true }, callSite()),
      subscription: (status, options) => act('subscription', Object.assign({ status },
        optionsOf(options, ['error'], 't.subscription')), callSite()),
      deliveryError: (itemId, options) => act('deliveryError', Object.assign({ itemId },
        optionsOf(options, ['warning', 'reason'], 't.deliveryError')), callSite()),
      fileReceiveFault: (itemId, options) => act('fileReceiveFault', Object.assign({ itemId },
        optionsOf(options, ['warning'], 't.fileReceiveFault')), callSite()),
      fileSendFault: (options) => act('fileSendFault', optionsOf(options, ['warning'], 't.fileSendFault'), callSite()),
      autoReceiveFiles: (on) => act('autoReceiveFiles', { on: on !== false }, callSite()),
      chatError: (message) => act('chatError', { message: String(message) }, callSite()),
      chatErrors: (messages) => act('chatErrors', { messages: Array.isArray(messages) ? messages.map(String) : messages }, callSite()),
      messageError: (text, options) => act('messageError', Object.assign({ text: String(text) },
        optionsOf(options, ['severity'], 't.messageError')), callSite()),
      act: (name, args) => act(String(name), args === undefined ? {} : args, callSite()),
      fileInfo: (path) => call('fileInfo', { path: String(path) }, callSite()),
      expect: async (p, expected, options) => {
        const site = callSite();
        const name = personName(p, 't.expect(person, expected)');
        const message = await call('nextMessage', { person: name, timeout: timeoutOf(options) }, site);
        return expectFrom(name, message, expected, '', site);
      },
      expectGroup: async (p, handle, expected, options) => {
        const site = callSite();
        const name = personName(p, 't.expectGroup(person, group, expected)');
        const g2 = group(handle);
        const message = await call('nextGroupMessage', { person: name, group: g2, timeout: timeoutOf(options) }, site);
        return expectFrom(name, message, expected, ' in ' + g2.name, site);
      },
      expectNoMessage: (p, options) => call('expectNoMessage', {
        person: personName(p, 't.expectNoMessage(person)'),
        wait: options && options.wait !== undefined ? Number(options.wait) : null,
      }, callSite()),
      idle: () => call('idle', {}, callSite()),
      http: async (method, path, body, options) => {
        const site = callSite();
        const headers = new g.Headers(options && options.headers);
        const encoded = httpBody(body, headers);
        const answer = await call('http', {
          method: String(method).toUpperCase(), path: String(path), body: encoded, headers: [...headers],
        }, site);
        return web.receivedResponse({
          status: answer.status, statusText: '', url: answer.url, redirected: false, headers: answer.headers,
          bytes: fromBase64(answer.body),
        });
      },
      stub: (originOrHandler, handler) => startStub(originOrHandler, handler, callSite()),
      restartBot: () => call('restart', {}, callSite()),
      commands: () => call('commands', {}, callSite()),
      equal: (actual, expected, message) => {
        const same = Object.is(actual, expected)
          || (typeof actual === 'object' && typeof expected === 'object' && actual !== null && expected !== null
            && JSON.stringify(actual) === JSON.stringify(expected));
        if (!same) {
          throw new TestFailure((message ? message + ': ' : '') + 'expected ' + show(expected) + ', got ' + show(actual), callSite());
        }
      },
      ok: (value, message) => {
        if (!value) throw new TestFailure(message || 'expected a truthy value, got ' + show(value), callSite());
      },
      fail: (message) => {
        throw new TestFailure(message || 'failed', callSite());
      },
    };
    return Object.freeze(t);
  }

  function failureJson(error) {
    if (error instanceof TestFailure) return JSON.stringify({ message: error.message, site: error.site || null });
    if (error instanceof Error) {
      const stack = String(error.stack || '');
      let site = null;
      for (const frame of stack.split('\n').slice(1)) {
        if (frame.includes(RUNTIME_FILE)) continue;
        const at = /\(?([^()\s]+:\d+:\d+)\)?\s*$/.exec(frame);
        if (at) { site = at[1]; break; }
      }
      return JSON.stringify({ message: (error.name && error.name !== 'Error' ? error.name + ': ' : '') + error.message, site: error.site || site });
    }
    return JSON.stringify({ message: 'threw ' + show(error), site: null });
  }

  return Object.freeze({
    testsJson() {
      return JSON.stringify(tests.map((entry) => ({ name: entry.name, mode: entry.mode, site: entry.site || null })));
    },
    run(index) {
      pending.clear();
      const entry = tests[index];
      let result;
      try {
        result = Promise.resolve(entry.fn(makeT()));
      } catch (error) {
        result = Promise.reject(error);
      }
      result.then(() => host.done(index, null), (error) => host.done(index, failureJson(error)));
    },
    stuckJson() {
      const waiting = [...pending.values()].map((request) => ({ what: request.what, site: request.site || null }));
      return JSON.stringify({ waiting });
    },
    stubRequest,
    settle(id, resultJson, errorJson) {
      const request = pending.get(id);
      if (!request) return;
      pending.delete(id);
      if (errorJson === null) {
        request.resolve(resultJson === null ? undefined : JSON.parse(resultJson));
      } else {
        request.reject(new TestFailure(JSON.parse(errorJson).message, request.site));
      }
    },
  });
})
