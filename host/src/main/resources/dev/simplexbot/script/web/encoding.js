// Web globals, part 2 of 6: TextEncoder, TextDecoder (UTF-8, as the WHATWG Encoding standard decodes it), atob, btoa.
// Long strings and byte arrays are converted by the host (web.utf8*), short ones here.
(function (web, internals) {
  'use strict';
  const g = globalThis;
  const define = (name, value) => Object.defineProperty(g, name, { value, writable: true, configurable: true, enumerable: false });
  const HOST_THRESHOLD = 256;

  /** A Uint8Array over the bytes of any BufferSource (no copy). */
  function bytesOf(source, what) {
    if (source instanceof Uint8Array) return source;
    if (source instanceof ArrayBuffer || (typeof SharedArrayBuffer !== 'undefined' && source instanceof SharedArrayBuffer)) {
      return new Uint8Array(source);
    }
    if (ArrayBuffer.isView(source)) return new Uint8Array(source.buffer, source.byteOffset, source.byteLength);
    throw new TypeError(what + ': expected an ArrayBuffer, a typed array or a DataView');
  }

  /** The bytes as an ArrayBuffer the host can read, with offset and length (copies only views of shared memory). */
  function hostView(bytes) {
    if (bytes.buffer instanceof ArrayBuffer) return [bytes.buffer, bytes.byteOffset, bytes.byteLength];
    const copy = bytes.slice();
    return [copy.buffer, 0, copy.byteLength];
  }

  function encodeUtf8(input) {
    const text = String(input);
    if (text.length > HOST_THRESHOLD) {
      const out = new Uint8Array(web.utf8Length(text));
      web.utf8Encode(text, out.buffer);
      return out;
    }
    const out = [];
    for (let i = 0; i < text.length; i++) {
      let c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          i++;
        } else {
          c = 0xfffd;
        }
      }
      if (c < 0x80) out.push(c);
      else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
      else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
      else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
    return new Uint8Array(out);
  }

  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input = '') { return encodeUtf8(input); }
    encodeInto(source, destination) {
      if (!(destination instanceof Uint8Array)) throw new TypeError('TextEncoder.encodeInto: the destination must be a Uint8Array');
      const text = String(source);
      let read = 0;
      let written = 0;
      for (const ch of text) {
        const bytes = encodeUtf8(ch);
        if (written + bytes.length > destination.length) break;
        destination.set(bytes, written);
        written += bytes.length;
        read += ch.length;
      }
      return { read, written };
    }
  }
  define('TextEncoder', TextEncoder);

  const UTF8_LABELS = ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8', 'x-unicode20utf8'];

  /** How many bytes at the end start a valid UTF-8 sequence that is not finished yet (kept for the next chunk). */
  function unfinishedTail(bytes) {
    const n = bytes.length;
    for (let back = 1; back <= 3 && back <= n; back++) {
      const lead = bytes[n - back];
      if (lead >= 0x80 && lead <= 0xbf) continue;
      const need = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
      if (need === 0 || back >= need) return 0;
      for (let k = 1; k < back; k++) {
        const c = bytes[n - back + k];
        let lo = 0x80;
        let hi = 0xbf;
        if (k === 1) {
          if (lead === 0xe0) lo = 0xa0;
          else if (lead === 0xed) hi = 0x9f;
          else if (lead === 0xf0) lo = 0x90;
          else if (lead === 0xf4) hi = 0x8f;
        }
        if (c < lo || c > hi) return 0;
      }
      return back;
    }
    return 0;
  }

  function decodeUtf8(bytes, fatal) {
    if (bytes.length === 0) return '';
    let ascii = bytes.length <= HOST_THRESHOLD;
    for (let i = 0; ascii && i < bytes.length; i++) if (bytes[i] >= 0x80) ascii = false;
    if (ascii) return String.fromCharCode.apply(null, bytes);
    const [buffer, offset, length] = hostView(bytes);
    const text = web.utf8Decode(buffer, offset, length, !!fatal);
    if (text === null || text === undefined) throw new TypeError('The encoded data was not valid for encoding utf-8');
    return text;
  }

  const decoders = new WeakMap();
  class TextDecoder {
    constructor(label = 'utf-8', options = {}) {
      const name = String(label).trim().toLowerCase();
      if (!UTF8_LABELS.includes(name)) throw new RangeError('The "' + label + '" encoding is not supported (only UTF-8 is)');
      decoders.set(this, { fatal: !!(options && options.fatal), ignoreBOM: !!(options && options.ignoreBOM), pending: null, bomSeen: false });
    }
    get encoding() { return 'utf-8'; }
    get fatal() { return decoders.get(this).fatal; }
    get ignoreBOM() { return decoders.get(this).ignoreBOM; }
    decode(input, options = {}) {
      const state = decoders.get(this);
      const stream = !!(options && options.stream);
      let bytes = input === undefined || input === null ? new Uint8Array(0) : bytesOf(input, 'TextDecoder.decode');
      if (state.pending) {
        const joined = new Uint8Array(state.pending.length + bytes.length);
        joined.set(state.pending);
        joined.set(bytes, state.pending.length);
        bytes = joined;
        state.pending = null;
      }
      if (stream) {
        const tail = unfinishedTail(bytes);
        if (tail > 0) {
          state.pending = bytes.slice(bytes.length - tail);
          bytes = bytes.subarray(0, bytes.length - tail);
        }
      }
      let text;
      try {
        text = decodeUtf8(bytes, state.fatal);
      } catch (error) {
        state.pending = null;
        state.bomSeen = false;
        throw error;
      }
      if (!state.bomSeen && text.length > 0) {
        state.bomSeen = true;
        if (!state.ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      }
      if (!stream) {
        state.pending = null;
        state.bomSeen = false;
      }
      return text;
    }
  }
  define('TextDecoder', TextDecoder);

  // ---- base64 (forgiving-base64 of the HTML standard) ----
  const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const INDEX = new Map([...ALPHABET].map((c, i) => [c, i]));

  function invalidCharacter(message) {
    return new g.DOMException(message, 'InvalidCharacterError');
  }

  function btoa(data) {
    if (arguments.length === 0) throw new TypeError('btoa: 1 argument required');
    const text = String(data);
    let out = '';
    for (let i = 0; i < text.length; i += 3) {
      const a = text.charCodeAt(i);
      const b = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
      const c = i + 2 < text.length ? text.charCodeAt(i + 2) : -1;
      if (a > 0xff || b > 0xff || c > 0xff) throw invalidCharacter('btoa: the string contains characters outside of the Latin1 range');
      out += ALPHABET[a >> 2] + ALPHABET[((a & 3) << 4) | (b < 0 ? 0 : b >> 4)]
        + (b < 0 ? '=' : ALPHABET[((b & 15) << 2) | (c < 0 ? 0 : c >> 6)])
        + (c < 0 ? '=' : ALPHABET[c & 63]);
    }
    return out;
  }

  function atob(data) {
    if (arguments.length === 0) throw new TypeError('atob: 1 argument required');
    let text = String(data).replace(/[\t\n\f\r ]/g, '');
    if (text.length % 4 === 0) text = text.replace(/==?$/, '');
    if (text.length % 4 === 1 || /[^A-Za-z0-9+/]/.test(text)) throw invalidCharacter('atob: the string to be decoded is not correctly encoded');
    let out = '';
    let buffer = 0;
    let bits = 0;
    for (const c of text) {
      buffer = (buffer << 6) | INDEX.get(c);
      bits += 6;
      if (bits >= 8) {
        bits -= 8;
        out += String.fromCharCode((buffer >> bits) & 0xff);
      }
    }
    return out;
  }
  define('btoa', btoa);
  define('atob', atob);

  Object.defineProperty(TextEncoder.prototype, Symbol.toStringTag, { value: 'TextEncoder', configurable: true });
  Object.defineProperty(TextDecoder.prototype, Symbol.toStringTag, { value: 'TextDecoder', configurable: true });

  internals.platformClasses.push(TextEncoder, TextDecoder);
  internals.bytesOf = bytesOf;
  internals.hostView = hostView;
  internals.encodeUtf8 = encodeUtf8;
  internals.decodeUtf8 = (bytes) => decodeUtf8(bytes, false);
  return internals;
})
