// What the desk knows of the schema it reads from the service's own introspection: the fields of each kind of fact
// and of each kind's correction patch. A new kind of fact needs no change here.

import { data } from './api.js';
import { h } from './util.js';

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

/** A type of the schema by name (after loadSchema). */
export function schemaType(name) {
  return types.get(name);
}

/** The plain words for an error (never the service's raw coercion text; a version conflict explained). */
export function plain(error) {
  const code = error.extensions?.code;
  if (code === 'CONFLICT') return 'Someone else saved this fact first. Reload the page to see their version, then make your change again.';
  if (/^Variable '|coerced|NonNull type|Validation error/.test(error.message || '')) {
    return 'Some required information is missing or not in the expected form. Check the fields marked as required.';
  }
  return error.message;
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
    const fields = e.extensions?.violations?.map((v) => ({ field: v.field, message: v.message })) || [{ field: e.extensions?.field, message: plain(e) }];
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
