// Web globals, part 1 of 6 (loaded by lazy.js on first use): DOMException, Event, EventTarget, AbortSignal,
// AbortController. Adds its internal hooks to `internals` (never a global); internals.platformClasses lists the classes
// whose instances structuredClone refuses, as platform objects are not data.
(function (web, internals) {
  'use strict';
  const g = globalThis;
  const define = (name, value) => Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });

  const LEGACY_CODES = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11, SyntaxError: 12,
    InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15, TypeMismatchError: 17, SecurityError: 18,
    NetworkError: 19, AbortError: 20, URLMismatchError: 21, QuotaExceededError: 22, TimeoutError: 23,
    InvalidNodeTypeError: 24, DataCloneError: 25,
  };

  class DOMException extends Error {
    constructor(message = '', options = 'Error') {
      super(String(message));
      const name = typeof options === 'object' && options !== null ? (options.name === undefined ? 'Error' : String(options.name)) : String(options);
      Object.defineProperty(this, 'name', { value: name, writable: true, configurable: true, enumerable: false });
      if (typeof options === 'object' && options !== null && 'cause' in options) {
        Object.defineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true, enumerable: false });
      }
    }
    get code() { return LEGACY_CODES[this.name] || 0; }
  }
  // The legacy constants (DOMException.ABORT_ERR, ...) are left out: defining 50 properties per context costs more
  // than they are worth; `code` still gives the legacy number.
  define('DOMException', DOMException);

  // ---- Event and EventTarget ----
  const eventState = new WeakMap();
  class Event {
    constructor(type, init = {}) {
      if (arguments.length === 0) throw new TypeError("Event constructor: 1 argument required, but only 0 present");
      eventState.set(this, {
        type: String(type), bubbles: !!init.bubbles, cancelable: !!init.cancelable, composed: !!init.composed,
        defaultPrevented: false, target: null, currentTarget: null, stopImmediate: false, timeStamp: Date.now(),
      });
    }
    get type() { return eventState.get(this).type; }
    get bubbles() { return eventState.get(this).bubbles; }
    get cancelable() { return eventState.get(this).cancelable; }
    get composed() { return eventState.get(this).composed; }
    get defaultPrevented() { return eventState.get(this).defaultPrevented; }
    get target() { return eventState.get(this).target; }
    get currentTarget() { return eventState.get(this).currentTarget; }
    get srcElement() { return eventState.get(this).target; }
    get timeStamp() { return eventState.get(this).timeStamp; }
    get isTrusted() { return false; }
    get eventPhase() { return eventState.get(this).currentTarget ? 2 : 0; }
    preventDefault() { const s = eventState.get(this); if (s.cancelable) s.defaultPrevented = true; }
    stopPropagation() { }
    stopImmediatePropagation() { eventState.get(this).stopImmediate = true; }
    composedPath() { const s = eventState.get(this); return s.currentTarget ? [s.currentTarget] : []; }
  }
  Object.assign(Event, { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 });
  define('Event', Event);

  function reportListenerError(error) {
    const log = g.console && g.console.error;
    if (typeof log === 'function') log('event listener threw:', error);
  }

  const listenersOf = new WeakMap();
  class EventTarget {
    constructor() { listenersOf.set(this, new Map()); }
    addEventListener(type, listener, options) {
      if (listener === null || listener === undefined) return;
      const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
      const once = !!(options && typeof options === 'object' && options.once);
      const signal = options && typeof options === 'object' ? options.signal : undefined;
      if (signal !== undefined && signal.aborted) return;
      const map = listenersOf.get(this);
      const list = map.get(String(type)) || [];
      if (list.some((l) => l.listener === listener && l.capture === capture)) return;
      const entry = { listener, capture, once, removed: false };
      list.push(entry);
      map.set(String(type), list);
      if (signal !== undefined) {
        signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }));
      }
    }
    removeEventListener(type, listener, options) {
      const capture = typeof options === 'boolean' ? options : !!(options && options.capture);
      const map = listenersOf.get(this);
      const list = map.get(String(type));
      if (!list) return;
      const at = list.findIndex((l) => l.listener === listener && l.capture === capture);
      if (at >= 0) {
        list[at].removed = true;
        list.splice(at, 1);
      }
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) throw new TypeError("EventTarget.dispatchEvent: argument 1 is not an Event");
      const state = eventState.get(event);
      state.target = this;
      state.currentTarget = this;
      const handlerName = 'on' + state.type;
      const list = (listenersOf.get(this).get(state.type) || []).slice();
      for (const entry of list) {
        if (entry.removed) continue;
        if (entry.once) this.removeEventListener(state.type, entry.listener, { capture: entry.capture });
        try {
          if (typeof entry.listener === 'function') entry.listener.call(this, event);
          else if (entry.listener && typeof entry.listener.handleEvent === 'function') entry.listener.handleEvent(event);
        } catch (error) {
          reportListenerError(error);
        }
        if (state.stopImmediate) break;
      }
      const attribute = handlerAttributes.get(this);
      const handler = attribute && attribute[handlerName];
      if (typeof handler === 'function' && !state.stopImmediate) {
        try { handler.call(this, event); } catch (error) { reportListenerError(error); }
      }
      state.currentTarget = null;
      return !state.defaultPrevented;
    }
  }
  define('EventTarget', EventTarget);
  // `onabort` and the like: a handler called after the listeners (a simplification of the web's ordering).
  const handlerAttributes = new WeakMap();

  // ---- AbortSignal and AbortController ----
  const CREATE = Symbol('create');
  const signals = new WeakMap();
  function newSignal() {
    return new AbortSignal(CREATE);
  }
  function defaultReason() {
    return new DOMException('This operation was aborted', 'AbortError');
  }
  function signalAbort(signal, reason) {
    const state = signals.get(signal);
    if (state.aborted) return;
    state.aborted = true;
    state.reason = reason === undefined ? defaultReason() : reason;
    for (const algorithm of state.algorithms.splice(0)) {
      try { algorithm(state.reason); } catch (error) { reportListenerError(error); }
    }
    signal.dispatchEvent(new Event('abort'));
    for (const dependent of state.dependents.splice(0)) {
      const target = dependent.deref ? dependent.deref() : dependent;
      if (target) signalAbort(target, state.reason);
    }
  }

  class AbortSignal extends EventTarget {
    constructor(token) {
      if (token !== CREATE) throw new TypeError('Illegal constructor: use new AbortController().signal or AbortSignal.abort()');
      super();
      signals.set(this, { aborted: false, reason: undefined, algorithms: [], dependents: [] });
      handlerAttributes.set(this, { onabort: null });
    }
    get aborted() { return signals.get(this).aborted; }
    get reason() { return signals.get(this).reason; }
    get onabort() { return handlerAttributes.get(this).onabort; }
    set onabort(handler) { handlerAttributes.get(this).onabort = typeof handler === 'function' ? handler : null; }
    throwIfAborted() {
      const state = signals.get(this);
      if (state.aborted) throw state.reason;
    }
    static abort(reason) {
      const signal = newSignal();
      signalAbort(signal, reason);
      return signal;
    }
    static timeout(milliseconds) {
      const ms = Number(milliseconds);
      if (!Number.isFinite(ms) || ms < 0) throw new TypeError('AbortSignal.timeout: milliseconds must be a non-negative number');
      if (typeof g.setTimeout !== 'function') throw new DOMException('AbortSignal.timeout needs timers, which this context has not', 'NotSupportedError');
      const signal = newSignal();
      g.setTimeout(() => signalAbort(signal, new DOMException('The operation timed out.', 'TimeoutError')), ms);
      return signal;
    }
    static any(list) {
      const signal = newSignal();
      for (const source of list) {
        if (!(source instanceof AbortSignal)) throw new TypeError('AbortSignal.any: every element must be an AbortSignal');
        if (source.aborted) {
          signalAbort(signal, source.reason);
          return signal;
        }
      }
      for (const source of list) signals.get(source).dependents.push(signal);
      return signal;
    }
  }
  define('AbortSignal', AbortSignal);

  const controllers = new WeakMap();
  class AbortController {
    constructor() { controllers.set(this, newSignal()); }
    get signal() { return controllers.get(this); }
    abort(reason) { signalAbort(controllers.get(this), reason); }
  }
  define('AbortController', AbortController);

  for (const type of [DOMException, Event, EventTarget, AbortSignal, AbortController]) {
    Object.defineProperty(type.prototype, Symbol.toStringTag, { value: type.name, configurable: true });
  }
  internals.platformClasses.push(Event, EventTarget, AbortController);

  /** Runs `algorithm(reason)` when `signal` aborts (before the abort event); returns a function that unregisters it. */
  internals.onAbort = (signal, algorithm) => {
    const state = signals.get(signal);
    if (!state) return () => {};
    state.algorithms.push(algorithm);
    return () => {
      const at = state.algorithms.indexOf(algorithm);
      if (at >= 0) state.algorithms.splice(at, 1);
    };
  };
  internals.newSignal = newSignal;
  internals.isSignal = (value) => signals.has(value);
  return internals;
})
