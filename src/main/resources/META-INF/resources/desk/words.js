// How the desk says things to a journalist: enum values in words (from the schema's own descriptions), dates at
// their precision and instants in the reader's time zone.

/** "AT_MOST" -> "At most". */
export function enumWord(value) {
  if (value === null || value === undefined) return '—';
  const words = String(value).toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The option text of an enum value: its word and, when the schema describes it, the description. */
export function enumOption(value) {
  return value.description ? `${enumWord(value.name)} — ${value.description}` : enumWord(value.name);
}

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** An instant in the reader's zone: "7 Dec 2026, 14:05 (Europe/Berlin)". */
export function when(iso) {
  if (!iso) return '—';
  const d = new Date(iso);
  return `${d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })} (${zone})`;
}

/** A date (ISO) at a precision: "2024", "May 2025", "6 August 2024". */
export function dateAt(iso, precision = 'DAY') {
  if (!iso) return '—';
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  if (precision === 'YEAR') return String(y);
  if (precision === 'MONTH') return date.toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  return date.toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A value read from the API, in words: periods and figures by their text, references by name, enums in words. */
export function readable(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(readable).join(', ');
  if (typeof value === 'object') {
    if (value.text) return value.text;
    if (value.name) return value.name;
    if (value.label) return value.label;
    return Object.entries(value).filter(([k]) => k !== '__typename' && k !== 'id')
      .map(([k, v]) => `${enumWord(k.replace(/([a-z])([A-Z])/g, '$1_$2'))}: ${readable(v)}`).join('; ');
  }
  if (typeof value === 'string' && /^[A-Z][A-Z_]+$/.test(value)) return enumWord(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)) return when(value);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return dateAt(value);
  return String(value);
}
