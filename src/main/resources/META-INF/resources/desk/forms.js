// Forms built from the schema's input types, with controls a journalist understands: countries, sources and
// places by name (type-ahead over the service), "New source" / "New place" inline, figures with their
// approximation in words, periods with their precision first, enums in words. The new-fact form, the draft editor
// and the correction form are all this one builder over different input types (StatisticInput, StatisticPatch, …),
// so a new kind of fact needs no change here. Control paths follow the service's error paths
// (input.citations[0].url), so errors land next to their fields.

import { data, gql } from './api.js';
import { schemaType, showErrors, unwrap } from './schema.js';

export { plain } from './schema.js';
import { h, humanize, uid } from './util.js';
import { enumOption } from './words.js';
import { hedges, parseFigure } from './figures.js';

const LONG_TEXT = /^(notes|statement|quote|explanation|description|reason|publicNote)$/;
const lang = (navigator.language || 'en').slice(0, 2);

/** The output type an input type describes: StatisticInput / StatisticPatch -> Statistic, CitationInput -> Citation. */
function outputOf(inputName) {
  return schemaType(inputName.replace(/(Input|Patch)$/, ''));
}

/** The output field an input field sets: placeIds -> places, claimantId -> claimant, origin -> origin. */
function outputField(inputName, field) {
  const out = outputOf(inputName);
  const names = [field, field.replace(/Ids$/, 's'), field.replace(/Id$/, ''), field.replace(/SourceIds?$/, '')];
  return (out?.fields || []).find((f) => names.includes(f.name)) || null;
}

/** What an input field refers to — 'Country', 'Source', 'Place' — or null: from the output field it sets. */
function referenceOf(inputName, field, t) {
  const out = outputField(inputName, field.name);
  const target = out ? unwrap(out.type).name : null;
  if (['Country', 'Source', 'Place'].includes(target) && (t.name === 'String' || t.name === 'ID')) return target;
  if (t.name === 'ID' && /[sS]ource(Ids?)?$|claimant|actor/.test(field.name)) return 'Source';
  if (t.name === 'ID' && /^place/.test(field.name)) return 'Place';
  return null;
}

/** The current value of an input field in a fact read from the API (prefills edits and corrections). */
function currentOf(inputName, field, current) {
  if (!current || typeof current !== 'object') return undefined;
  if (field.name in current) return current[field.name];
  const out = outputField(inputName, field.name);
  return out ? current[out.name] : undefined;
}

function labelOf(field, required) {
  return `${humanize(field.name).replace(/ ids?$/i, '')}${required ? ' (required)' : ''}`;
}

/**
 * The controls of an input type below a path ("input"), prefilled with current values when given (a draft or a
 * published fact, as read from the API). Lists of inputs repeat ("Add another citation").
 */
export function buildFields(typeName, path, current, form, only = () => true) {
  const type = schemaType(typeName);
  // what must be given first, then the rest, then repeated groups (citations): the schema lists fields alphabetically
  const rank = (f) => {
    const t = unwrap(f.type);
    if (t.kind === 'INPUT_OBJECT' && t.list) return 3;
    if (f.type.kind === 'NON_NULL' && f.defaultValue === null) return 0;
    return referenceOf(typeName, f, t) ? 1 : 2;
  };
  const fields = (type.inputFields || []).filter(only).map((f, i) => [f, i]).sort(([a, i], [b, j]) => rank(a) - rank(b) || i - j).map(([f]) => f);
  return fields.map((f) => fieldControl(typeName, f, `${path}.${f.name}`, currentOf(typeName, f, current), form));
}

function fieldControl(typeName, f, path, now, form) {
  const t = unwrap(f.type);
  const required = f.type.kind === 'NON_NULL' && f.defaultValue === null;
  if (t.name === 'QuantityInput') return quantity(f, path, now, form, required);
  if (t.name === 'PeriodInput') return period(f, path, now, form, required);
  if (t.kind === 'INPUT_OBJECT' && t.list) return repeated(f, t, path, now, form);
  if (t.kind === 'INPUT_OBJECT') {
    return h('fieldset', { class: 'group', 'data-group': path },
      h('legend', {}, labelOf(f, required)), f.description ? h('p', { class: 'hint' }, f.description) : null,
      buildFields(t.name, path, now, form), errorSlot(path));
  }
  const ref = referenceOf(typeName, f, t);
  if (ref) return reference(ref, f, t, path, now, form, required);
  return simple(f, t, path, now, required);
}

function errorSlot(path, id) {
  return h('p', { class: 'error', id, 'data-error-for': path, hidden: true });
}

/** A labelled control with its hint and error, described by both. */
function wrap(f, path, control, required, extra) {
  const id = control.id || uid('field');
  control.id = id;
  const hint = uid('hint');
  const error = uid('error');
  control.setAttribute('aria-describedby', `${hint} ${error}`);
  control.dataset.path = control.dataset.path || path;
  if (required) {
    control.dataset.required = 'true';
    control.setAttribute('aria-required', 'true');
  }
  return h('div', { class: 'field' }, h('label', { for: id }, labelOf(f, required)), control, extra || null,
    h('p', { class: 'hint', id: hint }, f.description || ''), errorSlot(path, error));
}

function simple(f, t, path, now, required) {
  let control;
  const value = Array.isArray(now) ? now.map((x) => (x && typeof x === 'object' ? x.id ?? x.code ?? '' : x)).join(', ')
    : now === undefined || now === null || typeof now === 'object' ? (f.defaultValue && t.kind === 'ENUM' ? f.defaultValue : '') : String(now);
  if (t.kind === 'ENUM') {
    control = h('select', { 'data-type': t.name },
      h('option', { value: '' }, required ? 'Choose…' : '(none)'),
      schemaType(t.name).enumValues.map((v) => h('option', { value: v.name, selected: v.name === value }, enumOption(v))));
  } else if (t.name === 'Boolean') {
    control = h('select', { 'data-type': 'Boolean' }, h('option', { value: '' }, '(none)'),
      h('option', { value: 'true', selected: value === 'true' }, 'Yes'), h('option', { value: 'false', selected: value === 'false' }, 'No'));
  } else if (LONG_TEXT.test(f.name)) {
    control = h('textarea', { rows: 3, 'data-type': t.name }, value);
  } else {
    const kind = t.name === 'Date' ? 'date' : t.name === 'Int' || t.name === 'Float' ? 'number' : /url$/i.test(f.name) ? 'url' : 'text';
    control = h('input', { type: t.list ? 'text' : kind, 'data-type': t.name, 'data-list': t.list ? 'true' : null, value,
      step: t.name === 'Float' && !t.list ? 'any' : null, inputmode: kind === 'url' ? 'url' : null });
  }
  const wrapped = wrap(f, path, control, required);
  if (t.list) wrapped.querySelector('.hint').append(' Several: separate them with commas.');
  return wrapped;
}

// ---- references: countries, sources and places by name ----

const LOOKUPS = {
  Country: async (text) => (await data('query Countries($s: String, $lang: String) { countries(search: $s, first: 10) { nodes { code name(lang: $lang) } } }',
    { s: text || null, lang })).countries.nodes.map((c) => ({ id: c.code, name: c.name })),
  Source: async (text) => (await data('query Sources($s: String) { sources(search: $s, first: 10) { nodes { id name } } }',
    { s: text || null })).sources.nodes,
  Place: async (text, form) => {
    const codes = chosenCountries(form);
    const found = [];
    for (const code of codes) {
      const d = await data('query Places($c: String!) { country(code: $c) { places { id name } } }', { c: code });
      for (const p of d.country?.places || []) if (!text || p.name.toLowerCase().includes(text.toLowerCase())) found.push(p);
    }
    return found;
  },
};

/** The name of a country by code, a source or a place (of the form's countries) by id: prefilled values. */
const NAMES = {
  Place: async (id, form) => (await LOOKUPS.Place('', form)).find((p) => p.id === id)?.name,
  Country: async (code) => (await data('query CountryName($c: String!, $lang: String) { country(code: $c) { name(lang: $lang) } }', { c: code, lang })).country?.name,
  Source: async (id) => (await data('query SourceName($id: ID!) { source(id: $id) { name } }', { id })).source?.name,
};

/** The countries chosen so far in a form (codes): a place is looked for in them. */
function chosenCountries(form) {
  const codes = [];
  for (const el of form.querySelectorAll('input[data-ref="Country"]')) {
    const code = resolve(el);
    if (code) codes.push(code);
  }
  return codes;
}

/**
 * Looks up every name typed in the form's reference inputs that no suggestion has resolved yet (a name typed or
 * pasted faster than the suggestions came): call before collect.
 */
export async function settle(root) {
  const open = [...root.querySelectorAll('input[data-ref]')].filter((el) => el.value.trim() && resolve(el) === undefined && !el.closest('[hidden]'));
  await Promise.all(open.map((el) => lookUp(el, root.closest('form') || root)));
  // a new source or place opened for a name that matches none is made now, before the fact that cites it
  for (const el of open) {
    if (resolve(el) === undefined && el._creator?.isOpen() && !(await el._creator.make())) return false;
  }
  return true;
}

async function lookUp(el, form) {
  const found = await LOOKUPS[el.dataset.ref](el.value.trim(), form).catch(() => []);
  for (const x of found) el._known.set(x.name.toLowerCase(), x.id);
}

/** The id of the name typed in a reference input, or null. */
function resolve(el) {
  const text = el.value.trim();
  if (!text) return null;
  const known = el._known || new Map();
  if (known.has(text.toLowerCase())) return known.get(text.toLowerCase());
  if (el.dataset.ref === 'Country' && /^[A-Za-z]{2,3}$/.test(text)) return text.toUpperCase();
  return undefined;
}

function referenceInput(ref, path, value, form) {
  const list = uid('suggestions');
  const input = h('input', { type: 'text', list, autocomplete: 'off', 'data-ref': ref, 'data-path': path });
  input._known = new Map();
  if (value && typeof value === 'object' && !(value.code || value.id)) {
    // a source a story names that does not exist yet: its name, and "New source" opened with it
    input.value = value.name;
    queueMicrotask(() => input._creator?.open(value.name));
  } else if (value) {
    const name = value.name || value.code || value.id || String(value);
    input.value = name;
    input._known.set(name.toLowerCase(), value.code || value.id || String(value));
    if (typeof value !== 'object' && NAMES[ref]) {
      // a bare code or id (a proposal from a story): shown by its name once known
      NAMES[ref](String(value), form).then((found) => {
        if (found && input.value === name) {
          input._known.set(found.toLowerCase(), String(value));
          input.value = found;
        }
      }).catch(() => {});
    }
  }
  const options = h('datalist', { id: list });
  let timer = null;
  const suggest = () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      const found = await LOOKUPS[ref](input.value.trim(), form).catch(() => []);
      for (const x of found) input._known.set(x.name.toLowerCase(), x.id);
      options.replaceChildren(...found.map((x) => h('option', { value: x.name })));
    }, 150);
  };
  input.addEventListener('input', suggest);
  input.addEventListener('focus', suggest);
  // a name that matches none opens "New source" / "New place" with it
  input.addEventListener('change', async () => {
    if (!input.value.trim() || resolve(input) !== undefined) return;
    await lookUp(input, form);
    if (resolve(input) === undefined && input._creator && !input._creator.isOpen()) input._creator.open(input.value.trim());
  });
  return [input, options];
}

function reference(ref, f, t, path, now, form, required) {
  if (t.list) {
    const items = h('div', { class: 'ref-list' });
    const values = Array.isArray(now) ? now : [];
    const add = (value) => {
      const [input, options] = referenceInput(ref, path, value, form);
      input.dataset.list = 'true';
      input.setAttribute('aria-label', `${labelOf(f, false)} ${items.children.length + 1}`);
      items.append(h('div', { class: 'ref-item' }, input, options));
      return input;
    };
    (values.length ? values : [null]).forEach(add);
    const more = h('button', { type: 'button', class: 'quiet small' }, `Add another ${labelOf(f, false).toLowerCase().replace(/s$/, '')}`);
    more.addEventListener('click', () => add(null).focus());
    const id = uid('group');
    return h('fieldset', { class: 'group', 'aria-describedby': id },
      h('legend', {}, labelOf(f, required)), h('p', { class: 'hint', id }, f.description || ''), items, more,
      ref === 'Source' || ref === 'Place' ? creator(ref, () => items.lastElementChild.querySelector('input'), form) : null,
      errorSlot(path));
  }
  const [input, options] = referenceInput(ref, path, now, form);
  return wrap(f, path, input, required, [options, ref === 'Source' || ref === 'Place' ? creator(ref, () => input, form) : null]);
}

/**
 * "New source" / "New place" inline: a small form from SourceInput / PlaceInput that fills the reference once made.
 * It opens by itself, with the name, when a typed name matches none; saving the fact makes it first (settle).
 */
function creator(ref, target, form) {
  const inputType = `${ref}Input`;
  if (!schemaType(inputType)) return null;
  const noun = ref.toLowerCase();
  const panel = h('fieldset', { class: 'group inline-new', hidden: true });
  const summary = h('div', { class: 'error-summary', role: 'alert', hidden: true });
  const toggle = h('button', { type: 'button', class: 'quiet small', 'aria-expanded': 'false' }, `New ${noun}`);
  const create = h('button', { type: 'button', class: 'small' }, `Create the ${noun}`);
  const root = `new${ref}`;
  const open = (name) => {
    if (!panel.childElementCount) {
      panel.append(h('legend', {}, `New ${noun}`), h('p', { class: 'hint' }, `No ${noun} of that name yet: it is created with the fact, or now with “Create the ${noun}”.`),
        summary, ...buildFields(inputType, root, null, form), h('div', { class: 'actions' }, create));
    }
    panel.hidden = false;
    toggle.setAttribute('aria-expanded', 'true');
    const nameInput = panel.querySelector(`[data-path="${root}.name"]`);
    if (name && nameInput && !nameInput.value) {
      nameInput.value = name;
      suggestKind(panel, name);
    }
    const country = panel.querySelector('input[data-ref="Country"]');
    const chosen = form.querySelector('input[data-ref="Country"]');
    if (country && !country.value && chosen?.value) {
      country.value = chosen.value;
      country._known = new Map(chosen._known);
    }
  };
  const close = () => {
    panel.hidden = true;
    panel.replaceChildren();
    toggle.setAttribute('aria-expanded', 'false');
  };
  /** Makes the new source or place and puts it in the reference; false (errors shown) when it cannot. */
  const make = async () => {
    await settle(panel);
    const { value: input, errors } = collect(panel, root, true);
    if (errors.length) {
      const first = showErrors(panel, errors, summary);
      if (first) first.focus();
      return false;
    }
    const body = await gql(`mutation New${ref}($input: ${inputType}!) { create${ref}(input: $input) { id name } }`, { input });
    const made = body.data?.[`create${ref}`];
    if (!made) {
      const first = showErrors(panel, (body.errors || []).map((e) => ({ ...e, extensions: { ...e.extensions, field: e.extensions?.field?.replace(/^input/, root) } })), summary);
      if (first) first.focus();
      return false;
    }
    const el = target();
    el._known.set(made.name.toLowerCase(), made.id);
    el.value = made.name;
    close();
    return true;
  };
  toggle.addEventListener('click', () => {
    if (panel.hidden) {
      open(target().value.trim());
      panel.querySelector('input, select, textarea').focus();
    } else {
      close();
    }
  });
  create.addEventListener('click', async () => {
    if (await make()) target().focus();
  });
  const el = target();
  el._creator = { open, make, isOpen: () => !panel.hidden };
  return h('div', { class: 'inline-create' }, toggle, panel);
}

/**
 * Preselects, in a new source's or place's empty enum choices, the value whose words the name holds ("Russia's
 * Labour Ministry" -> MINISTRY), longest words first, and says it is a suggestion; the editor can change it.
 */
function suggestKind(panel, name) {
  const words = ` ${name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  for (const select of panel.querySelectorAll('select[data-path]')) {
    if (select.value) continue;
    const match = [...select.options].filter((o) => o.value)
      .map((o) => [o.value, o.value.toLowerCase().replace(/_/g, ' ')])
      .filter(([, w]) => words.includes(` ${w} `)).sort((a, b) => b[1].length - a[1].length)[0];
    if (match) {
      select.value = match[0];
      const hint = panel.querySelector(`#${CSS.escape((select.getAttribute('aria-describedby') || '').split(' ')[0])}`);
      if (hint) hint.textContent = `Suggested from the name: check it. ${hint.textContent}`;
    }
  }
}

// ---- figures and periods ----

const BOUNDED = ['RANGE', 'ORDER_OF_MAGNITUDE'];

function quantity(f, path, now, form, required) {
  const type = schemaType('QuantityInput');
  const byName = Object.fromEntries(type.inputFields.map((x) => [x.name, x]));
  const cur = now || {};
  const approx = simple(byName.approximation, unwrap(byName.approximation.type), `${path}.approximation`,
    cur.approximation || (now ? null : 'EXACT'), false);
  approx.querySelector('label').textContent = 'How exact';
  const select = approx.querySelector('select');
  select.dataset.preset = 'true'; // sent with a figure, never alone
  select.querySelector('option[value=""]').textContent = '(as it is)';
  const value = simple(byName.value, unwrap(byName.value.type), `${path}.value`, cur.value, false);
  value.querySelector('label').textContent = 'Figure';
  const low = simple(byName.low, unwrap(byName.low.type), `${path}.low`, cur.low, false);
  const high = simple(byName.high, unwrap(byName.high.type), `${path}.high`, cur.high, false);
  const unit = simple(byName.unit, unwrap(byName.unit.type), `${path}.unit`, cur.unit, true);
  const words = simple(byName.words, unwrap(byName.words.type), `${path}.words`, cur.words, false);
  words.querySelector('label').textContent = "The source's words, when it gives no number";
  const shape = () => {
    const a = select.value || cur.approximation || 'EXACT';
    low.hidden = high.hidden = !BOUNDED.includes(a) && !(cur.low ?? cur.high);
    value.hidden = BOUNDED.includes(a);
  };
  select.addEventListener('change', shape);
  shape();
  // the figure as the story says it fills the fields below
  const saidId = uid('field');
  const readout = uid('hint');
  const said = h('input', { type: 'text', id: saidId, 'aria-describedby': readout, placeholder: 'about 1.5 million workers' });
  const read = h('p', { class: 'hint', id: readout, 'aria-live': 'polite' }, 'For example “nearly 15,000 workers”, “between 10,000 and 12,000 troops”, “at least 3,000”.');
  said.addEventListener('change', () => {
    const figure = parseFigure(said.value, hedges(schemaType('Approximation').enumValues));
    if (!figure) {
      read.textContent = said.value.trim() ? 'No figure could be read from that: fill in the fields below.' : '';
      return;
    }
    select.value = figure.approximation;
    const set = (field, v) => { field.querySelector('input').value = v === undefined || v === null ? '' : String(v); };
    set(value, figure.value);
    set(low, figure.low);
    set(high, figure.high);
    if (figure.unit) set(unit, figure.unit);
    shape();
    const option = select.selectedOptions[0]?.textContent.split(' — ')[0] || figure.approximation;
    const number = (n) => n.toLocaleString();
    read.textContent = `Read as: ${option}, ${figure.value !== undefined ? number(figure.value) : `${number(figure.low)} to ${number(figure.high)}`}${figure.unit ? ` ${figure.unit}` : ''}.`;
  });
  return h('fieldset', { class: 'group quantity', 'data-group': path, 'data-required': required ? 'true' : null },
    h('legend', {}, labelOf(f, required)), f.description ? h('p', { class: 'hint' }, f.description) : null,
    h('div', { class: 'field' }, h('label', { for: saidId }, 'As the story says it'), said, read),
    approx, value, low, high, unit, words, errorSlot(path));
}

const PERIOD_KINDS = { YEAR: 'number', MONTH: 'month', DAY: 'date' };

/** A date input at a precision: a year as a number, a month as a month, a day as a date; value from an ISO day. */
function dateInput(precision, iso, path, label) {
  const kind = PERIOD_KINDS[precision] || 'date';
  const value = !iso ? '' : precision === 'YEAR' ? iso.slice(0, 4) : precision === 'MONTH' ? iso.slice(0, 7) : iso;
  return h('input', { type: kind, value, min: kind === 'number' ? 1 : null, max: kind === 'number' ? 9999 : null,
    placeholder: kind === 'month' ? 'YYYY-MM' : null, 'data-type': 'Date', 'data-precision': precision, 'data-path': path, 'aria-label': label });
}

function period(f, path, now, form, required) {
  const type = schemaType('PeriodInput');
  const byName = Object.fromEntries(type.inputFields.map((x) => [x.name, x]));
  const cur = now || {};
  const single = cur.start && cur.end && cur.precision && lastOf(cur.start, cur.precision) === cur.end;
  const precision = simple(byName.precision, unwrap(byName.precision.type), `${path}.precision`, cur.precision || 'YEAR', false);
  precision.querySelector('label').textContent = 'Known to the';
  const select = precision.querySelector('select');
  select.querySelector('option[value=""]').remove();
  select.dataset.preset = 'true'; // sent with a date, never alone
  const start = simple(byName.start, unwrap(byName.start.type), `${path}.start`, null, false);
  const end = simple(byName.end, unwrap(byName.end.type), `${path}.end`, null, false);
  const swap = (field, iso) => {
    const old = field.querySelector('input');
    const fresh = dateInput(select.value, iso, old.dataset.path);
    for (const a of ['id', 'aria-describedby']) fresh.setAttribute(a, old.getAttribute(a));
    old.replaceWith(fresh);
  };
  const isoOf = (field) => toIso(field.querySelector('input'));
  swap(start, cur.start);
  swap(end, single ? null : cur.end);
  start.querySelector('label').textContent = 'Start, or the only one';
  end.querySelector('label').textContent = 'End, for a span';
  select.addEventListener('change', () => {
    const s = isoOf(start);
    const e = isoOf(end);
    swap(start, s);
    swap(end, e);
  });
  return h('fieldset', { class: 'group period', 'data-group': path, 'data-required': required ? 'true' : null },
    h('legend', {}, labelOf(f, required)), f.description ? h('p', { class: 'hint' }, f.description) : null,
    precision, start, end, errorSlot(path));
}

function lastOf(iso, precision) {
  const [y, m] = iso.split('-').map(Number);
  if (precision === 'YEAR') return `${y}-12-31`;
  if (precision === 'MONTH') return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return iso;
}

/** The ISO day a date control holds: a year is its first day, a month its first day. */
function toIso(el) {
  const v = el.value.trim();
  if (!v) return null;
  if (el.dataset.precision === 'YEAR') return /^\d{1,4}$/.test(v) ? `${v.padStart(4, '0')}-01-01` : v;
  if (el.dataset.precision === 'MONTH') return /^\d{4}-\d{2}$/.test(v) ? `${v}-01` : v;
  return v;
}

// ---- repeated inputs (citations, appearances) ----

function repeated(f, t, path, now, form) {
  const items = h('div', { class: 'repeated' });
  const singular = humanize(f.name).toLowerCase().replace(/s$/, '');
  const add = (value) => {
    const index = items.children.length;
    const item = h('fieldset', { class: 'group' }, h('legend', {}, `${humanize(singular)} ${index + 1}`),
      buildFields(t.name, `${path}[${index}]`, value, form), errorSlot(`${path}[${index}]`));
    items.append(item);
    return item;
  };
  const values = Array.isArray(now) ? now : [];
  if (values.length) values.forEach(add);
  else if (f.name === 'citations') add(null);
  const more = h('button', { type: 'button', class: 'quiet small' }, `Add ${items.children.length ? 'another' : 'a'} ${singular}`);
  more.addEventListener('click', () => {
    add(null).querySelector('input, select, textarea').focus();
    more.textContent = `Add another ${singular}`;
  });
  return h('section', { class: 'group-list', 'aria-label': humanize(f.name) },
    h('h3', {}, humanize(f.name)), f.description ? h('p', { class: 'hint' }, f.description) : null, items, more, errorSlot(path));
}

// ---- reading a form ----

function cast(el) {
  const v = el.value.trim();
  const type = el.dataset.type;
  if (type === 'Date') return toIso(el);
  if (type === 'Int') return parseInt(v, 10);
  if (type === 'Float') return Number(v);
  if (type === 'Boolean') return v === 'true';
  return v;
}

function put(out, keys, value, list) {
  let at = out;
  keys.forEach((k, i) => {
    const m = k.match(/^(.+)\[(\d+)\]$/);
    const last = i === keys.length - 1;
    if (m) {
      at[m[1]] = at[m[1]] || [];
      at[m[1]][m[2]] = at[m[1]][m[2]] || {};
      at = at[m[1]][m[2]];
    } else if (last) {
      if (list) (at[k] = at[k] || []).push(value);
      else at[k] = value;
    } else {
      at = at[k] = at[k] || {};
    }
  });
}

/** Drops empty objects and lists (and the holes of removed repeats) so that what was left alone is left out. */
function prune(value) {
  if (Array.isArray(value)) {
    const items = value.filter((x) => x !== undefined).map(prune).filter((x) => x !== undefined);
    return items.length ? items : undefined;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, prune(v)]).filter(([, v]) => v !== undefined);
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}

/**
 * The input object the form holds below a path, and the errors found before asking the service (a required
 * field left empty, a name that matches no source): { value, errors } with errors shaped as the service's.
 */
export function collect(root, path, inline = false) {
  const out = {};
  const errors = [];
  const presets = [];
  for (const el of root.querySelectorAll('[data-path]')) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue;
    const p = el.dataset.path;
    if (!p.startsWith(`${path}.`) || el.closest('[hidden]') || (!inline && el.closest('.inline-new'))) continue;
    if (el.value.trim() === '') continue;
    if (el.dataset.preset) {
      presets.push(el);
      continue;
    }
    let value;
    if (el.dataset.ref) {
      value = resolve(el);
      if (value === undefined) {
        errors.push({ message: `No ${el.dataset.ref.toLowerCase()} is called “${el.value.trim()}”: choose one of the suggestions${el.dataset.ref === 'Country' ? '' : `, or add it with “New ${el.dataset.ref.toLowerCase()}”`}.`, extensions: { field: p } });
        continue;
      }
    } else if (el.dataset.list === 'true') {
      // a list typed as text: "12, 13"
      for (const item of el.value.split(',').map((x) => x.trim()).filter(Boolean)) {
        put(out, p.slice(path.length + 1).split('.'), cast({ value: item, dataset: el.dataset }), true);
      }
      continue;
    } else {
      value = cast(el);
    }
    put(out, p.slice(path.length + 1).split('.'), value, el.dataset.list === 'true');
  }
  // a preset choice (a period's precision, a figure's approximation) goes with its group's other values only
  const pruned = prune(out) || {};
  for (const el of presets) {
    const keys = el.dataset.path.slice(path.length + 1).split('.');
    if (get(pruned, keys.slice(0, -1)) !== undefined) put(out, keys, cast(el), false);
  }
  const value = prune(out) || {};
  for (const el of root.querySelectorAll('[data-required="true"]')) {
    const p = el.dataset.path || el.dataset.group;
    if (!p || !p.startsWith(`${path}.`) || el.closest('[hidden]') || (!inline && el.closest('.inline-new'))) continue;
    const keys = p.slice(path.length + 1).split('.');
    const parentUsed = keys.length === 1 || get(value, keys.slice(0, -1)) !== undefined;
    if (parentUsed && get(value, keys) === undefined) {
      const label = el.closest('fieldset[data-group]') === el ? el.querySelector('legend').textContent : root.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent;
      errors.push({ message: `${(label || humanize(keys[keys.length - 1])).replace(/ \(required\)$/, '')} is needed.`, extensions: { field: p } });
    }
  }
  return { value, errors };
}

function get(value, keys) {
  let at = value;
  for (const k of keys) {
    const m = k.match(/^(.+)\[(\d+)\]$/);
    at = at === undefined || at === null ? undefined : m ? at[m[1]]?.[m[2]] : at[k];
  }
  return at;
}

/** Clears a control's error (and its group's) as soon as the user changes it: errors stay true to what is shown. */
export function clearErrorsOnInput(form) {
  const clear = (event) => {
    const el = event.target;
    el.removeAttribute?.('aria-invalid');
    const own = el.dataset?.path ? form.querySelector(`[data-error-for="${CSS.escape(el.dataset.path)}"]`) : null;
    for (const slot of [own, el.closest?.('[data-group]')?.querySelector(':scope > [data-error-for]')]) {
      if (slot) {
        slot.hidden = true;
        slot.textContent = '';
      }
    }
  };
  form.addEventListener('input', clear);
  form.addEventListener('change', clear);
}

/** The fields of a patch that differ from what the form started with: a field left alone is left out. */
export function changed(before, after) {
  const out = {};
  for (const [k, v] of Object.entries(after)) {
    if (JSON.stringify(v) !== JSON.stringify(before[k])) out[k] = v;
  }
  for (const k of Object.keys(before)) {
    if (!(k in after) && typeof before[k] === 'string') out[k] = ''; // an emptied text clears it
  }
  return out;
}
