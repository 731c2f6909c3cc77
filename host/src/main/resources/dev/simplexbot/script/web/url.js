// Web globals, part 3 of 6: URL and URLSearchParams, after the WHATWG URL standard's basic URL parser (its state
// machine, host parsing with IPv4/IPv6, percent-encode sets and serialisation). Domain names are lower-cased, NFC
// normalised and Punycode-encoded; the full UTS 46 mapping table is not applied.
(function (web, internals) {
  'use strict';
  const g = globalThis;
  const define = (name, value) => Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
  const { encodeUtf8, decodeUtf8 } = internals;

  const SPECIAL = { 'ftp:': 21, 'file:': null, 'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443 };
  const isSpecialScheme = (scheme) => Object.prototype.hasOwnProperty.call(SPECIAL, scheme + ':');
  const defaultPort = (scheme) => (isSpecialScheme(scheme) ? SPECIAL[scheme + ':'] : null);
  const FAILURE = Symbol('failure');

  // ---- percent-encode sets ----
  const inC0 = (c) => c < 0x20 || c > 0x7e;
  const inFragment = (c) => inC0(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
  const inQuery = (c) => inC0(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
  const inSpecialQuery = (c) => inQuery(c) || c === 0x27;
  const inPath = (c) => inQuery(c) || c === 0x3f || c === 0x5e || c === 0x60 || c === 0x7b || c === 0x7d;
  const inUserinfo = (c) => inPath(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40
    || (c >= 0x5b && c <= 0x5e) || c === 0x7c;
  const inComponent = (c) => inUserinfo(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
  const inForm = (c) => inComponent(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;

  const hex = (b) => '%' + (b < 16 ? '0' : '') + b.toString(16).toUpperCase();

  /** Percent-encodes one code point (as a string) when it is in `set`. */
  function encodePoint(point, set) {
    const c = point.codePointAt(0);
    if (!set(c)) return point;
    let out = '';
    for (const b of encodeUtf8(point)) out += hex(b);
    return out;
  }
  function encodeString(text, set, spaceAsPlus) {
    let plain = true;
    for (let i = 0; plain && i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (set(c) || (spaceAsPlus && c === 0x20)) plain = false;
    }
    if (plain) return text;
    let out = '';
    for (const point of text) out += spaceAsPlus && point === ' ' ? '+' : encodePoint(point, set);
    return out;
  }
  const isHex = (c) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

  /** Percent-decodes a string's UTF-8 bytes. */
  function percentDecode(text) {
    const bytes = encodeUtf8(text);
    const out = [];
    for (let i = 0; i < bytes.length; i++) {
      if (bytes[i] === 0x25 && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2])) {
        out.push(parseInt(String.fromCharCode(bytes[i + 1], bytes[i + 2]), 16));
        i += 2;
      } else {
        out.push(bytes[i]);
      }
    }
    return new Uint8Array(out);
  }

  // ---- hosts ----
  const FORBIDDEN_HOST = new Set([0x00, 0x09, 0x0a, 0x0d, 0x20, 0x23, 0x2f, 0x3a, 0x3c, 0x3e, 0x3f, 0x40, 0x5b, 0x5c, 0x5d, 0x5e, 0x7c]);
  const forbiddenHost = (c) => FORBIDDEN_HOST.has(c);
  const forbiddenDomain = (c) => forbiddenHost(c) || c <= 0x1f || c === 0x25 || c === 0x7f;

  function punycode(label) {
    const points = Array.from(label, (ch) => ch.codePointAt(0));
    const base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700;
    let n = 128, delta = 0, bias = 72;
    let out = points.filter((c) => c < 0x80).map((c) => String.fromCharCode(c)).join('');
    const basic = out.length;
    let handled = basic;
    if (basic > 0) out += '-';
    const digit = (d) => String.fromCharCode(d + 22 + 75 * (d < 26));
    const adapt = (d, count, first) => {
      d = first ? Math.floor(d / damp) : d >> 1;
      d += Math.floor(d / count);
      let k = 0;
      while (d > ((base - tMin) * tMax) >> 1) { d = Math.floor(d / (base - tMin)); k += base; }
      return k + Math.floor(((base - tMin + 1) * d) / (d + skew));
    };
    while (handled < points.length) {
      const m = Math.min(...points.filter((c) => c >= n));
      delta += (m - n) * (handled + 1);
      n = m;
      for (const c of points) {
        if (c < n) delta++;
        if (c === n) {
          let q = delta;
          for (let k = base; ; k += base) {
            const t = k <= bias ? tMin : k >= bias + tMax ? tMax : k - bias;
            if (q < t) break;
            out += digit(t + ((q - t) % (base - t)));
            q = Math.floor((q - t) / (base - t));
          }
          out += digit(q);
          bias = adapt(delta, handled + 1, handled === basic);
          delta = 0;
          handled++;
        }
      }
      delta++;
      n++;
    }
    return out;
  }

  function domainToAscii(domain) {
    const mapped = domain.replace(/[\u3002\uff0e\uff61]/g, '.').toLowerCase().normalize('NFC');
    const labels = mapped.split('.').map((label) => (/^[\x00-\x7f]*$/.test(label) ? label : 'xn--' + punycode(label)));
    const ascii = labels.join('.');
    if (ascii === '') return FAILURE;
    for (let i = 0; i < ascii.length; i++) if (forbiddenDomain(ascii.charCodeAt(i))) return FAILURE;
    return ascii;
  }

  function parseIPv4Number(text) {
    if (text === '') return FAILURE;
    let radix = 10;
    if (/^0[xX]/.test(text)) { text = text.slice(2); radix = 16; }
    else if (text.length > 1 && text[0] === '0') { text = text.slice(1); radix = 8; }
    if (text === '') return 0;
    const valid = radix === 10 ? /^[0-9]+$/ : radix === 16 ? /^[0-9a-fA-F]+$/ : /^[0-7]+$/;
    if (!valid.test(text)) return FAILURE;
    return parseInt(text, radix);
  }

  function endsInANumber(text) {
    const parts = text.split('.');
    if (parts[parts.length - 1] === '') {
      if (parts.length === 1) return false;
      parts.pop();
    }
    const last = parts[parts.length - 1];
    if (last !== '' && /^[0-9]+$/.test(last)) return true;
    return parseIPv4Number(last) !== FAILURE;
  }

  function parseIPv4(text) {
    const parts = text.split('.');
    if (parts[parts.length - 1] === '' && parts.length > 1) parts.pop();
    if (parts.length > 4) return FAILURE;
    const numbers = [];
    for (const part of parts) {
      const n = parseIPv4Number(part);
      if (n === FAILURE) return FAILURE;
      numbers.push(n);
    }
    for (let i = 0; i < numbers.length - 1; i++) if (numbers[i] > 255) return FAILURE;
    if (numbers[numbers.length - 1] >= 256 ** (5 - numbers.length)) return FAILURE;
    let ipv4 = numbers[numbers.length - 1];
    for (let i = 0; i < numbers.length - 1; i++) ipv4 += numbers[i] * 256 ** (3 - i);
    return ipv4;
  }

  function parseIPv6(text) {
    const address = [0, 0, 0, 0, 0, 0, 0, 0];
    let pieceIndex = 0;
    let compress = null;
    let p = 0;
    const c = () => text.charCodeAt(p);
    const isDigit = (x) => x >= 0x30 && x <= 0x39;
    if (c() === 0x3a) {
      if (text.charCodeAt(1) !== 0x3a) return FAILURE;
      p += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (p < text.length) {
      if (pieceIndex === 8) return FAILURE;
      if (c() === 0x3a) {
        if (compress !== null) return FAILURE;
        p++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      let value = 0;
      let length = 0;
      while (length < 4 && p < text.length && isHex(c())) {
        value = value * 0x10 + parseInt(text[p], 16);
        p++;
        length++;
      }
      if (c() === 0x2e) {
        if (length === 0) return FAILURE;
        p -= length;
        if (pieceIndex > 6) return FAILURE;
        let numbersSeen = 0;
        while (p < text.length) {
          let ipv4Piece = null;
          if (numbersSeen > 0) {
            if (c() === 0x2e && numbersSeen < 4) p++;
            else return FAILURE;
          }
          if (!isDigit(c())) return FAILURE;
          while (isDigit(c())) {
            const number = c() - 0x30;
            if (ipv4Piece === null) ipv4Piece = number;
            else if (ipv4Piece === 0) return FAILURE;
            else ipv4Piece = ipv4Piece * 10 + number;
            if (ipv4Piece > 255) return FAILURE;
            p++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen === 2 || numbersSeen === 4) pieceIndex++;
        }
        if (numbersSeen !== 4) return FAILURE;
        break;
      } else if (c() === 0x3a) {
        p++;
        if (p >= text.length) return FAILURE;
      } else if (p < text.length) {
        return FAILURE;
      }
      address[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress !== null) {
      let swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex !== 0 && swaps > 0) {
        const other = compress + swaps - 1;
        [address[pieceIndex], address[other]] = [address[other], address[pieceIndex]];
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex !== 8) {
      return FAILURE;
    }
    return address;
  }

  function parseHost(input, isOpaque) {
    if (input.startsWith('[')) {
      if (!input.endsWith(']')) return FAILURE;
      const address = parseIPv6(input.slice(1, -1));
      return address === FAILURE ? FAILURE : address;
    }
    if (isOpaque) {
      for (let i = 0; i < input.length; i++) if (forbiddenHost(input.charCodeAt(i))) return FAILURE;
      return encodeString(input, inC0);
    }
    // Most hosts are already lower-case ASCII names: nothing to decode or map.
    const ascii = /^[a-z0-9_.-]+$/.test(input) ? input : domainToAscii(decodeUtf8(percentDecode(input)));
    if (ascii === FAILURE) return FAILURE;
    if (endsInANumber(ascii)) return parseIPv4(ascii);
    return ascii;
  }

  function serializeHost(host) {
    if (typeof host === 'number') {
      const parts = [];
      let n = host;
      for (let i = 0; i < 4; i++) { parts.unshift(String(n % 256)); n = Math.floor(n / 256); }
      return parts.join('.');
    }
    if (Array.isArray(host)) {
      let bestStart = -1, bestLength = 1;
      for (let i = 0; i < 8;) {
        if (host[i] !== 0) { i++; continue; }
        let j = i;
        while (j < 8 && host[j] === 0) j++;
        if (j - i > bestLength) { bestStart = i; bestLength = j - i; }
        i = j;
      }
      let out = '[';
      let ignoring = false;
      for (let i = 0; i < 8; i++) {
        if (ignoring && host[i] === 0) continue;
        ignoring = false;
        if (i === bestStart) {
          out += i === 0 ? '::' : ':';
          ignoring = true;
          continue;
        }
        out += host[i].toString(16);
        if (i !== 7) out += ':';
      }
      return out + ']';
    }
    return host;
  }

  // ---- the basic URL parser ----
  // Code points are numbers here (EOF is -1): the interpreter compares numbers much faster than one-character strings.
  const EOF_CODE = -1;
  const SLASH = 0x2f, BACKSLASH = 0x5c, QUESTION = 0x3f, HASH = 0x23, COLON = 0x3a, AT = 0x40, DOT = 0x2e;
  const isAlphaCode = (c) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const isDigitCode = (c) => c >= 0x30 && c <= 0x39;
  const isSchemeCode = (c) => isAlphaCode(c) || isDigitCode(c) || c === 0x2b || c === 0x2d || c === DOT;
  const lower = (c) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);
  const isAlpha = (s) => s.length === 1 && isAlphaCode(s.charCodeAt(0));
  const isWindowsDriveLetter = (s) => s.length === 2 && isAlpha(s[0]) && (s[1] === ':' || s[1] === '|');
  const isNormalizedDriveLetter = (s) => s.length === 2 && isAlpha(s[0]) && s[1] === ':';
  const startsWithDriveLetter = (points, i) => points.length - i >= 2 && isAlphaCode(points[i])
    && (points[i + 1] === COLON || points[i + 1] === 0x7c)
    && (points.length - i === 2 || [SLASH, BACKSLASH, QUESTION, HASH].includes(points[i + 2]));
  const isSingleDot = (s) => s === '.' || s === '%2e' || s === '%2E';
  const isDoubleDot = (s) => s === '..' || (s.length >= 4 && ['.%2e', '%2e.', '%2e%2e'].includes(s.toLowerCase()));

  function newRecord() {
    return { scheme: '', username: '', password: '', host: null, port: null, path: [], query: null, fragment: null };
  }
  const hasOpaquePath = (url) => typeof url.path === 'string';
  const includesCredentials = (url) => url.username !== '' || url.password !== '';
  function shortenPath(url) {
    if (url.scheme === 'file' && url.path.length === 1 && isNormalizedDriveLetter(url.path[0])) return;
    url.path.pop();
  }
  function copyAuthority(url, base) {
    url.username = base.username;
    url.password = base.password;
    url.host = base.host;
    url.port = base.port;
  }
  function codePoints(text) {
    const out = [];
    for (let i = 0; i < text.length; i++) {
      const c = text.codePointAt(i);
      out.push(c);
      if (c > 0xffff) i++;
    }
    return out;
  }

  /** Parses `input` against `base` (a record or null). With `url` and `override`, it is a setter's partial parse. */
  function basicParse(input, base, url, override) {
    if (!url) {
      url = newRecord();
      input = input.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
    }
    input = input.replace(/[\t\n\r]/g, '');
    let state = override || 'schemeStart';
    let buffer = '';
    let atSignSeen = false, insideBrackets = false, passwordTokenSeen = false;
    const points = codePoints(input);
    const length = points.length;
    for (let p = 0; p <= length; p++) {
      const c = p < length ? points[p] : EOF_CODE;
      const special = isSpecialScheme(url.scheme);
      const ends = c === EOF_CODE || c === SLASH || c === QUESTION || c === HASH || (special && c === BACKSLASH);
      switch (state) {
        case 'schemeStart':
          if (isAlphaCode(c)) {
            buffer += String.fromCharCode(lower(c));
            state = 'scheme';
          } else if (!override) {
            state = 'noScheme';
            p--;
          } else {
            return FAILURE;
          }
          break;
        case 'scheme':
          if (isSchemeCode(c)) {
            buffer += String.fromCharCode(lower(c));
          } else if (c === COLON) {
            if (override) {
              if (isSpecialScheme(url.scheme) !== isSpecialScheme(buffer)) return url;
              if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
              if (url.scheme === 'file' && url.host === '') return url;
            }
            url.scheme = buffer;
            if (override) {
              if (url.port === defaultPort(url.scheme)) url.port = null;
              return url;
            }
            buffer = '';
            if (url.scheme === 'file') {
              state = 'file';
            } else if (isSpecialScheme(url.scheme) && base && base.scheme === url.scheme) {
              state = 'specialRelativeOrAuthority';
            } else if (isSpecialScheme(url.scheme)) {
              state = 'specialAuthoritySlashes';
            } else if (points[p + 1] === SLASH) {
              state = 'pathOrAuthority';
              p++;
            } else {
              url.path = '';
              state = 'opaquePath';
            }
          } else if (!override) {
            buffer = '';
            state = 'noScheme';
            p = -1;
          } else {
            return FAILURE;
          }
          break;
        case 'noScheme':
          if (!base || (hasOpaquePath(base) && c !== HASH)) return FAILURE;
          if (hasOpaquePath(base) && c === HASH) {
            url.scheme = base.scheme;
            url.path = base.path;
            url.query = base.query;
            url.fragment = '';
            state = 'fragment';
          } else if (base.scheme !== 'file') {
            state = 'relative';
            p--;
          } else {
            state = 'file';
            p--;
          }
          break;
        case 'specialRelativeOrAuthority':
          if (c === SLASH && points[p + 1] === SLASH) {
            state = 'specialAuthorityIgnoreSlashes';
            p++;
          } else {
            state = 'relative';
            p--;
          }
          break;
        case 'pathOrAuthority':
          if (c === SLASH) state = 'authority';
          else { state = 'path'; p--; }
          break;
        case 'relative':
          url.scheme = base.scheme;
          if (c === SLASH || (isSpecialScheme(url.scheme) && c === BACKSLASH)) {
            state = 'relativeSlash';
          } else {
            copyAuthority(url, base);
            url.path = base.path.slice();
            url.query = base.query;
            if (c === QUESTION) {
              url.query = '';
              state = 'query';
            } else if (c === HASH) {
              url.fragment = '';
              state = 'fragment';
            } else if (c !== EOF_CODE) {
              url.query = null;
              shortenPath(url);
              state = 'path';
              p--;
            }
          }
          break;
        case 'relativeSlash':
          if (isSpecialScheme(url.scheme) && (c === SLASH || c === BACKSLASH)) {
            state = 'specialAuthorityIgnoreSlashes';
          } else if (c === SLASH) {
            state = 'authority';
          } else {
            copyAuthority(url, base);
            state = 'path';
            p--;
          }
          break;
        case 'specialAuthoritySlashes':
          state = 'specialAuthorityIgnoreSlashes';
          if (c === SLASH && points[p + 1] === SLASH) p++;
          else p--;
          break;
        case 'specialAuthorityIgnoreSlashes':
          if (c !== SLASH && c !== BACKSLASH) {
            state = 'authority';
            p--;
          }
          break;
        case 'authority':
          if (c === AT) {
            if (atSignSeen) buffer = '%40' + buffer;
            atSignSeen = true;
            for (const point of buffer) {
              if (point === ':' && !passwordTokenSeen) {
                passwordTokenSeen = true;
                continue;
              }
              const encoded = encodePoint(point, inUserinfo);
              if (passwordTokenSeen) url.password += encoded;
              else url.username += encoded;
            }
            buffer = '';
          } else if (ends) {
            if (atSignSeen && buffer === '') return FAILURE;
            p -= codePoints(buffer).length + 1;
            buffer = '';
            state = 'host';
          } else {
            buffer += String.fromCodePoint(c);
          }
          break;
        case 'host':
        case 'hostname':
          if (override && url.scheme === 'file') {
            p--;
            state = 'fileHost';
          } else if (c === COLON && !insideBrackets) {
            if (buffer === '') return FAILURE;
            if (override === 'hostname') return FAILURE;
            const host = parseHost(buffer, !special);
            if (host === FAILURE) return FAILURE;
            url.host = host;
            buffer = '';
            state = 'port';
          } else if (ends) {
            p--;
            if (special && buffer === '') return FAILURE;
            if (override && buffer === '' && (includesCredentials(url) || url.port !== null)) return FAILURE;
            const host = parseHost(buffer, !special);
            if (host === FAILURE) return FAILURE;
            url.host = host;
            buffer = '';
            state = 'pathStart';
            if (override) return url;
          } else {
            if (c === 0x5b) insideBrackets = true;
            if (c === 0x5d) insideBrackets = false;
            buffer += String.fromCodePoint(c);
          }
          break;
        case 'port':
          if (isDigitCode(c)) {
            buffer += String.fromCharCode(c);
          } else if (ends || override) {
            if (buffer !== '') {
              const port = parseInt(buffer, 10);
              if (port > 65535) return FAILURE;
              url.port = port === defaultPort(url.scheme) ? null : port;
              buffer = '';
            }
            if (override) return url;
            state = 'pathStart';
            p--;
          } else {
            return FAILURE;
          }
          break;
        case 'file':
          url.scheme = 'file';
          url.host = '';
          if (c === SLASH || c === BACKSLASH) {
            state = 'fileSlash';
          } else if (base && base.scheme === 'file') {
            url.host = base.host;
            url.path = base.path.slice();
            url.query = base.query;
            if (c === QUESTION) {
              url.query = '';
              state = 'query';
            } else if (c === HASH) {
              url.fragment = '';
              state = 'fragment';
            } else if (c !== EOF_CODE) {
              url.query = null;
              if (!startsWithDriveLetter(points, p)) shortenPath(url);
              else url.path = [];
              state = 'path';
              p--;
            }
          } else {
            state = 'path';
            p--;
          }
          break;
        case 'fileSlash':
          if (c === SLASH || c === BACKSLASH) {
            state = 'fileHost';
          } else {
            if (base && base.scheme === 'file') {
              url.host = base.host;
              if (!startsWithDriveLetter(points, p) && base.path.length > 0 && isNormalizedDriveLetter(base.path[0])) {
                url.path.push(base.path[0]);
              }
            }
            state = 'path';
            p--;
          }
          break;
        case 'fileHost':
          if (c === EOF_CODE || c === SLASH || c === BACKSLASH || c === QUESTION || c === HASH) {
            p--;
            if (!override && isWindowsDriveLetter(buffer)) {
              state = 'path';
            } else if (buffer === '') {
              url.host = '';
              if (override) return url;
              state = 'pathStart';
            } else {
              let host = parseHost(buffer, false);
              if (host === FAILURE) return FAILURE;
              if (host === 'localhost') host = '';
              url.host = host;
              if (override) return url;
              buffer = '';
              state = 'pathStart';
            }
          } else {
            buffer += String.fromCodePoint(c);
          }
          break;
        case 'pathStart':
          if (special) {
            state = 'path';
            if (c !== SLASH && c !== BACKSLASH) p--;
          } else if (!override && c === QUESTION) {
            url.query = '';
            state = 'query';
          } else if (!override && c === HASH) {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== EOF_CODE) {
            state = 'path';
            if (c !== SLASH) p--;
          } else if (override && url.host === null) {
            url.path.push('');
          }
          break;
        case 'path':
          if (c === EOF_CODE || c === SLASH || (special && c === BACKSLASH) || (!override && (c === QUESTION || c === HASH))) {
            const slash = c === SLASH || (special && c === BACKSLASH);
            if (isDoubleDot(buffer)) {
              shortenPath(url);
              if (!slash) url.path.push('');
            } else if (isSingleDot(buffer) && !slash) {
              url.path.push('');
            } else if (!isSingleDot(buffer)) {
              if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) buffer = buffer[0] + ':';
              url.path.push(buffer);
            }
            buffer = '';
            if (c === QUESTION) {
              url.query = '';
              state = 'query';
            }
            if (c === HASH) {
              url.fragment = '';
              state = 'fragment';
            }
          } else {
            buffer += inPath(c) ? encodePoint(String.fromCodePoint(c), inPath) : String.fromCharCode(c);
          }
          break;
        case 'opaquePath':
          if (c === QUESTION) {
            url.query = '';
            state = 'query';
          } else if (c === HASH) {
            url.fragment = '';
            state = 'fragment';
          } else if (c !== EOF_CODE) {
            url.path += inC0(c) ? encodePoint(String.fromCodePoint(c), inC0) : String.fromCharCode(c);
          }
          break;
        case 'query':
          if ((!override && c === HASH) || c === EOF_CODE) {
            url.query += encodeString(buffer, special ? inSpecialQuery : inQuery);
            buffer = '';
            if (c === HASH) {
              url.fragment = '';
              state = 'fragment';
            }
          } else {
            buffer += String.fromCodePoint(c);
          }
          break;
        case 'fragment':
          if (c !== EOF_CODE) url.fragment += inFragment(c) ? encodePoint(String.fromCodePoint(c), inFragment) : String.fromCharCode(c);
          break;
        default:
          throw new Error('URL parser: unknown state ' + state);
      }
    }
    return url;
  }

  function serializePath(url) {
    return hasOpaquePath(url) ? url.path : url.path.map((segment) => '/' + segment).join('');
  }
  function serialize(url, excludeFragment) {
    let out = url.scheme + ':';
    if (url.host !== null) {
      out += '//';
      if (includesCredentials(url)) {
        out += url.username;
        if (url.password !== '') out += ':' + url.password;
        out += '@';
      }
      out += serializeHost(url.host);
      if (url.port !== null) out += ':' + url.port;
    } else if (!hasOpaquePath(url) && url.path.length > 1 && url.path[0] === '') {
      out += '/.';
    }
    out += serializePath(url);
    if (url.query !== null) out += '?' + url.query;
    if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
    return out;
  }

  // ---- application/x-www-form-urlencoded ----
  function parseForm(text) {
    const list = [];
    for (const sequence of String(text).split('&')) {
      if (sequence === '') continue;
      const at = sequence.indexOf('=');
      const name = at < 0 ? sequence : sequence.slice(0, at);
      const value = at < 0 ? '' : sequence.slice(at + 1);
      list.push([decodeUtf8(percentDecode(name.replace(/\+/g, ' '))), decodeUtf8(percentDecode(value.replace(/\+/g, ' ')))]);
    }
    return list;
  }
  function serializeForm(list) {
    return list.map(([name, value]) => encodeString(name, inForm, true) + '=' + encodeString(value, inForm, true)).join('&');
  }
  const toUSV = (value) => String(value).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(^|[^\ud800-\udbff])[\udc00-\udfff]/g,
    (match) => match.replace(/[\ud800-\udfff]/, '\ufffd'));

  // ---- URLSearchParams ----
  const paramsState = new WeakMap();
  class URLSearchParams {
    constructor(init = '') {
      const state = { list: [], url: null };
      paramsState.set(this, state);
      if (init instanceof URLSearchParams) {
        state.list = paramsState.get(init).list.map((pair) => pair.slice());
      } else if (typeof init === 'object' && init !== null && typeof init[Symbol.iterator] === 'function') {
        for (const pair of init) {
          const items = Array.from(pair);
          if (items.length !== 2) throw new TypeError('URLSearchParams: each pair must have exactly two items');
          state.list.push([toUSV(items[0]), toUSV(items[1])]);
        }
      } else if (typeof init === 'object' && init !== null) {
        for (const key of Object.keys(init)) state.list.push([toUSV(key), toUSV(init[key])]);
      } else {
        const text = toUSV(init);
        state.list = parseForm(text.startsWith('?') ? text.slice(1) : text);
      }
    }
    get size() { return paramsState.get(this).list.length; }
    append(name, value) {
      paramsState.get(this).list.push([toUSV(name), toUSV(value)]);
      update(this);
    }
    delete(name, value) {
      const state = paramsState.get(this);
      const key = toUSV(name);
      state.list = state.list.filter(([n, v]) => !(n === key && (value === undefined || v === toUSV(value))));
      update(this);
    }
    get(name) {
      const key = toUSV(name);
      const found = paramsState.get(this).list.find(([n]) => n === key);
      return found ? found[1] : null;
    }
    getAll(name) {
      const key = toUSV(name);
      return paramsState.get(this).list.filter(([n]) => n === key).map(([, v]) => v);
    }
    has(name, value) {
      const key = toUSV(name);
      return paramsState.get(this).list.some(([n, v]) => n === key && (value === undefined || v === toUSV(value)));
    }
    set(name, value) {
      const state = paramsState.get(this);
      const key = toUSV(name);
      const at = state.list.findIndex(([n]) => n === key);
      if (at < 0) {
        state.list.push([key, toUSV(value)]);
      } else {
        state.list[at] = [key, toUSV(value)];
        state.list = state.list.filter(([n], i) => n !== key || i === at);
      }
      update(this);
    }
    sort() {
      const state = paramsState.get(this);
      state.list = state.list.map((pair, i) => [pair, i])
        .sort(([a, i], [b, j]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : i - j)).map(([pair]) => pair);
      update(this);
    }
    forEach(callback, thisArg) {
      if (typeof callback !== 'function') throw new TypeError('URLSearchParams.forEach: the callback must be a function');
      const list = paramsState.get(this).list;
      for (let i = 0; i < list.length; i++) callback.call(thisArg, list[i][1], list[i][0], this);
    }
    *entries() { for (const [n, v] of paramsState.get(this).list.slice()) yield [n, v]; }
    *keys() { for (const [n] of paramsState.get(this).list.slice()) yield n; }
    *values() { for (const [, v] of paramsState.get(this).list.slice()) yield v; }
    [Symbol.iterator]() { return this.entries(); }
    toString() { return serializeForm(paramsState.get(this).list); }
  }
  function update(params) {
    const state = paramsState.get(params);
    if (!state.url) return;
    const text = serializeForm(state.list);
    urls.get(state.url).query = text === '' ? null : text;
  }
  define('URLSearchParams', URLSearchParams);

  // ---- URL ----
  const urls = new WeakMap();
  const searchParamsOf = new WeakMap();
  function parseOrThrow(input, base) {
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = basicParse(toUSV(base), null);
      if (baseRecord === FAILURE) throw new TypeError('Invalid base URL: ' + String(base));
    }
    const record = basicParse(toUSV(input), baseRecord);
    if (record === FAILURE) throw new TypeError('Invalid URL: ' + String(input));
    return record;
  }
  function setRecord(url, record) {
    urls.set(url, record);
    const params = searchParamsOf.get(url);
    if (params) paramsState.get(params).list = record.query === null ? [] : parseForm(record.query);
  }
  /** A setter's partial parse on a copy; the URL changes only when it succeeds. */
  function setPart(url, input, override, prepare) {
    const copy = Object.assign({}, urls.get(url));
    copy.path = Array.isArray(copy.path) ? copy.path.slice() : copy.path;
    if (prepare) prepare(copy);
    const result = basicParse(input, null, copy, override);
    if (result !== FAILURE) setRecord(url, copy);
  }

  class URL {
    constructor(url, base) {
      if (arguments.length === 0) throw new TypeError('URL constructor: 1 argument required');
      urls.set(this, parseOrThrow(url, base));
      const params = new URLSearchParams();
      const record = urls.get(this);
      paramsState.get(params).list = record.query === null ? [] : parseForm(record.query);
      paramsState.get(params).url = this;
      searchParamsOf.set(this, params);
    }
    static canParse(url, base) {
      try { parseOrThrow(url, base); return true; } catch (ignored) { return false; }
    }
    static parse(url, base) {
      try { return new URL(url, base); } catch (ignored) { return null; }
    }
    get href() { return serialize(urls.get(this)); }
    set href(value) { setRecord(this, parseOrThrow(value)); }
    get origin() {
      const r = urls.get(this);
      if (r.scheme === 'blob') {
        try { const inner = new URL(serializePath(r)); return ['http:', 'https:'].includes(inner.protocol) ? inner.origin : 'null'; } catch (e) { return 'null'; }
      }
      if (['ftp', 'http', 'https', 'ws', 'wss'].includes(r.scheme)) {
        return r.scheme + '://' + serializeHost(r.host) + (r.port === null ? '' : ':' + r.port);
      }
      return 'null';
    }
    get protocol() { return urls.get(this).scheme + ':'; }
    set protocol(value) { setPart(this, toUSV(value) + ':', 'schemeStart'); }
    get username() { return urls.get(this).username; }
    set username(value) {
      const r = urls.get(this);
      if (r.host === null || r.host === '' || r.scheme === 'file') return;
      r.username = encodeString(toUSV(value), inUserinfo);
    }
    get password() { return urls.get(this).password; }
    set password(value) {
      const r = urls.get(this);
      if (r.host === null || r.host === '' || r.scheme === 'file') return;
      r.password = encodeString(toUSV(value), inUserinfo);
    }
    get host() {
      const r = urls.get(this);
      return r.host === null ? '' : serializeHost(r.host) + (r.port === null ? '' : ':' + r.port);
    }
    set host(value) {
      if (hasOpaquePath(urls.get(this))) return;
      setPart(this, toUSV(value), 'host');
    }
    get hostname() { const r = urls.get(this); return r.host === null ? '' : serializeHost(r.host); }
    set hostname(value) {
      if (hasOpaquePath(urls.get(this))) return;
      setPart(this, toUSV(value), 'hostname');
    }
    get port() { const r = urls.get(this); return r.port === null ? '' : String(r.port); }
    set port(value) {
      const r = urls.get(this);
      if (r.host === null || r.host === '' || r.scheme === 'file') return;
      const text = toUSV(value);
      if (text === '') r.port = null;
      else setPart(this, text, 'port');
    }
    get pathname() { return serializePath(urls.get(this)); }
    set pathname(value) {
      if (hasOpaquePath(urls.get(this))) return;
      setPart(this, toUSV(value), 'pathStart', (copy) => { copy.path = []; });
    }
    get search() { const q = urls.get(this).query; return q === null || q === '' ? '' : '?' + q; }
    set search(value) {
      const r = urls.get(this);
      let text = toUSV(value);
      if (text === '') {
        r.query = null;
        paramsState.get(searchParamsOf.get(this)).list = [];
        return;
      }
      if (text.startsWith('?')) text = text.slice(1);
      setPart(this, text, 'query', (copy) => { copy.query = ''; });
    }
    get searchParams() { return searchParamsOf.get(this); }
    get hash() { const f = urls.get(this).fragment; return f === null || f === '' ? '' : '#' + f; }
    set hash(value) {
      const r = urls.get(this);
      let text = toUSV(value);
      if (text === '') { r.fragment = null; return; }
      if (text.startsWith('#')) text = text.slice(1);
      setPart(this, text, 'fragment', (copy) => { copy.fragment = ''; });
    }
    toString() { return this.href; }
    toJSON() { return this.href; }
  }
  for (const type of [URL, URLSearchParams]) {
    Object.defineProperty(type.prototype, Symbol.toStringTag, { value: type.name, configurable: true });
  }
  define('URL', URL);
  internals.platformClasses.push(URL, URLSearchParams);

  /** The URL serialised without its fragment, as requests send it. */
  internals.urlForRequest = (url) => serialize(urls.get(url), true);
  internals.hasCredentials = (url) => includesCredentials(urls.get(url));
  internals.serializeForm = (params) => params.toString();
  return internals;
})
