// @ts-check
// Run with: java -jar host/target/simplex-bot.jar test scripts-examples/unit-converter.test.js
// Test files import packages as bots do.
import { convert, round } from "@examples/units";

test("converts with the package from node_modules", async (t) => {
  const alice = await t.contact("alice");
  await alice.send("/convert 5 km mi");
  await t.expect(alice, `5 km = ${round(convert(5, "km", "mi"))} mi`);
  await alice.send("/convert 5 km mi");
  await t.expect(alice, "5 km = 3.107 mi");
  await alice.send("/convert 100 C F");
  await t.expect(alice, "100 C = 212 F");
  await alice.send("/convert 2 lb kg");
  await t.expect(alice, "2 lb = 0.9072 kg");
});

test("explains units it cannot convert", async (t) => {
  const alice = await t.contact("alice");
  await alice.send("/convert 3 kg km");
  await t.expect(alice, "Sorry: cannot convert mass (kg) to length (km). Send /units to see the units.");
  await alice.send("/convert 3 parsec km");
  await t.expect(alice, 'Sorry: unknown unit "parsec". Send /units to see the units.');
  await alice.send("/convert five km mi");
  await t.expect(alice, "Send /convert <value> <from> <to>, e.g. /convert 5 km mi");
  await alice.send("/units");
  await t.expect(alice, /^length: mm cm m km in ft yd mi\nmass: g kg t oz lb\nvolume: ml l cup pt gal\ntemperature: c f k$/);
});
