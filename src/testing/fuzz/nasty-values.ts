import fc from 'fast-check';

/**
 * Malformed and boundary values, the kind a careless client, a broken proxy or an attacker
 * sends: wrong types, extreme numbers, strings that are huge or hold NUL, lone surrogates,
 * right-to-left, zero-width or combining characters, emoji, impossible dates, very long arrays
 * and deep nesting. Built lazily where large, so the shrinker never copies a megabyte.
 */

export const MEGABYTE = 1024 * 1024;

/** Nested n levels deep: `[[[...]]]` or `{"a":{"a":...}}`. */
export function deeplyNested(levels: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

const oddStrings = [
  '',
  ' ',
  '\u0000',
  'before\u0000after',
  '\ud800',
  'lone \udfff surrogate',
  '\u202eevil\u202c',
  'zero\u200bwidth\ufeff',
  'e\u0301\u0301\u0301\u0301combining',
  '👩‍👩‍👧‍👦🇩🇪🇷🇴',
  '\r\n\t\u000b\u0085\u2028\u2029',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e308',
  '-0',
  '0x1F',
  '0000-00-00',
  '2024-02-30',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00Z',
  '-271821-04-20',
  '1970-01-01T00:00:00+25:00',
  "'; DROP TABLE users; --",
  '%00',
  '%',
  '..%2f..%2fetc%2fpasswd',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '${7*7}{{7*7}}',
  '__proto__',
  'constructor',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '00000000-0000-0000-0000-000000000000',
  'FFFFFFFF-FFFF-4FFF-BFFF-FFFFFFFFFFFF',
  ' 3f1c2e9a-8b7d-4c5e-9f0a-1b2c3d4e5f60 ',
];

// The last one is a decimal a double cannot hold exactly, on purpose.
// eslint-disable-next-line no-loss-of-precision
const oddNumbers = [0, -0, -1, 1.5, 0.1 + 0.2, 1e308, -1e308, 5e-324, 2 ** 31, 2 ** 53 + 2, -(2 ** 63), 1e21, 99999999999999.99];

/** A string of a megabyte or so: over every field's limit and near the body limit. */
const hugeString = fc.constantFrom('x', 'ä', '\u0000', '😀').map((unit) => unit.repeat(Math.ceil(MEGABYTE / Buffer.byteLength(unit))));

/** Long, but under the body limit: strings just over a field's maxLength. */
const longString = fc.integer({ min: 256, max: 20_000 }).map((n) => 'y'.repeat(n));

export const nastyString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...oddStrings), weight: 6 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 2 },
  { arbitrary: longString, weight: 1 },
  { arbitrary: hugeString, weight: 1 },
);

export const nastyNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...oddNumbers), weight: 3 },
  { arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
);

/** Any JSON value that is probably wrong where it lands. */
export const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: nastyString, weight: 6 },
  { arbitrary: nastyNumber, weight: 4 },
  { arbitrary: fc.constantFrom(null, true, false), weight: 2 },
  { arbitrary: fc.constantFrom([], {}, [null], { '': null }, JSON.parse('{"__proto__":{"isAdmin":true},"constructor":{"prototype":{"x":1}}}')), weight: 1 },
  { arbitrary: fc.integer({ min: 1000, max: 50_000 }).map((n) => Array.from({ length: n }, (_, i) => i)), weight: 1 },
  { arbitrary: fc.constantFrom('array', 'object').map((kind) => deeplyNested(1000, kind as 'array')), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 2 },
);

/** A path or query parameter as raw URL text: encoded oddities and deliberately broken escapes. */
export const nastyUrlText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: nastyString.filter((s) => s.length < 10_000).map((s) => encodeURIComponent(s.replace(/[\ud800-\udfff]/g, '\ufffd'))), weight: 4 },
  {
    arbitrary: fc.constantFrom('%00', '..%2f..%2f', '%2e%2e', '%ff', '%E0%A4%A', '%', '%zz', '%C0%AF', '%ED%A0%80', '-1', '1e308', '0', 'NaN', '%20', 'a%00b'),
    weight: 4,
  },
  { arbitrary: fc.integer({ min: 200, max: 9_000 }).map((n) => 'f'.repeat(n)), weight: 1 },
);
