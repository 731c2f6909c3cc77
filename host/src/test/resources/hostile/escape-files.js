// Tries to read files outside the scripts' folder: the shell's load(), dynamic and relative imports.
import { attempt } from './lib/attempts.mjs';

export default function (bot) {
  bot.on('attack', () => attempt(bot, {
    'load /etc/hostname': () => load('/etc/hostname'),
    'loadWithNewGlobal': () => loadWithNewGlobal('/etc/hostname'),
    'read': () => read('/etc/hostname'),
    'import /etc/hostname': () => import('/etc/hostname'),
    'import ../outside.mjs': () => import('../outside.mjs'),
    'import file URL': () => import('file:///etc/passwd'),
    'import via symlink dir': () => import('./lib/../../outside.mjs'),
    'import http': () => import('http://127.0.0.1:1/x.mjs'),
  }));
}
