// Web globals, part 6 of 6: Headers, Request and Response as the Fetch standard defines them, without streams: a body
// is a string or bytes, read whole with text(), json(), arrayBuffer() or bytes(). fetch itself is added for bot
// scripts (reach.js); these classes also serve the test kit and bot.onHttp.
(function (web, internals) {
  'use strict';
  const g = globalThis;
  const define = (name, value) => Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
  const { bytesOf, encodeUtf8, decodeUtf8 } = internals;
  const URLClass = g.URL;
  const URLSearchParamsClass = g.URLSearchParams;

  // ---- Headers ----
  const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
  const headersState = new WeakMap();
  function normalizeValue(value) {
    return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
  }
  function validate(name, value, what) {
    if (!TOKEN.test(name)) throw new TypeError(what + ': "' + name + '" is not a valid header name');
    if (/[\0\r\n]/.test(value)) throw new TypeError(what + ': the value of header "' + name + '" contains a line break or NUL');
  }
  function requireMutable(headers, what) {
    if (headersState.get(headers).immutable) throw new TypeError(what + ': these headers are immutable');
  }

  class Headers {
    constructor(init) {
      headersState.set(this, { list: [], immutable: false });
      if (init === undefined || init === null) return;
      if (init instanceof Headers) {
        for (const [name, value] of headersState.get(init).list) this.append(name, value);
      } else if (typeof init === 'object' && typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const items = Array.from(pair);
          if (items.length !== 2) throw new TypeError('Headers: each header must be a [name, value] pair');
          this.append(items[0], items[1]);
        }
      } else if (typeof init === 'object') {
        for (const name of Object.keys(init)) this.append(name, init[name]);
      } else {
        throw new TypeError('Headers: expected an object, an array of [name, value] pairs or Headers');
      }
    }
    append(name, value) {
      requireMutable(this, 'Headers.append');
      const key = String(name);
      const normalized = normalizeValue(value);
      validate(key, normalized, 'Headers.append');
      headersState.get(this).list.push([key.toLowerCase(), normalized]);
    }
    delete(name) {
      requireMutable(this, 'Headers.delete');
      const key = String(name).toLowerCase();
      const state = headersState.get(this);
      state.list = state.list.filter(([n]) => n !== key);
    }
    get(name) {
      const key = String(name).toLowerCase();
      const values = headersState.get(this).list.filter(([n]) => n === key).map(([, v]) => v);
      return values.length === 0 ? null : values.join(', ');
    }
    getSetCookie() {
      return headersState.get(this).list.filter(([n]) => n === 'set-cookie').map(([, v]) => v);
    }
    has(name) {
      const key = String(name).toLowerCase();
      return headersState.get(this).list.some(([n]) => n === key);
    }
    set(name, value) {
      requireMutable(this, 'Headers.set');
      const key = String(name);
      const normalized = normalizeValue(value);
      validate(key, normalized, 'Headers.set');
      const lower = key.toLowerCase();
      const state = headersState.get(this);
      const at = state.list.findIndex(([n]) => n === lower);
      if (at < 0) {
        state.list.push([lower, normalized]);
      } else {
        state.list[at] = [lower, normalized];
        state.list = state.list.filter(([n], i) => n !== lower || i === at);
      }
    }
    forEach(callback, thisArg) {
      if (typeof callback !== 'function') throw new TypeError('Headers.forEach: the callback must be a function');
      for (const [name, value] of this) callback.call(thisArg, value, name, this);
    }
    *entries() {
      const list = headersState.get(this).list;
      const names = [...new Set(list.map(([n]) => n))].sort();
      for (const name of names) {
        if (name === 'set-cookie') {
          for (const [n, v] of list) if (n === name) yield [name, v];
        } else {
          yield [name, this.get(name)];
        }
      }
    }
    *keys() { for (const [name] of this.entries()) yield name; }
    *values() { for (const [, value] of this.entries()) yield value; }
    [Symbol.iterator]() { return this.entries(); }
  }
  define('Headers', Headers);

  function immutableHeaders(pairs) {
    const headers = new Headers(pairs);
    headersState.get(headers).immutable = true;
    return headers;
  }
  const headerPairs = (headers) => headersState.get(headers).list.map((pair) => pair.slice());

  // ---- bodies ----
  /**
   * What a body init becomes: the bytes or text, and the content type it implies. Objects are refused rather than sent
   * as "[object Object]": JSON is what the caller writes with JSON.stringify.
   */
  function extractBody(init, what) {
    if (init === undefined || init === null) return null;
    if (typeof init === 'string') return { text: init, type: 'text/plain;charset=UTF-8' };
    if (init instanceof URLSearchParamsClass) return { text: init.toString(), type: 'application/x-www-form-urlencoded;charset=UTF-8' };
    if (init instanceof ArrayBuffer || ArrayBuffer.isView(init)) return { bytes: new Uint8Array(bytesOf(init, what)), type: null };
    throw new TypeError(what + ': the body must be a string, an ArrayBuffer or typed array, or URLSearchParams'
      + ' (to send JSON, pass JSON.stringify(value) and a content-type header)');
  }

  const bodies = new WeakMap();
  function bodyOf(owner) {
    return bodies.get(owner);
  }
  function consume(owner, what) {
    const state = bodyOf(owner);
    if (state.used) return Promise.reject(new TypeError(what + ': the body has already been read'));
    state.used = state.body !== null;
    return Promise.resolve(state.body);
  }
  const bytesFrom = (body) => (body === null ? new Uint8Array(0) : body.bytes ? body.bytes.slice() : encodeUtf8(body.text));
  const textFrom = (body) => (body === null ? '' : body.text !== undefined ? body.text : decodeUtf8(body.bytes));
  const bodyMethods = {
    get bodyUsed() { return bodyOf(this).used; },
    arrayBuffer() { return consume(this, 'arrayBuffer').then((body) => bytesFrom(body).buffer); },
    bytes() { return consume(this, 'bytes').then(bytesFrom); },
    text() { return consume(this, 'text').then(textFrom); },
    json() { return consume(this, 'json').then((body) => JSON.parse(textFrom(body))); },
  };
  function mixBody(type) {
    for (const key of Object.getOwnPropertyNames(bodyMethods)) {
      Object.defineProperty(type.prototype, key, Object.getOwnPropertyDescriptor(bodyMethods, key));
    }
  }

  // ---- Request ----
  const METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH'];
  const requests = new WeakMap();
  class Request {
    constructor(input, init = {}) {
      let url;
      let base = null;
      if (input instanceof Request) {
        base = requests.get(input);
        url = base.url;
      } else {
        try {
          url = new URLClass(String(input));
        } catch (error) {
          throw new TypeError('Request: invalid URL "' + String(input) + '" (fetch needs an absolute http or https URL)');
        }
        if (internals.hasCredentials(url)) {
          throw new TypeError('Request: the URL has credentials (user:password@); send them in an Authorization header');
        }
      }
      init = init === null || init === undefined ? {} : init;
      let method = init.method !== undefined ? String(init.method) : base ? base.method : 'GET';
      if (!TOKEN.test(method)) throw new TypeError('Request: "' + method + '" is not a valid method');
      if (METHODS.includes(method.toUpperCase())) method = method.toUpperCase();
      if (['CONNECT', 'TRACE', 'TRACK'].includes(method.toUpperCase())) throw new TypeError('Request: the method ' + method + ' is not allowed');
      const redirect = init.redirect !== undefined ? String(init.redirect) : base ? base.redirect : 'follow';
      if (!['follow', 'error', 'manual'].includes(redirect)) throw new TypeError('Request: redirect must be "follow", "error" or "manual"');
      let signal = base ? base.signal : null;
      if (init.signal !== undefined) {
        if (init.signal !== null && !internals.isSignal(init.signal)) throw new TypeError('Request: signal must be an AbortSignal');
        signal = init.signal;
      }
      const headers = new Headers(init.headers !== undefined ? init.headers : base ? base.headers : undefined);
      let body = null;
      if (init.body !== undefined && init.body !== null) {
        if (method === 'GET' || method === 'HEAD') throw new TypeError('Request: a ' + method + ' request cannot have a body');
        body = extractBody(init.body, 'Request');
        if (body.type && !headers.has('content-type')) headers.append('content-type', body.type);
      } else if (base && init.body === undefined) {
        const source = bodies.get(input);
        if (source.used) throw new TypeError('Request: the body of the request given has already been read');
        body = source.body;
      }
      requests.set(this, { url, method, headers, redirect, signal: signal || internals.newSignal() });
      bodies.set(this, { body, used: false });
    }
    get url() { return internals.urlForRequest(requests.get(this).url); }
    get method() { return requests.get(this).method; }
    get headers() { return requests.get(this).headers; }
    get redirect() { return requests.get(this).redirect; }
    get signal() { return requests.get(this).signal; }
    get body() { return null; }
    get cache() { return 'default'; }
    get credentials() { return 'same-origin'; }
    get mode() { return 'cors'; }
    get referrer() { return 'about:client'; }
    get keepalive() { return false; }
    clone() {
      if (bodyOf(this).used) throw new TypeError('Request.clone: the body has already been read');
      return new Request(this);
    }
  }
  mixBody(Request);
  define('Request', Request);

  // ---- Response ----
  const NULL_BODY_STATUS = [101, 103, 204, 205, 304];
  const REDIRECT_STATUS = [301, 302, 303, 307, 308];
  const responses = new WeakMap();
  class Response {
    constructor(body = null, init = {}) {
      init = init === null || init === undefined ? {} : init;
      const status = init.status === undefined ? 200 : Number(init.status);
      if (!Number.isInteger(status) || status < 200 || status > 599) throw new RangeError('Response: status must be an integer from 200 to 599, got ' + init.status);
      const statusText = init.statusText === undefined ? '' : String(init.statusText);
      if (/[\r\n]/.test(statusText)) throw new TypeError('Response: statusText must not contain a line break');
      const headers = new Headers(init.headers);
      const extracted = extractBody(body, 'Response');
      if (extracted !== null) {
        if (NULL_BODY_STATUS.includes(status)) throw new TypeError('Response: a ' + status + ' response cannot have a body');
        if (extracted.type && !headers.has('content-type')) headers.append('content-type', extracted.type);
      }
      responses.set(this, { status, statusText, headers, type: 'default', url: '', redirected: false });
      bodies.set(this, { body: extracted, used: false });
    }
    get type() { return responses.get(this).type; }
    get url() { return responses.get(this).url; }
    get redirected() { return responses.get(this).redirected; }
    get status() { return responses.get(this).status; }
    get ok() { const s = responses.get(this).status; return s >= 200 && s <= 299; }
    get statusText() { return responses.get(this).statusText; }
    get headers() { return responses.get(this).headers; }
    get body() { return null; }
    clone() {
      if (bodyOf(this).used) throw new TypeError('Response.clone: the body has already been read');
      const state = responses.get(this);
      const copy = Object.create(Response.prototype);
      responses.set(copy, Object.assign({}, state, { headers: cloneHeaders(state.headers) }));
      bodies.set(copy, { body: bodyOf(this).body, used: false });
      return copy;
    }
    static error() {
      const response = new Response(null, { status: 200 });
      Object.assign(responses.get(response), { status: 0, type: 'error' });
      headersState.get(responses.get(response).headers).immutable = true;
      return response;
    }
    static redirect(url, status = 302) {
      if (!REDIRECT_STATUS.includes(status)) throw new RangeError('Response.redirect: status must be one of ' + REDIRECT_STATUS.join(', '));
      const location = new URLClass(String(url)).href;
      const response = new Response(null, { status, headers: { location } });
      headersState.get(responses.get(response).headers).immutable = true;
      return response;
    }
    static json(data, init = {}) {
      const text = JSON.stringify(data);
      if (text === undefined) throw new TypeError('Response.json: the value cannot be serialised as JSON');
      const headers = new Headers(init && init.headers);
      if (!headers.has('content-type')) headers.set('content-type', 'application/json');
      return new Response(text, Object.assign({}, init, { headers }));
    }
  }
  function cloneHeaders(headers) {
    const copy = new Headers(headers);
    headersState.get(copy).immutable = headersState.get(headers).immutable;
    return copy;
  }
  mixBody(Response);
  define('Response', Response);

  for (const type of [Headers, Request, Response]) {
    Object.defineProperty(type.prototype, Symbol.toStringTag, { value: type.name, configurable: true });
  }
  internals.platformClasses.push(Headers, Request, Response);

  /** What fetch sends for a Request: method, URL (no fragment), header pairs, body ({text} or {bytes}), redirect, signal. */
  internals.requestParts = (request) => {
    const state = requests.get(request);
    const body = bodyOf(request);
    if (body.used) throw new TypeError('fetch: the request body has already been read');
    body.used = body.body !== null;
    return {
      method: state.method, url: internals.urlForRequest(state.url), headers: headerPairs(state.headers),
      body: body.body, redirect: state.redirect, signal: state.signal,
    };
  };
  /** A response that arrived over the network (its headers immutable), or any response the host builds. */
  internals.receivedResponse = ({ status, statusText, url, redirected, headers, bytes }) => {
    const response = Object.create(Response.prototype);
    responses.set(response, { status, statusText: statusText || '', headers: immutableHeaders(headers), type: 'basic', url: url || '', redirected: !!redirected });
    bodies.set(response, { body: bytes && bytes.length > 0 ? { bytes } : null, used: false });
    return response;
  };
  /** Status, header pairs and body of a Response, for a webhook's answer; marks it read. */
  internals.responseParts = (response) => {
    const state = responses.get(response);
    const body = bodyOf(response);
    if (body.used) throw new TypeError('the response body has already been read');
    body.used = body.body !== null;
    return { status: state.status, headers: headerPairs(state.headers), body: body.body };
  };
  /**
   * A request that came in over HTTP (a webhook's, or a test stub's): method, path, url, query, params, immutable
   * headers, and text()/json()/bytes()/arrayBuffer(), which may be called more than once. `fill(buffer)` copies the
   * body into an ArrayBuffer of `length` bytes the first time it is needed.
   */
  internals.incomingRequest = (meta, length, fill) => {
    let bytes = null;
    const read = () => {
      if (bytes === null) {
        bytes = new Uint8Array(length);
        if (length > 0) fill(bytes.buffer);
      }
      return bytes;
    };
    return Object.freeze({
      method: meta.method,
      path: meta.path,
      url: meta.url,
      query: Object.freeze(Object.fromEntries(new URLClass(meta.url).searchParams)),
      params: Object.freeze(meta.params || {}),
      headers: immutableHeaders(meta.headers),
      bytes: () => Promise.resolve().then(() => read().slice()),
      arrayBuffer: () => Promise.resolve().then(() => read().slice().buffer),
      text: () => Promise.resolve().then(() => decodeUtf8(read())),
      json: () => Promise.resolve().then(() => JSON.parse(decodeUtf8(read()))),
    });
  };

  const REPLY_KEYS = ['status', 'headers', 'body'];
  /**
   * What a handler's result answers: [status, header pairs, body ({text} or {bytes} or null)]. A string is text, bytes
   * are application/octet-stream, a Response is used as it is, { status, headers, body } as given (an object body as
   * JSON), nothing is 204, and any other value is JSON.
   */
  internals.replyParts = (result, what) => {
    if (result === undefined || result === null) return [204, [], null];
    if (responses.has(result)) {
      const parts = internals.responseParts(result);
      return [parts.status, parts.headers, parts.body];
    }
    if (typeof result === 'string') return [200, [['content-type', 'text/plain; charset=utf-8']], { text: result }];
    if (result instanceof ArrayBuffer || ArrayBuffer.isView(result)) {
      return [200, [['content-type', 'application/octet-stream']], extractBody(result, what)];
    }
    if (typeof result === 'object' && !Array.isArray(result) && Number.isInteger(result.status)
      && Object.keys(result).every((key) => REPLY_KEYS.includes(key))) {
      const headers = new Headers(result.headers);
      let body = null;
      const given = result.body;
      if (given !== undefined && given !== null) {
        if (typeof given === 'string' || given instanceof ArrayBuffer || ArrayBuffer.isView(given) || given instanceof URLSearchParamsClass) {
          body = extractBody(given, what);
          if (!headers.has('content-type')) headers.set('content-type', body.type || 'application/octet-stream');
        } else {
          body = { text: JSON.stringify(given) };
          if (!headers.has('content-type')) headers.set('content-type', 'application/json');
        }
      }
      return [result.status, headerPairs(headers), body];
    }
    const json = JSON.stringify(result);
    if (json === undefined) throw new TypeError(what + ' returned a value that is neither text nor JSON');
    return [200, [['content-type', 'application/json']], { text: json }];
  };
  /**
   * Sends a handler's result to the host: replyParts, then `text(status, headersJson, text)` for a text body or none,
   * `bytes(status, headersJson, buffer, offset, length)` for bytes.
   */
  internals.sendReply = (result, what, text, bytes) => {
    const [status, headers, body] = internals.replyParts(result, what);
    const headersJson = JSON.stringify(headers);
    if (body === null) text(status, headersJson, null);
    else if (body.text !== undefined) text(status, headersJson, body.text);
    else bytes(status, headersJson, ...internals.hostView(body.bytes));
  };
  internals.extractBody = extractBody;
  internals.immutableHeaders = immutableHeaders;
  internals.isResponse = (value) => responses.has(value);
  internals.isHeaders = (value) => headersState.has(value);
  internals.headerPairs = headerPairs;
  return internals;
})
