// Unit conversion: every unit is a factor to its kind's base unit (metre, kilogram, litre), except temperatures,
// which are converted through kelvin.

const LINEAR = {
  length: { mm: 0.001, cm: 0.01, m: 1, km: 1000, in: 0.0254, ft: 0.3048, yd: 0.9144, mi: 1609.344 },
  mass: { g: 0.001, kg: 1, t: 1000, oz: 0.028349523125, lb: 0.45359237 },
  volume: { ml: 0.001, l: 1, cup: 0.2365882365, pt: 0.473176473, gal: 3.785411784 },
};

const TEMPERATURE = {
  c: { toKelvin: (v) => v + 273.15, fromKelvin: (k) => k - 273.15 },
  f: { toKelvin: (v) => (v - 32) * 5 / 9 + 273.15, fromKelvin: (k) => (k - 273.15) * 9 / 5 + 32 },
  k: { toKelvin: (v) => v, fromKelvin: (k) => k },
};

function kindOf(unit) {
  if (unit in TEMPERATURE) return 'temperature';
  for (const [kind, units] of Object.entries(LINEAR)) {
    if (unit in units) return kind;
  }
  throw new RangeError(`unknown unit "${unit}"`);
}

export function convert(value, from, to) {
  const source = from.toLowerCase();
  const target = to.toLowerCase();
  const kind = kindOf(source);
  if (kindOf(target) !== kind) {
    throw new RangeError(`cannot convert ${kind} (${from}) to ${kindOf(target)} (${to})`);
  }
  if (kind === 'temperature') {
    return TEMPERATURE[target].fromKelvin(TEMPERATURE[source].toKelvin(value));
  }
  return (value * LINEAR[kind][source]) / LINEAR[kind][target];
}

export function units() {
  return {
    ...Object.fromEntries(Object.entries(LINEAR).map(([kind, table]) => [kind, Object.keys(table)])),
    temperature: Object.keys(TEMPERATURE),
  };
}

export function round(value, significantDigits = 4) {
  return Number(value.toPrecision(significantDigits));
}
