// Small DOM helpers of the desk: elements built from data (never from HTML strings), labels and times.

/** An element: h('p', { class: 'x' }, 'text', child). Attributes set to false or null are left out; on* are listeners. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === false || value === null || value === undefined) continue;
    if (name.startsWith('on') && typeof value === 'function') el.addEventListener(name.slice(2), value);
    else if (name === 'value') el.value = value;
    else el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

let ids = 0;
/** A unique element id with a readable prefix. */
export function uid(prefix) {
  ids += 1;
  return `${prefix}-${ids}`;
}

/** "headcount.value" -> "Headcount value", "placeIds" -> "Place ids". */
export function humanize(path) {
  const words = String(path).replace(/\[(\d+)\]/g, ' $1').split('.').join(' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "5 minutes ago", from an ISO instant. */
export function age(iso, now = Date.now()) {
  const seconds = Math.max(0, Math.round((now - Date.parse(iso)) / 1000));
  const units = [['day', 86400], ['hour', 3600], ['minute', 60]];
  for (const [unit, size] of units) {
    if (seconds >= size) {
      const n = Math.floor(seconds / size);
      return `${n} ${unit}${n === 1 ? '' : 's'} ago`;
    }
  }
  return 'just now';
}

/** A <time> with the instant as its machine-readable value. */
export function time(iso, text) {
  return h('time', { datetime: iso, title: new Date(iso).toUTCString() }, text || new Date(iso).toUTCString());
}

/** A value of a fact as text: objects with a text field print it, lists join, null is a dash. */
export function show(value) {
  if (value === null || value === undefined || value === '') return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(show).join(', ');
  if (typeof value === 'object') {
    if ('text' in value && value.text) return value.text;
    if ('name' in value && value.name) return value.name;
    return Object.entries(value).filter(([k]) => k !== '__typename').map(([k, v]) => `${humanize(k)}: ${show(v)}`).join('; ');
  }
  return String(value);
}
