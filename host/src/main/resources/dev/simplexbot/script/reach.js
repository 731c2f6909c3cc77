// What a bot reaches beyond SimpleX, under the operator's grants: the global fetch (--allow-net), bot.env
// (--allow-env) and bot.onHttp (--http). Evaluated in each bot's context after the web globals; returns the runtime
// the host calls (install on `bot` before it is frozen, settle fetches, run webhook handlers).
(function (host, envJson, webGlobals) {
  'use strict';
  const g = globalThis;
  // The web globals' internals, their parts loaded on first use (see web/lazy.js).
  const web = new Proxy({}, { get: (target, key) => webGlobals.need('http')[key] });

  function describe(value) {
    if (value instanceof Error) return value.stack || (value.name + ': ' + value.message);
    if (typeof value === 'string') return value;
    try { return JSON.stringify(value); } catch (ignored) { return String(value); }
  }
  function toError(detail) {
    const error = detail.name === 'TypeError' ? new TypeError(detail.message) : new Error(detail.message);
    if (detail.name !== 'TypeError') error.name = detail.name;
    return error;
  }

  // ---- fetch ----
  const pending = new Map();
  let nextFetchId = 1;

  function fetch(input, init) {
    return new Promise((resolve, reject) => {
      const request = new g.Request(input, init);
      const parts = web.requestParts(request);
      const signal = parts.signal;
      if (signal.aborted) {
        reject(signal.reason);
        return;
      }
      const id = nextFetchId++;
      const meta = JSON.stringify({ method: parts.method, url: parts.url, headers: parts.headers, redirect: parts.redirect });
      let refused;
      if (parts.body === null) {
        refused = host.fetchText(id, meta, null);
      } else if (parts.body.text !== undefined) {
        refused = host.fetchText(id, meta, parts.body.text);
      } else {
        const [buffer, offset, length] = web.hostView(parts.body.bytes);
        refused = host.fetchBytes(id, meta, buffer, offset, length);
      }
      if (refused != null) {
        reject(toError(JSON.parse(refused)));
        return;
      }
      const stopListening = web.onAbort(signal, (reason) => {
        if (!pending.has(id)) return;
        pending.delete(id);
        host.abort(id);
        reject(reason);
      });
      pending.set(id, { resolve, reject, stopListening });
    });
  }
  Object.defineProperty(g, 'fetch', { value: fetch, writable: true, configurable: true, enumerable: false });

  function fetched(id, metaJson, bodyLength, errorJson) {
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    request.stopListening();
    if (errorJson != null) {
      request.reject(toError(JSON.parse(errorJson)));
      return;
    }
    const meta = JSON.parse(metaJson);
    const bytes = new Uint8Array(bodyLength);
    if (bodyLength > 0) host.takeBody(id, bytes.buffer);
    request.resolve(web.receivedResponse({
      status: meta.status, statusText: meta.statusText, url: meta.url, redirected: meta.redirected,
      headers: meta.headers, bytes,
    }));
  }

  // ---- bot.env ----
  const env = Object.freeze(JSON.parse(envJson));

  // ---- bot.onHttp ----
  const routes = new Map();
  let nextRouteId = 1;
  const METHOD = /^[A-Za-z]+$|^\*$/;

  function onHttp(method, path, handler) {
    if (typeof method !== 'string' || !METHOD.test(method)) throw new TypeError('bot.onHttp(method, path, handler): method must be an HTTP method such as "POST", or "*"');
    if (typeof path !== 'string' || !path.startsWith('/')) throw new TypeError('bot.onHttp(method, path, handler): path must start with "/", e.g. "/github"');
    if (typeof handler !== 'function') throw new TypeError('bot.onHttp(method, path, handler): handler must be a function');
    const id = nextRouteId++;
    const problem = host.route(id, method.toUpperCase(), path);
    if (problem != null) throw new TypeError('bot.onHttp(' + JSON.stringify(method) + ', ' + JSON.stringify(path) + '): ' + problem);
    routes.set(id, handler);
    return () => {
      if (routes.delete(id)) host.unroute(id);
    };
  }

  function respond(exchangeId, result) {
    web.sendReply(result, 'bot.onHttp handler',
      (status, headersJson, text) => host.respondText(exchangeId, status, headersJson, text),
      (status, headersJson, buffer, offset, length) => host.respondBytes(exchangeId, status, headersJson, buffer, offset, length));
  }

  function failed(exchangeId, route, error) {
    host.handlerFailed(exchangeId, 'HTTP handler for ' + route + ' failed', describe(error));
  }

  function http(exchangeId, routeId, requestJson, bodyLength) {
    const handler = routes.get(routeId);
    const meta = JSON.parse(requestJson);
    const route = meta.method + ' ' + meta.route;
    if (!handler) {
      host.handlerFailed(exchangeId, 'HTTP route ' + route, 'removed before the request ran');
      return;
    }
    const request = web.incomingRequest(meta, bodyLength, (buffer) => host.requestBody(exchangeId, buffer));
    let result;
    try {
      result = handler(request);
    } catch (error) {
      failed(exchangeId, route, error);
      return;
    }
    if (result && typeof result.then === 'function') {
      result.then((value) => {
        try { respond(exchangeId, value); } catch (error) { failed(exchangeId, route, error); }
      }, (error) => failed(exchangeId, route, error));
    } else {
      try { respond(exchangeId, result); } catch (error) { failed(exchangeId, route, error); }
    }
  }

  return Object.freeze({
    install(bot) {
      Object.defineProperty(bot, 'env', { value: env, enumerable: true });
      bot.onHttp = onHttp;
    },
    fetched,
    http,
  });
})
