// Web globals, the loader: evaluated in every script and test context. Each global (URL, Headers, crypto, ...) is a
// getter that evaluates its part (events.js, encoding.js, url.js, clone.js, crypto.js, http.js, after the parts it
// needs) on first use, which replaces the getter with the value. A bot that uses none of them pays for none; a reload
// stays cheap. Returns the internals the parts share with the host's own scripts (reach.js, the test runtime), which
// ask for a part with internals.need(name).
(function (web) {
  'use strict';
  const g = globalThis;
  const internals = { platformClasses: [] };
  const DEPENDS = { events: [], encoding: ['events'], url: ['encoding'], clone: ['events'], crypto: ['encoding'], http: ['url'] };
  const loaded = new Set();
  function need(part) {
    if (!loaded.has(part)) {
      for (const dependency of DEPENDS[part]) need(dependency);
      loaded.add(part);
      web.load(part, internals);
    }
    return internals;
  }
  internals.need = need;
  const PROVIDED_BY = {
    DOMException: 'events', Event: 'events', EventTarget: 'events', AbortSignal: 'events', AbortController: 'events',
    TextEncoder: 'encoding', TextDecoder: 'encoding', atob: 'encoding', btoa: 'encoding',
    URL: 'url', URLSearchParams: 'url', structuredClone: 'clone', crypto: 'crypto', CryptoKey: 'crypto',
    Headers: 'http', Request: 'http', Response: 'http',
  };
  for (const name of Object.keys(PROVIDED_BY)) {
    Object.defineProperty(g, name, {
      configurable: true,
      enumerable: false,
      get() {
        need(PROVIDED_BY[name]);
        return g[name];
      },
      set(value) {
        Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
      },
    });
  }
  return internals;
})
