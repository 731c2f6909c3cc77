// Web globals, part 4 of 6: structuredClone (the HTML standard's structured clone of plain data: primitives, objects,
// arrays, Date, RegExp, Map, Set, ArrayBuffer and views, Error types, wrappers of primitives; cycles and shared
// references kept). Functions, symbols and class instances' behaviour are not data: they fail with DataCloneError.
(function (web, internals) {
  'use strict';
  const g = globalThis;
  const ERROR_TYPES = { Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError };
  const VIEWS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array',
    'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array', 'DataView'];

  function dataCloneError(what) {
    return new g.DOMException(what + ' could not be cloned.', 'DataCloneError');
  }

  function structuredClone(value, options) {
    if (arguments.length === 0) throw new TypeError('structuredClone: 1 argument required');
    if (options && options.transfer && options.transfer.length > 0) {
      throw dataCloneError('Transferring ' + String(options.transfer[0]) + ': transfer is not supported; it');
    }
    const memory = new Map();

    function clone(input) {
      const type = typeof input;
      if (input === null || (type !== 'object' && type !== 'function' && type !== 'symbol')) return input;
      if (type === 'symbol') throw dataCloneError(String(input));
      if (type === 'function') throw dataCloneError(String(input).split('\n')[0]);
      if (memory.has(input)) return memory.get(input);
      const tag = Object.prototype.toString.call(input).slice(8, -1);
      let output;
      switch (tag) {
        case 'Boolean': output = Object(Boolean.prototype.valueOf.call(input)); break;
        case 'Number': output = Object(Number.prototype.valueOf.call(input)); break;
        case 'BigInt': output = Object(BigInt.prototype.valueOf.call(input)); break;
        case 'String': output = Object(String.prototype.valueOf.call(input)); break;
        case 'Date': output = new Date(Date.prototype.getTime.call(input)); break;
        case 'RegExp': output = new RegExp(input.source, input.flags); break;
        case 'ArrayBuffer': output = ArrayBuffer.prototype.slice.call(input, 0); break;
        case 'Map': {
          output = new Map();
          memory.set(input, output);
          for (const [k, v] of Map.prototype.entries.call(input)) output.set(clone(k), clone(v));
          return output;
        }
        case 'Set': {
          output = new Set();
          memory.set(input, output);
          for (const v of Set.prototype.values.call(input)) output.add(clone(v));
          return output;
        }
        case 'Array': {
          output = new Array(input.length);
          memory.set(input, output);
          for (const key of Object.keys(input)) output[key] = clone(input[key]);
          return output;
        }
        case 'Error': {
          const Type = ERROR_TYPES[input.name] || Error;
          output = new Type(input.message === undefined ? undefined : String(input.message));
          memory.set(input, output);
          if (input.stack !== undefined) output.stack = String(input.stack);
          if ('cause' in input) output.cause = clone(input.cause);
          return output;
        }
        case 'DOMException': output = new g.DOMException(input.message, input.name); break;
        case 'Object': {
          // Host objects (URL, Headers, ...) are not data; instances of a script's own classes clone as plain
          // objects, without their prototype, as on the web.
          if (internals.platformClasses.some((type) => input instanceof type)) throw dataCloneError(describe(input));
          output = {};
          memory.set(input, output);
          for (const key of Object.keys(input)) output[key] = clone(input[key]);
          return output;
        }
        default:
          if (VIEWS.includes(tag)) {
            const buffer = clone(input.buffer);
            output = tag === 'DataView' ? new DataView(buffer, input.byteOffset, input.byteLength)
              : new g[tag](buffer, input.byteOffset, input.length);
            break;
          }
          throw dataCloneError(describe(input));
      }
      memory.set(input, output);
      return output;
    }
    return clone(value);
  }

  function describe(value) {
    try { return Object.prototype.toString.call(value); } catch (ignored) { return 'value'; }
  }

  Object.defineProperty(g, 'structuredClone', { value: structuredClone, writable: true, configurable: true, enumerable: false });
  return internals;
})
