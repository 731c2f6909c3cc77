// @ts-check
/**
 * Unit converter: "/convert 5 km mi" answers "5 km = 3.107 mi"; "/units" lists what it knows.
 *
 * It shows a bot using a library from npm. The conversions come from the package @examples/units: package.json
 * next to the bots lists it and `npm install` put it in node_modules, as for any package from the registry
 * (`npm install date-fns`, then `import { format } from 'date-fns'`). Here the package is a local one, in
 * packages/units, so the example runs without a network; npm links it into node_modules. Editors and
 * `tsc --checkJs` take its types from its own index.d.ts.
 *
 * Try it without a SimpleX CLI (simulated chat in your terminal):
 *   java -jar host/target/simplex-bot.jar dev scripts-examples/unit-converter.js
 */
import { convert, round, units } from '@examples/units';

/** @param {SimpleX.Bot} bot */
export default function unitConverterBot(bot) {
  bot.onCommand('convert', { help: 'convert a value, e.g. /convert 5 km mi', params: '<value> <from> <to>' }, (msg, args) => {
    const value = Number(args.value);
    if (args.to === undefined || Number.isNaN(value)) return msg.reply('Send /convert <value> <from> <to>, e.g. /convert 5 km mi');
    try {
      return msg.reply(`${value} ${args.from} = ${round(convert(value, String(args.from), String(args.to)))} ${args.to}`);
    } catch (error) {
      return msg.reply(error instanceof RangeError ? `Sorry: ${error.message}. Send /units to see the units.` : String(error));
    }
  });

  bot.onCommand('units', { help: 'the units I know' }, (msg) =>
    msg.reply(Object.entries(units()).map(([kind, names]) => `${kind}: ${names.join(' ')}`).join('\n')));

  bot.onMessage((msg) => {
    if (!msg.group) return msg.reply('Send /convert 5 km mi, or /help.');
    return undefined;
  });
}
