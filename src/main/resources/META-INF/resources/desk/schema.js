// What the desk knows of the schema it reads from the service's own introspection: the fields of each kind of fact
// and of each kind's correction patch. A new kind of fact needs no change here.

import { data } from './api.js';
import { h, humanize, uid } from './util.js';

const TYPE_REF = 'kind name ofType { kind name ofType { kind name ofType { kind name } } }';
const QUERY = `query DeskSchema { __schema { types { kind name
  fields { name args { name defaultValue type { ${TYPE_REF} } } type { ${TYPE_REF} } }
  inputFields { name description defaultValue type { ${TYPE_REF} } }
  enumValues { name description } possibleTypes { name } } } }`;

let types = null;

/** Loads the schema once per page. */
export async function loadSchema() {
  if (!types) {
    const d = await data(QUERY);
    types = new Map(d.__schema.types.map((t) => [t.name, t]));
  }
  return types;
}

/** The named type at the bottom of a type reference, and whether it is a list / required. */
export function unwrap(ref) {
  let t = ref;
  let list = false;
  let required = t.kind === 'NON_NULL';
  while (t.ofType) {
    if (t.kind === 'LIST') list = true;
    t = t.ofType;
  }
  return { kind: t.kind, name: t.name, list, required };
}

/**
 * The selection of every field of an object type that can be read without arguments, nested objects (not
 * connections) included up to the depth; the fields in skip are left to the page's own sections (citations...).
 * With an alias prefix, each field is asked for as prefix + name: kinds may give one name different types.
 */
export function selection(typeName, depth = 2, skip = new Set(), alias = '') {
  const type = types.get(typeName);
  const parts = [];
  const as = (name) => (alias ? `${alias}${name}: ${name}` : name);
  for (const f of type.fields || []) {
    if (skip.has(f.name) || f.name.startsWith('__')) continue;
    if (f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null)) continue;
    const t = unwrap(f.type);
    if (t.kind === 'SCALAR' || t.kind === 'ENUM') parts.push(as(f.name));
    else if (t.kind === 'OBJECT' && depth > 1 && !t.name.endsWith('Connection')) {
      const inner = selection(t.name, depth - 1, new Set());
      if (inner) parts.push(`${as(f.name)} { ${inner} }`);
    }
  }
  return parts.join(' ');
}

/** The CorrectionInput field that carries the patch of a kind: Deployment -> deployment (type DeploymentPatch). */
export function patchFieldOf(typename) {
  const input = types.get('CorrectionInput');
  return (input.inputFields || []).find((f) => unwrap(f.type).name === `${typename}Patch`) || null;
}

/**
 * A form section for an input type: one labelled control per field (nested inputs as fieldsets), each named by
 * its path below the operation's input ("deployment.period.start"), so that errors' extensions.field find it.
 * Lists of inputs are left out (they are edited in the GraphQL API). current gives placeholders ("now: 12000").
 */
export function inputFields(typeName, path, current, depth = 2) {
  const type = types.get(typeName);
  const nodes = [];
  for (const f of type.inputFields || []) {
    const t = unwrap(f.type);
    const fieldPath = `${path}.${f.name}`;
    const now = current && typeof current === 'object' ? current[f.name] : undefined;
    if (t.kind === 'INPUT_OBJECT') {
      if (t.list || depth <= 1) continue;
      nodes.push(h('fieldset', { class: 'group', 'data-path': fieldPath },
        h('legend', {}, humanize(f.name)),
        f.description ? h('p', { class: 'hint' }, f.description) : null,
        inputFields(t.name, fieldPath, now, depth - 1),
        h('p', { class: 'error', 'data-error-for': fieldPath, hidden: true })));
      continue;
    }
    nodes.push(control(f, t, fieldPath, now));
  }
  return nodes;
}

/** The control of one field of an input type, at path.field (e.g. CorrectionInput.verification at input). */
export function inputField(typeName, fieldName, path, current) {
  const f = types.get(typeName).inputFields.find((x) => x.name === fieldName);
  return control(f, unwrap(f.type), `${path}.${f.name}`, current ? current[f.name] : undefined);
}

function control(f, t, fieldPath, now) {
  const id = uid('field');
  const hint = uid('hint');
  const error = uid('error');
  const shown = now === undefined || now === null || typeof now === 'object' ? null : String(now);
  const attrs = { id, name: fieldPath, 'data-path': fieldPath, 'data-type': t.name, 'data-list': t.list, 'aria-describedby': `${hint} ${error}` };
  let input;
  if (t.kind === 'ENUM') {
    input = h('select', attrs, h('option', { value: '' }, shown ? `(unchanged: ${shown})` : '(unchanged)'),
      types.get(t.name).enumValues.map((v) => h('option', { value: v.name }, v.name)));
  } else if (t.name === 'Boolean') {
    input = h('select', attrs, h('option', { value: '' }, '(unchanged)'), h('option', { value: 'true' }, 'yes'), h('option', { value: 'false' }, 'no'));
  } else {
    const kind = t.list ? 'text' : t.name === 'Date' ? 'date' : t.name === 'Int' || t.name === 'Float' ? 'number' : 'text';
    input = h('input', { ...attrs, type: kind, step: t.name === 'Float' ? 'any' : null, placeholder: shown ? `now: ${shown}` : null });
  }
  return h('div', { class: 'field' },
    h('label', { for: id }, humanize(f.name)),
    input,
    h('p', { class: 'hint', id: hint }, [f.description, t.list ? ' Several: separate them with commas.' : ''].join('')),
    h('p', { class: 'error', id: error, 'data-error-for': fieldPath, hidden: true }));
}

/** The values entered below a path, as the input object GraphQL expects; empty controls are left out. */
export function collect(form, path) {
  const out = {};
  for (const el of form.querySelectorAll('[data-path]')) {
    if (!(el instanceof HTMLInputElement || el instanceof HTMLSelectElement || el instanceof HTMLTextAreaElement)) continue;
    const p = el.dataset.path;
    if (!p.startsWith(`${path}.`) || el.value.trim() === '') continue;
    let value = el.value.trim();
    const type = el.dataset.type;
    const cast = (v) => (type === 'Int' ? parseInt(v, 10) : type === 'Float' ? Number(v) : type === 'Boolean' ? v === 'true' : v);
    value = el.dataset.list === 'true' ? value.split(',').map((v) => cast(v.trim())).filter((v) => v !== '') : cast(value);
    const keys = p.slice(path.length + 1).split('.');
    let at = out;
    keys.slice(0, -1).forEach((k) => { at[k] = at[k] || {}; at = at[k]; });
    at[keys[keys.length - 1]] = value;
  }
  return out;
}

/**
 * Shows each error next to the control its extensions.field (or its violations' fields) names
 * ("input.deployment.headcount.value"), or the
 * nearest enclosing group; what fits nowhere goes to the form's summary. Returns the first invalid control.
 */
export function showErrors(form, errors, summary) {
  for (const el of form.querySelectorAll('[data-error-for]')) { el.hidden = true; el.textContent = ''; }
  for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  summary.replaceChildren();
  summary.hidden = true;
  let first = null;
  for (const e of errors) {
    const fields = e.extensions?.violations?.map((v) => ({ field: v.field, message: v.message })) || [{ field: e.extensions?.field, message: e.message }];
    for (const { field, message: raw } of fields) {
      const message = field && raw.startsWith(`${field}: `) ? raw.slice(field.length + 2) : raw;
      let path = field;
      let slot = null;
      while (path && !slot) {
        slot = form.querySelector(`[data-error-for="${CSS.escape(path)}"]`);
        if (!slot) path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : null;
      }
      if (slot) {
        slot.textContent = slot.textContent ? `${slot.textContent} ${message}` : message;
        slot.hidden = false;
        const control = form.querySelector(`[data-path="${CSS.escape(path)}"]`);
        if (control) {
          control.setAttribute('aria-invalid', 'true');
          first = first || control;
        }
      } else {
        summary.append(h('p', {}, message));
        summary.hidden = false;
      }
    }
  }
  return first || (summary.hidden ? null : summary);
}
