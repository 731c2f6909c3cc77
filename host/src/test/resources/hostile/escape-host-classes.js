// Tries to reach Java: host classes, the polyglot API and the globals GraalJS's shell would add.
import { attempt } from './lib/attempts.mjs';

export default function (bot) {
  bot.on('attack', () => attempt(bot, {
    'Java.type': () => Java.type('java.lang.Runtime').getRuntime(),
    'Packages': () => Packages.java.lang.System.exit(3),
    'java global': () => java.lang.System.getProperty('user.home'),
    'Polyglot.eval': () => Polyglot.eval('js', '1 + 1'),
    'Polyglot.import': () => Polyglot.import('anything'),
    'Graal': () => Graal.versionJS,
    'process': () => process.exit(3),
    'require': () => require('fs'),
    'Function constructor global': () => Function('return this')().Java.type('java.io.File'),
    'constructor chain': () => ({}).constructor.constructor('return Java')().type('java.io.File'),
    'quit': () => quit(),
    'exit': () => exit(3),
  }));
}
