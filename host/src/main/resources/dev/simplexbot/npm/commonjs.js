// The CommonJS loader of one script context, evaluated before the prelude. The host resolves and compiles files
// (CommonJsHost); this script keeps the module cache and gives each module its module, exports and require, as
// Node does: a module is cached before it runs, so a cycle sees the exports written so far, and a module that
// throws is removed from the cache. ES module facades of CommonJS files reach the loader through the symbol below;
// there is no global require.
(function (host) {
  'use strict';
  const cache = Object.create(null);

  // What CommonJS code finds as `process`: the small stand-in bundlers give browser builds, so code that reads
  // process.env.NODE_ENV or checks process.browser works, and code looking for Node (process.versions.node) does
  // not find it. Nothing of the host's process is in it. There is no global `process`.
  const processShim = {
    title: 'browser',
    browser: true,
    env: { NODE_ENV: 'production' },
    argv: [],
    version: '',
    versions: {},
    platform: 'browser',
    cwd: () => '/',
    nextTick: (callback, ...args) => { Promise.resolve().then(() => callback(...args)); },
  };

  function failure(detail) {
    const error = new Error(detail.message);
    error.code = detail.code;
    return error;
  }

  function dirname(file) {
    const slash = file.lastIndexOf('/');
    return slash <= 0 ? '/' : file.slice(0, slash);
  }

  function resolve(specifier, parent) {
    if (typeof specifier !== 'string' || specifier === '') {
      throw new TypeError('require(id): id must be a non-empty string, not ' + (specifier === '' ? "''" : typeof specifier));
    }
    const answer = JSON.parse(host.resolve(specifier, parent.filename));
    if (answer.error) throw failure(answer.error);
    return answer;
  }

  class Module {
    constructor(filename) {
      this.id = filename;
      this.filename = filename;
      this.path = dirname(filename);
      this.exports = {};
      this.loaded = false;
      this.children = [];
      this.paths = [];
    }

    require(specifier) {
      const found = resolve(specifier, this);
      return load(found.path, found.format, this).exports;
    }
  }

  function makeRequire(module) {
    const require = (specifier) => module.require(specifier);
    require.resolve = (specifier) => resolve(specifier, module).path;
    require.cache = cache;
    require.main = undefined;
    return require;
  }

  function run(module, format) {
    const filename = module.filename;
    if (format === 'json') {
      try {
        module.exports = JSON.parse(host.readJson(filename));
      } catch (error) {
        error.message = filename + ': ' + error.message;
        throw error;
      }
    } else if (format === 'module') {
      module.exports = host.importModule(filename);
    } else if (format === 'empty') {
      module.exports = {};
    } else {
      const body = host.compile(filename)(processShim, globalThis);
      body.call(module.exports, module.exports, makeRequire(module), module, filename, module.path);
    }
  }

  function load(filename, format, parent) {
    let module = cache[filename];
    if (module === undefined) {
      module = new Module(filename);
      cache[filename] = module;
      let finished = false;
      try {
        run(module, format);
        finished = true;
      } finally {
        if (!finished) delete cache[filename];
      }
      module.loaded = true;
    }
    if (parent && !parent.children.includes(module)) parent.children.push(module);
    return module;
  }

  Object.defineProperty(globalThis, Symbol.for('simplex-bot.commonjs'), {
    value: (filename) => load(String(filename), host.format(String(filename)), null).exports,
  });
})
