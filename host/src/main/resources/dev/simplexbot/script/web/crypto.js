// Web globals, part 5 of 6: a Web Crypto subset backed by the JDK (web.* calls): crypto.getRandomValues,
// crypto.randomUUID, and crypto.subtle with digest (SHA-1/256/384/512) and HMAC keys (importKey/exportKey "raw",
// generateKey, sign, verify). Other algorithms and formats reject with NotSupportedError.
(function (web, internals) {
  'use strict';
  const g = globalThis;
  const { bytesOf, hostView } = internals;
  const DIGEST_SIZES = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };
  const BLOCK_BITS = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
  const domError = (message, name) => new g.DOMException(message, name);

  function algorithmName(algorithm, what) {
    const name = typeof algorithm === 'string' ? algorithm : algorithm && algorithm.name;
    if (typeof name !== 'string') throw new TypeError(what + ': the algorithm must be a name or { name }');
    return name;
  }
  function hashName(algorithm, what) {
    const name = algorithmName(algorithm, what).toUpperCase();
    if (!(name in DIGEST_SIZES)) throw domError(what + ': unsupported hash "' + algorithmName(algorithm, what) + '" (SHA-1, SHA-256, SHA-384, SHA-512)', 'NotSupportedError');
    return name;
  }
  function copyBytes(data, what) {
    return new Uint8Array(bytesOf(data, what));
  }

  const CREATE = Symbol('create');
  const keyMaterial = new WeakMap();
  class CryptoKey {
    constructor(token, type, extractable, algorithm, usages) {
      if (token !== CREATE) throw new TypeError('Illegal constructor: keys come from crypto.subtle.importKey or generateKey');
      Object.defineProperties(this, {
        type: { value: type, enumerable: true },
        extractable: { value: extractable, enumerable: true },
        algorithm: { value: Object.freeze(algorithm), enumerable: true },
        usages: { value: Object.freeze(usages.slice()), enumerable: true },
      });
    }
  }
  Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

  function hmacKey(raw, algorithm, extractable, usages, what) {
    const hash = hashName(algorithm.hash === undefined ? { name: undefined } : algorithm.hash, what);
    const list = Array.from(usages || []);
    for (const usage of list) {
      if (usage !== 'sign' && usage !== 'verify') throw domError(what + ': an HMAC key can only "sign" and "verify", not "' + usage + '"', 'SyntaxError');
    }
    if (list.length === 0) throw domError(what + ': give the key at least one usage ("sign", "verify")', 'SyntaxError');
    if (raw.length === 0) throw domError(what + ': an HMAC key must not be empty', 'DataError');
    let length = raw.length * 8;
    if (algorithm.length !== undefined) {
      const wanted = Number(algorithm.length);
      if (wanted > length || wanted <= length - 8) throw domError(what + ': length does not match the key data', 'DataError');
      length = wanted;
    }
    const key = new CryptoKey(CREATE, 'secret', !!extractable, { name: 'HMAC', hash: { name: hash }, length }, list);
    keyMaterial.set(key, raw);
    return key;
  }
  function requireHmac(algorithm, key, usage, what) {
    if (!(key instanceof CryptoKey)) throw new TypeError(what + ': the key must be a CryptoKey');
    if (algorithmName(algorithm, what).toUpperCase() !== 'HMAC' || key.algorithm.name !== 'HMAC') {
      throw domError(what + ': only HMAC is supported, with an HMAC key', 'NotSupportedError');
    }
    if (!key.usages.includes(usage)) throw domError(what + ': the key was not imported for "' + usage + '"', 'InvalidAccessError');
    return keyMaterial.get(key);
  }
  function exact(bytes) {
    return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  }
  // Web Crypto methods report every problem as a rejected promise, never by throwing.
  const settled = (work) => new Promise((resolve) => resolve(work()));

  const subtle = Object.freeze(Object.create(Object.prototype, {
    digest: { enumerable: true, value: (algorithm, data) => settled(() => {
      const hash = hashName(algorithm, 'crypto.subtle.digest');
      const [buffer, offset, length] = hostView(bytesOf(data, 'crypto.subtle.digest'));
      const out = new ArrayBuffer(DIGEST_SIZES[hash]);
      web.digest(hash, buffer, offset, length, out);
      return out;
    }) },
    importKey: { enumerable: true, value: (format, keyData, algorithm, extractable, usages) => settled(() => {
      if (format !== 'raw') throw domError('crypto.subtle.importKey: only the "raw" format is supported', 'NotSupportedError');
      if (algorithmName(algorithm, 'crypto.subtle.importKey').toUpperCase() !== 'HMAC') {
        throw domError('crypto.subtle.importKey: only HMAC keys are supported', 'NotSupportedError');
      }
      return hmacKey(copyBytes(keyData, 'crypto.subtle.importKey'), algorithm, extractable, usages, 'crypto.subtle.importKey');
    }) },
    exportKey: { enumerable: true, value: (format, key) => settled(() => {
      if (format !== 'raw') throw domError('crypto.subtle.exportKey: only the "raw" format is supported', 'NotSupportedError');
      if (!(key instanceof CryptoKey)) throw new TypeError('crypto.subtle.exportKey: the key must be a CryptoKey');
      if (!key.extractable) throw domError('crypto.subtle.exportKey: the key is not extractable', 'InvalidAccessError');
      return keyMaterial.get(key).slice().buffer;
    }) },
    generateKey: { enumerable: true, value: (algorithm, extractable, usages) => settled(() => {
      if (algorithmName(algorithm, 'crypto.subtle.generateKey').toUpperCase() !== 'HMAC') {
        throw domError('crypto.subtle.generateKey: only HMAC keys are supported', 'NotSupportedError');
      }
      const hash = hashName(algorithm.hash, 'crypto.subtle.generateKey');
      const bits = algorithm.length === undefined ? BLOCK_BITS[hash] : Number(algorithm.length);
      const raw = new Uint8Array(Math.ceil(bits / 8));
      web.randomFill(raw.buffer, 0, raw.length);
      return hmacKey(raw, Object.assign({}, algorithm, { length: undefined }), extractable, usages, 'crypto.subtle.generateKey');
    }) },
    sign: { enumerable: true, value: (algorithm, key, data) => settled(() => {
      const raw = requireHmac(algorithm, key, 'sign', 'crypto.subtle.sign');
      const [buffer, offset, length] = hostView(bytesOf(data, 'crypto.subtle.sign'));
      const out = new ArrayBuffer(DIGEST_SIZES[key.algorithm.hash.name]);
      web.hmac(key.algorithm.hash.name, exact(raw), buffer, offset, length, out);
      return out;
    }) },
    verify: { enumerable: true, value: (algorithm, key, signature, data) => settled(() => {
      const raw = requireHmac(algorithm, key, 'verify', 'crypto.subtle.verify');
      const [buffer, offset, length] = hostView(bytesOf(data, 'crypto.subtle.verify'));
      return web.hmacVerify(key.algorithm.hash.name, exact(raw), exact(copyBytes(signature, 'crypto.subtle.verify')),
        buffer, offset, length);
    }) },
  }));

  const INTEGER_ARRAYS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array',
    'Uint32Array', 'BigInt64Array', 'BigUint64Array'];
  const crypto = Object.freeze(Object.create(Object.prototype, {
    subtle: { value: subtle, enumerable: true },
    getRandomValues: { enumerable: true, value: (array) => {
      const tag = ArrayBuffer.isView(array) ? Object.prototype.toString.call(array).slice(8, -1) : '';
      if (!INTEGER_ARRAYS.includes(tag)) throw domError('crypto.getRandomValues: expected an integer typed array', 'TypeMismatchError');
      if (array.byteLength > 65536) throw domError('crypto.getRandomValues: at most 65536 bytes at a time, got ' + array.byteLength, 'QuotaExceededError');
      if (array.byteLength > 0) web.randomFill(array.buffer, array.byteOffset, array.byteLength);
      return array;
    } },
    randomUUID: { enumerable: true, value: () => web.randomUUID() },
  }));
  Object.defineProperty(g, 'crypto', { value: crypto, writable: true, configurable: true, enumerable: false });
  Object.defineProperty(g, 'CryptoKey', { value: CryptoKey, writable: true, configurable: true, enumerable: false });
  internals.platformClasses.push(CryptoKey);
  return internals;
})
