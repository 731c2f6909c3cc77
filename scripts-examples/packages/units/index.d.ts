/** The kinds of quantity the package converts between. */
export type Kind = 'length' | 'mass' | 'volume' | 'temperature';

/**
 * Converts `value` from one unit to another of the same kind (case-insensitive unit names: "km", "mi", "C", "F").
 * @throws RangeError for an unknown unit or units of different kinds
 */
export function convert(value: number, from: string, to: string): number;

/** The unit names of each kind. */
export function units(): Record<Kind, string[]>;

/** `value` rounded to `significantDigits` (default 4) significant digits. */
export function round(value: number, significantDigits?: number): number;
