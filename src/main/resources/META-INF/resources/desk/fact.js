// Fact page, readable top-down for a journalist: the sentence, the fact in words (kind, status, figures, dates at
// their precision, places and sources by name), its sources, disputes, public correction notes and history; then
// what can be done to it (edit a draft, publish, add a citation or a dispute, propose a correction, retract) and,
// last, the raw fields. Every kind's fields are read from the schema.

import { cancelEmbargo, data, gql, publishFact, session } from './api.js';
import { announce, render } from './page.js';
import { changes } from './queue.js';
import { buildFields, changed, clearErrorsOnInput, collect, settle } from './forms.js';
import { loadSchema, patchFieldOf, selection, showErrors, unwrap } from './schema.js';
import { h, humanize, show, uid } from './util.js';
import { enumWord, readable, when } from './words.js';

const SECTIONS = new Set(['citations', 'disputes', 'corrections', 'history', 'summary', 'id', 'status', 'version', 'embargo']);

async function query() {
  const types = await loadSchema();
  const kinds = types.get('Fact').possibleTypes.map((t) => t.name);
  const perKind = kinds.map((k) => `... on ${k} { ${selection(k, 2, SECTIONS, `${k}__`)} }`).join('\n');
  return `query FactPage($id: ID!) { fact(id: $id) { __typename id status version summary verification updatedAt
    embargo { state publishAt scheduledBy outcome }
    ${perKind}
    citations { id title url archiveUrl publishedOn accessedOn quote source { id name } via { name } chain { name } }
    disputes { ${selection('Dispute', 2)} }
    corrections { text correctedAt }
    history { ${selection('Revision', 2, new Set(['changes']))} changes { field from to } } } }`;
}

/** A fact with its kind's own fields as { name: value } (current), for this page and the draft editor. */
export async function loadFact(id) {
  const d = await data(await query(), { id });
  const fact = d.fact;
  if (!fact) return { fact: null, current: null };
  // the kind's own fields come as Kind__field (kinds may give one name different types)
  const current = Object.fromEntries(Object.entries(fact).filter(([k]) => k.startsWith(`${fact.__typename}__`))
    .map(([k, v]) => [k.slice(fact.__typename.length + 2), v]));
  return { fact, current };
}

/** Fields shown in words at the top; the rest (ids, flags, machine forms) only under "Raw fields". */
const MACHINE = /(^id$|Id$|Ids$|JsonLd$|^createdAt$|^updatedAt$|^publishedAt$|^createdBy$|^updatedBy$|^viewer)/;

export async function factPage(id) {
  const { fact, current } = await loadFact(id);
  if (!fact) {
    render('No such fact', h('h1', {}, 'No such fact'), h('p', {}, `No fact has the id ${id}.`));
    return null;
  }
  const fields = Object.entries(current);
  const words = fields.filter(([k, v]) => !MACHINE.test(k) && v !== null && !(Array.isArray(v) && v.length === 0));
  render(fact.summary,
    h('p', { class: 'meta' }, `${humanize(fact.__typename)} · ${enumWord(fact.status)} · ${enumWord(fact.verification)} · version ${fact.version} · last changed ${when(fact.updatedAt)}`),
    h('h1', {}, fact.summary),
    actions(fact),
    h('section', { 'aria-labelledby': 'fields-title' },
      h('h2', { id: 'fields-title' }, 'The fact'),
      h('dl', { class: 'fields' }, words.map(([k, v]) => [h('dt', {}, humanize(k)), h('dd', {}, readable(v))]))),
    section('Sources', fact.citations.length === 0 ? h('p', {}, 'No citations yet: a fact needs one to be published.') : h('ul', {}, fact.citations.map(citation))),
    section('Disputes', fact.disputes.length === 0 ? h('p', {}, 'Nobody disputes it.') : h('ul', {}, fact.disputes.map((x) => h('li', {}, readable(x))))),
    section('Public correction notes', fact.corrections.length === 0 ? h('p', {}, 'No corrections.')
      : h('ul', { class: 'notes' }, fact.corrections.map((n) => h('li', {}, h('time', { datetime: n.correctedAt }, when(n.correctedAt)), ' ', n.text)))),
    section('History', h('ol', { class: 'history' }, [...fact.history].reverse().map(revision))),
    fact.status !== 'RETRACTED' ? citationForm(fact) : null,
    fact.status !== 'RETRACTED' ? disputeForm(fact) : null,
    fact.status === 'PUBLISHED' ? proposeForm(fact, current) : null,
    fact.status === 'PUBLISHED' ? retractForm(fact) : null,
    h('details', { class: 'raw' }, h('summary', {}, 'Raw fields'),
      h('dl', { class: 'fields' }, [['id', fact.id], ['status', fact.status], ['version', fact.version], ...fields]
        .map(([k, v]) => [h('dt', {}, k), h('dd', {}, show(v))]))));
  return null;
}

function section(title, ...content) {
  const id = uid('section');
  return h('section', { 'aria-labelledby': id }, h('h2', { id }, title), ...content);
}

function citation(c) {
  return h('li', {},
    h('strong', {}, c.source.name), c.via ? ` (as reported by ${c.via.name})` : '',
    c.chain.length ? `, through ${c.chain.map((s) => s.name).join(', ')}` : '',
    c.title ? ` — ${c.title}` : '',
    c.publishedOn ? `, published ${readable(c.publishedOn)}` : '',
    c.url ? [' · ', h('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, 'Read it')] : '',
    c.archiveUrl ? [' · ', h('a', { href: c.archiveUrl, rel: 'noopener noreferrer', target: '_blank' }, 'Archived copy')] : '',
    c.quote ? h('blockquote', {}, c.quote) : null);
}

function revision(r) {
  const rest = Object.entries(r).filter(([k]) => !['changes', 'number', 'action', 'by', 'at', 'note'].includes(k));
  return h('li', {},
    h('p', {}, h('strong', {}, `Version ${r.number}`), ` · ${enumWord(r.action)} by ${r.by}`, r.at ? [' · ', h('time', { datetime: r.at }, when(r.at))] : '',
      rest.length ? ` · ${rest.map(([k, v]) => `${humanize(k)}: ${readable(v)}`).join('; ')}` : ''),
    r.note ? h('p', { class: 'note' }, r.note) : null,
    r.changes.length ? changes(r.changes) : null);
}

function actions(fact) {
  if (fact.status !== 'DRAFT') return null;
  const edit = h('a', { class: 'button secondary', href: `#/facts/${fact.id}/edit` }, 'Edit the draft');
  const embargo = embargoNotice(fact.embargo);
  if (!session.isChief()) {
    return h('div', { class: 'actions' }, embargo, edit,
      h('button', { type: 'button', disabled: true, 'aria-describedby': 'publish-refusal' }, 'Publish'),
      h('p', { class: 'refusal', id: 'publish-refusal' }, 'A draft: only a chief publishes it.'));
  }
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const act = (button, send, done) => button.addEventListener('click', async () => {
    button.disabled = true;
    const body = await send();
    if (body.errors?.length) {
      error.textContent = body.errors[0].message;
      error.hidden = false;
      button.disabled = false;
      return;
    }
    announce(done(body));
    await factPage(fact.id);
  });
  const button = h('button', { type: 'button' }, 'Publish');
  act(button, () => publishFact(fact.id, fact.version), () => 'Published');
  // under embargo: published at a time (the chief's local time, sent as an instant); scheduling again moves it
  const atId = uid('publish-at');
  const at = h('input', { id: atId, type: 'datetime-local', step: 1 });
  const later = h('button', { type: 'button', class: 'secondary' }, fact.embargo?.state === 'SCHEDULED' ? 'Move the embargo' : 'Schedule');
  act(later, async () => (at.value ? publishFact(fact.id, fact.version, new Date(at.value).toISOString())
    : { errors: [{ message: 'Choose the time to publish it at.' }] }),
    (body) => `Embargoed until ${when(body.data.publishFact.embargo.publishAt)}`);
  const controls = [edit, button, h('span', { class: 'embargo-time' }, h('label', { for: atId }, 'Publish at'), ' ', at, ' ', later)];
  if (fact.embargo?.state === 'SCHEDULED') {
    const cancel = h('button', { type: 'button', class: 'secondary' }, 'Cancel the embargo');
    act(cancel, () => cancelEmbargo(fact.id), () => 'Embargo cancelled');
    controls.push(cancel);
  }
  return h('div', { class: 'actions' }, embargo, ...controls, error);
}

/** What the desk says of a draft's embargo: scheduled until a time, or how it ended (cancelled, lapsed). */
function embargoNotice(embargo) {
  if (!embargo || embargo.state === 'PUBLISHED') return null;
  if (embargo.state === 'SCHEDULED') {
    return h('p', { class: 'embargo', role: 'status' }, h('strong', {}, 'Embargoed'), ': published at ',
      h('time', { datetime: embargo.publishAt }, when(embargo.publishAt)), `, as scheduled by ${embargo.scheduledBy}. Until then readers do not see it.`);
  }
  return h('p', { class: 'embargo' }, h('strong', {}, `Embargo ${enumWord(embargo.state).toLowerCase()}`), `: ${embargo.outcome}`);
}

/** A form of the page: a title, the controls, a submit button, a summary of errors and a done message. */
function pageForm(title, hint, controls, label, send) {
  const titleId = uid('form-title');
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const done = h('p', { class: 'success', role: 'status' });
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': titleId },
    h('h2', { id: titleId }, title), hint ? h('p', { class: 'hint' }, hint) : null, summary);
  form.append(...controls(form), h('div', { class: 'actions' }, h('button', { type: 'submit' }, label)), done);
  clearErrorsOnInput(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    done.textContent = '';
    if (!(await settle(form))) return null;
    const result = await send(form);
    const errors = result.errors || [];
    if (errors.length) {
      const first = showErrors(form, errors, summary);
      if (first) first.focus();
      return;
    }
    showErrors(form, [], summary);
    if (result.reload) {
      announce(result.done);
      await factPage(form.dataset.fact);
      return;
    }
    done.textContent = result.done;
    announce(result.done);
  });
  return form;
}

/** Adds the fields of an input type under "input", submitted by one mutation with (factId, input). */
function inputForm(fact, title, typeName, mutation, label, done) {
  const form = pageForm(title, null, (f) => buildFields(typeName, 'input', null, f), label, async (f) => {
    const { value, errors } = collect(f, 'input');
    if (errors.length) return { errors };
    const body = await gql(`mutation Add($id: ID!, $input: ${typeName}!) { ${mutation}(factId: $id, input: $input) { id } }`, { id: fact.id, input: value });
    return body.errors?.length ? { errors: body.errors } : { reload: true, done };
  });
  form.dataset.fact = fact.id;
  return form;
}

function citationForm(fact) {
  return inputForm(fact, 'Add a citation', 'CitationInput', 'addCitation', 'Add the citation', 'Citation added');
}

function disputeForm(fact) {
  return inputForm(fact, 'Add a dispute', 'DisputeInput', 'addDispute', 'Add the dispute', 'Dispute added: the fact is now marked disputed');
}

/** Chiefs retract a published fact with a reason; editors see the form disabled, and why. */
function retractForm(fact) {
  const chief = session.isChief();
  const form = pageForm('Retract', chief ? 'Withdraws the fact: it stays public, marked as retracted, with the reason printed as its correction note.'
    : 'Only a chief retracts a fact. Propose a correction instead, or ask a chief.', () => {
    const id = uid('field');
    return [h('div', { class: 'field' }, h('label', { for: id }, 'Reason (required, printed under the fact)'),
      h('textarea', { id, rows: 2, 'data-path': 'reason', 'data-required': 'true', 'aria-required': 'true', disabled: !chief, maxlength: 2000 }),
      h('p', { class: 'error', 'data-error-for': 'reason', hidden: true }))];
  }, 'Retract the fact', async (f) => {
    const reason = f.querySelector('[data-path="reason"]').value.trim();
    if (!reason) return { errors: [{ message: 'Give the reason: readers see it under the fact.', extensions: { field: 'reason' } }] };
    const body = await gql('mutation Retract($id: ID!, $v: Int!, $r: String!) { retractFact(id: $id, expectedVersion: $v, reason: $r) { id } }',
      { id: fact.id, v: fact.version, r: reason });
    return body.errors?.length ? { errors: body.errors } : { reload: true, done: 'Retracted' };
  });
  form.dataset.fact = fact.id;
  if (!chief) form.querySelector('button[type="submit"]').disabled = true;
  return form;
}

/**
 * The correction form: reason, public note, evidence, a new verification and the fields of the fact's kind,
 * prefilled with the fact as it is; only what the editor changes goes into the patch.
 */
function proposeForm(fact, current) {
  const patch = patchFieldOf(fact.__typename);
  const patchPath = patch ? `input.${patch.name}` : null;
  let before = {};
  const form = pageForm('Propose a correction',
    'The fields show the fact as it is: change only what is wrong. A chief other than you reviews it; the public note is printed under the fact once approved.',
    (f) => {
      // the correction's own fields, then the kind's patch prefilled with the fact (other kinds' patches left out)
      const own = buildFields('CorrectionInput', 'input', null, f, (x) => x.name !== 'factId' && !unwrap(x.type).name.endsWith('Patch'));
      const kind = patch ? h('fieldset', { class: 'group', 'data-group': patchPath }, h('legend', {}, `${humanize(fact.__typename)} fields`),
        buildFields(unwrap(patch.type).name, patchPath, current, f), h('p', { class: 'error', 'data-error-for': patchPath, hidden: true })) : null;
      queueMicrotask(() => { before = patch ? collect(f, patchPath).value : {}; });
      return [...own, kind];
    }, 'Propose the correction', async (f) => {
      const { value, errors } = collect(f, 'input');
      if (errors.length) return { errors };
      const input = { factId: fact.id, ...value };
      if (patch) {
        const diff = changed(before, value[patch.name] || {});
        if (Object.keys(diff).length) input[patch.name] = diff;
        else delete input[patch.name];
      }
      const body = await gql('mutation Propose($input: CorrectionInput!) { submitCorrection(input: $input) { id } }', { input });
      if (body.errors?.length) return { errors: body.errors };
      return { done: 'Correction proposed: it waits in the Review queue for another chief. Follow it under My corrections.' };
    });
  return form;
}
