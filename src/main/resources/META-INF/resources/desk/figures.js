// A figure as a story says it ("about 1.5 million workers", "between 10,000 and 12,000 troops", "nearly 15,000")
// read into the QuantityInput fields. The hedge words come from the schema's descriptions of Approximation's
// values ("'about', 'approximately', 'some'"), so they are said once, in the service. No DOM: unit-tested in Node.

const SCALES = { thousand: 1e3, million: 1e6, billion: 1e9, k: 1e3, m: 1e6, bn: 1e9 };
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*(thousand|million|billion|bn|k|m)?\b`;

/** The hedge phrases of each approximation, from the enum values' descriptions: [{ name, words: ['about', …] }]. */
export function hedges(enumValues) {
  return enumValues.map((v) => ({ name: v.name, words: [...(v.description || '').matchAll(/'([^']+)'/g)].map((m) => m[1].toLowerCase()) }))
    .filter((h) => h.words.length);
}

function number(digits, scale) {
  const n = Number(digits.replace(/,/g, ''));
  return Number.isFinite(n) ? n * (scale ? SCALES[scale.toLowerCase()] : 1) : null;
}

/**
 * { approximation, value, low, high, unit } of a figure in words, or null when it holds no number. A range
 * ("between 10,000 and 12,000", "10,000–12,000", "10,000 to 12,000") is RANGE; a hedge word before the number
 * gives its approximation; none is EXACT. What follows the number is the unit.
 */
export function parseFigure(text, hedgeList) {
  const t = String(text || '').trim().replace(/\s+/g, ' ');
  if (!t) return null;
  const range = t.match(new RegExp(String.raw`^(?:between\s+)?${NUMBER}\s*(?:and|to|-|–|—)\s*${NUMBER}\s*(.*)$`, 'i'));
  if (range) {
    const low = number(range[1], range[2] || range[4]);
    const high = number(range[3], range[4]);
    if (low !== null && high !== null) return { approximation: 'RANGE', low, high, unit: range[5].trim() || null };
  }
  const one = t.match(new RegExp(String.raw`^(.*?)${NUMBER}\s*(.*)$`, 'i'));
  if (!one) return null;
  const before = one[1].trim().toLowerCase();
  let approximation = 'EXACT';
  if (before) {
    // the longest hedge the words before the number end with ("more than" before "than")
    const found = hedgeList.flatMap((h) => h.words.map((w) => [h.name, w]))
      .filter(([, w]) => before === w || before.endsWith(` ${w}`)).sort((a, b) => b[1].length - a[1].length)[0];
    if (!found) return null;
    [approximation] = found;
  }
  const value = number(one[2], one[3]);
  return value === null ? null : { approximation, value, unit: one[4].trim() || null };
}
