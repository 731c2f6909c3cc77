// Evaluated once per script context, before the bot module. It returns a function that the host
// calls with its bridge; everything the host needs later (dispatch, timers, settling commands,
// unload) comes back as one "runtime" object, so the bridge itself never becomes a global.
(function (host, name, methodNamesJson, stateJson, installToolkit, toolkitHost, installReach) {
  'use strict';
  const g = globalThis;
  // The promises async handlers returned, with their event type: a rejection nobody handles is reported as that
  // handler's failure. Cheaper per event than chaining a catch onto every handler's promise, which costs a promise
  // and a job even when the handler succeeds.
  const handlerPromises = new WeakMap();
  // Needs js.unhandled-rejections=handler; registered before the Graal global is removed below.
  Graal.setUnhandledPromiseRejectionHandler((reason, promise) => {
    const type = promise ? handlerPromises.get(promise) : undefined;
    host.failure(type === undefined ? 'unhandled promise rejection' : 'handler for ' + type + ' failed', describe(reason));
  });

  // Shell helpers of GraalJS that scripts do not need (file loading, raw printing, exiting).
  for (const key of ['load', 'loadWithNewGlobal', 'print', 'printErr', 'quit', 'exit', 'read', 'readbuffer', 'readline', 'Graal']) {
    try { delete g[key]; } catch (ignored) { /* not configurable: leave it */ }
  }

  function describe(value) {
    if (value instanceof Error) return value.stack || (value.name + ': ' + value.message);
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value); } catch (ignored) { return String(value); }
  }

  // A small util.format: %s %d %i %f %j %o %O %%, then the remaining arguments separated by spaces.
  function inspect(value) {
    if (typeof value === 'string') return value;
    if (value instanceof Error) return value.stack || String(value);
    if (typeof value === 'function') return '[Function: ' + (value.name || 'anonymous') + ']';
    if (value === undefined || typeof value === 'symbol' || typeof value === 'bigint') return String(value);
    try { return JSON.stringify(value); } catch (ignored) { return String(value); }
  }
  function format(args) {
    let rest = args;
    let head = '';
    if (typeof args[0] === 'string' && args[0].includes('%')) {
      let i = 1;
      head = args[0].replace(/%[sdifjoO%]/g, (token) => {
        if (token === '%%') return '%';
        if (i >= args.length) return token;
        const arg = args[i++];
        switch (token) {
          case '%s': return typeof arg === 'string' ? arg : inspect(arg);
          case '%d': return String(Number(arg));
          case '%i': return String(parseInt(arg, 10));
          case '%f': return String(parseFloat(arg));
          default: return inspect(arg);
        }
      });
      rest = args.slice(i);
      return [head].concat(rest.map(inspect)).join(' ');
    }
    return rest.map(inspect).join(' ');
  }
  const console = {};
  for (const level of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
    console[level] = (...args) => host.log(level, format(args));
  }
  g.console = Object.freeze(console);

  // Timers: callbacks stay here; the host only schedules ids and posts them back to this script's loop.
  const timers = new Map();
  let nextTimerId = 1;
  function addTimer(callback, delay, args, repeat) {
    if (typeof callback !== 'function') throw new TypeError('timer callback must be a function');
    const id = nextTimerId++;
    const ms = Math.max(0, Number(delay) || 0);
    timers.set(id, { callback, args, ms, repeat });
    const refused = host.schedule(id, ms);
    if (refused != null) {
      timers.delete(id);
      throw new RangeError(refused);
    }
    return id;
  }
  function clearTimer(id) {
    if (timers.delete(id)) host.cancel(id);
  }
  g.setTimeout = (callback, delay, ...args) => addTimer(callback, delay, args, false);
  g.setInterval = (callback, delay, ...args) => addTimer(callback, delay, args, true);
  g.clearTimeout = clearTimer;
  g.clearInterval = clearTimer;
  g.queueMicrotask = (callback) => {
    if (typeof callback !== 'function') throw new TypeError('queueMicrotask callback must be a function');
    Promise.resolve().then(() => callback());
  };

  // Commands: one promise per request id, settled by the host on this loop.
  const pending = new Map();
  let nextRequestId = 1;
  function toError(detail) {
    const error = new Error(detail.message);
    error.name = detail.name;
    for (const key of ['command', 'parameter', 'chatError', 'path', 'flag']) {
      if (detail[key] !== undefined && detail[key] !== null) error[key] = detail[key];
    }
    return error;
  }
  function chatErrorSummary(chatError) {
    let summary = String(chatError && chatError.type);
    for (const key of Object.keys(chatError || {})) {
      const inner = chatError[key];
      if (inner && typeof inner === 'object' && typeof inner.type === 'string') return summary + '/' + inner.type;
    }
    return summary;
  }
  // A command's response, parsed only when the script first looks at it: most bots await a send and never read
  // what it returns, and parsing a 3 KB response is a large part of an interpreted command's cost. The proxy's
  // target becomes the parsed object itself, so every operation, freezing included, behaves as on a plain object.
  // Until then the target holds only the text, under a symbol no script can name. One handler serves every response.
  const UNPARSED = Symbol('unparsed');
  function parsed(target) {
    const json = target[UNPARSED];
    if (json !== undefined) {
      delete target[UNPARSED];
      Object.assign(target, JSON.parse(json));
    }
    return target;
  }
  const lazyResponseHandler = Object.freeze({
    // Settling a promise asks for `then`. The host parses a response whose text has a "then" key at once, so an
    // unparsed one has none.
    get(target, key) {
      if (key === 'then' && target[UNPARSED] !== undefined) return undefined;
      return Reflect.get(parsed(target), key);
    },
    set: (target, key, value) => Reflect.set(parsed(target), key, value),
    has: (target, key) => Reflect.has(parsed(target), key),
    deleteProperty: (target, key) => Reflect.deleteProperty(parsed(target), key),
    ownKeys: (target) => Reflect.ownKeys(parsed(target)),
    getOwnPropertyDescriptor: (target, key) => Reflect.getOwnPropertyDescriptor(parsed(target), key),
    defineProperty: (target, key, descriptor) => Reflect.defineProperty(parsed(target), key, descriptor),
    preventExtensions: (target) => Reflect.preventExtensions(parsed(target)),
    isExtensible: (target) => Reflect.isExtensible(parsed(target)),
    getPrototypeOf: (target) => Reflect.getPrototypeOf(parsed(target)),
    setPrototypeOf: (target, proto) => Reflect.setPrototypeOf(parsed(target), proto),
  });
  function response(json, thenKey) {
    return thenKey ? JSON.parse(json) : new Proxy({ [UNPARSED]: json }, lazyResponseHandler);
  }
  function request(method, send) {
    return new Promise((resolve, reject) => {
      const id = nextRequestId++;
      pending.set(id, { method, resolve, reject });
      const problem = send(id);
      if (problem != null) {
        pending.delete(id);
        reject(toError(JSON.parse(problem)));
      }
    });
  }
  const chat = {};
  for (const method of JSON.parse(methodNamesJson)) {
    chat[method] = (params) => request(method, (id) => host.send(id, method, params === undefined ? null : JSON.stringify(params)));
  }
  chat.raw = (command) => request('raw', (id) => host.raw(id, String(command)));
  Object.freeze(chat);

  // Events. The host hands the script only events of types it has handlers for (told when that changes).
  const handlers = new Map();
  function on(type, handler) {
    if (typeof type !== 'string' || type === '') throw new TypeError('bot.on(type, handler): type must be an event type or "*"');
    if (typeof handler !== 'function') throw new TypeError('bot.on(type, handler): handler must be a function');
    const list = handlers.get(type) || [];
    list.push(handler);
    handlers.set(type, list);
    if (list.length === 1) host.handles(type, true);
    return () => {
      const current = handlers.get(type);
      const at = current ? current.indexOf(handler) : -1;
      if (at >= 0) {
        current.splice(at, 1);
        if (current.length === 0) host.handles(type, false);
      }
    };
  }
  function runHandler(handler, event, type) {
    try {
      const result = handler(event);
      if (result instanceof Promise) {
        handlerPromises.set(result, type);
      } else if (result && typeof result.then === 'function') {
        result.then(undefined, (error) => host.failure('handler for ' + type + ' failed', describe(error)));
      }
    } catch (error) {
      host.failure('handler for ' + type + ' failed', describe(error));
    }
  }
  function runHandlers(list, event, type) {
    if (list.length === 1) {
      runHandler(list[0], event, type);
    } else {
      for (const handler of list.slice()) runHandler(handler, event, type);
    }
  }

  const unloadHooks = [];
  let state = stateJson == null ? {} : JSON.parse(stateJson);
  const botApi = {
    name,
    chat,
    on,
    onUnload(hook) {
      if (typeof hook !== 'function') throw new TypeError('bot.onUnload(hook): hook must be a function');
      unloadHooks.push(hook);
    },
    get state() { return state; },
    set state(value) { state = value; },
  };
  // The toolkit (setup, onMessage/onCommand, helpers, bot.store, schedules) extends bot before it is frozen.
  if (installToolkit) installToolkit(botApi, toolkitHost);
  // bot.env and bot.onHttp (reach.js).
  if (installReach) installReach(botApi);
  const bot = Object.freeze(botApi);

  return Object.freeze({
    start(main, config) {
      // `export const config` sets the bot up; setup waits a turn, so commands registered by main are in the menu.
      if (config !== undefined && config !== null) bot.setup(config);
      const result = main(bot);
      if (result && typeof result.then === 'function') {
        result.then(undefined, (error) => host.startRejected(describe(error)));
      }
    },
    dispatch(type, json) {
      const typed = handlers.get(type);
      const any = handlers.get('*');
      const forType = typed !== undefined && typed.length > 0;
      const forAny = any !== undefined && any.length > 0;
      if (!forType && !forAny) return;
      const event = JSON.parse(json);
      if (forType) runHandlers(typed, event, type);
      if (forAny) runHandlers(any, event, type);
    },
    fire(id) {
      const timer = timers.get(id);
      if (!timer) return;
      if (!timer.repeat) {
        timers.delete(id);
      } else if (host.schedule(id, timer.ms) != null) {
        timers.delete(id);
        host.failure('setInterval stopped', 'too many timers pending to schedule it again');
      }
      try {
        timer.callback(...timer.args);
      } catch (error) {
        host.failure('timer callback failed', describe(error));
      }
    },
    settle(id, responseJson, errorJson, thenKey) {
      const request = pending.get(id);
      if (request === undefined) return;
      pending.delete(id);
      if (errorJson === null) {
        request.resolve(response(responseJson, thenKey));
        return;
      }
      const detail = JSON.parse(errorJson);
      detail.message = detail.name === 'ChatCommandError' && detail.chatError
        ? request.method + ' failed: ' + chatErrorSummary(detail.chatError)
        : request.method + ' failed: ' + detail.message;
      request.reject(toError(detail));
    },
    unload() {
      timers.clear();
      for (const hook of unloadHooks.splice(0)) {
        try { hook(); } catch (error) { host.failure('onUnload hook failed', describe(error)); }
      }
    },
    stateJson() {
      try {
        return state === undefined ? null : JSON.stringify(state);
      } catch (error) {
        host.failure('bot.state is not JSON-serialisable and is not carried to the new version', describe(error));
        return null;
      }
    },
  });
})
