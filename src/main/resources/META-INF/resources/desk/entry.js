// Entering facts: "New fact" (choose the kind, a form built from its create<Kind> input type, a duplicate check
// through similar<Kinds> before saving, then a draft) and "Edit draft" (the same builder over the kind's patch type,
// prefilled; only what changed is sent, at the version shown). The kinds, their inputs and checks come from the
// schema: a new kind of fact needs no change here.

import { gql } from './api.js';
import { announce, render } from './page.js';
import { buildFields, changed, clearErrorsOnInput, collect, plain, settle } from './forms.js';
import { loadSchema, schemaType, showErrors, unwrap } from './schema.js';
import { h, humanize } from './util.js';
import { readable } from './words.js';
import { handover } from './story.js';
import { loadFact } from './fact.js';

/** The kinds of fact, each with the mutation that creates it and the query that finds what it would repeat. */
function kinds() {
  const mutation = schemaType('Mutation').fields;
  const query = schemaType('Query').fields;
  return schemaType('Fact').possibleTypes.map((t) => {
    const create = mutation.find((f) => f.name === `create${t.name}`);
    const input = create && unwrap(create.args.find((a) => a.name === 'input').type).name;
    const similar = query.find((f) => f.args.some((a) => a.name === 'input' && unwrap(a.type).name === input)
      && unwrap(f.type).name === 'SimilarFact');
    const update = mutation.find((f) => f.name === `update${t.name}`);
    return { name: t.name, description: schemaType(t.name).description, create, input, similar, update };
  }).filter((k) => k.create);
}

export async function newFactPage(kindName) {
  await loadSchema();
  const all = kinds();
  const kind = all.find((k) => k.name.toLowerCase() === String(kindName || '').toLowerCase());
  if (!kind) {
    render('New fact', h('h1', {}, 'New fact'),
      h('p', {}, 'What kind of fact is it?'),
      h('ul', { class: 'kinds' }, all.map((k) => h('li', {},
        h('a', { href: `#/new/${k.name.toLowerCase()}` }, humanize(k.name)), k.description ? h('span', { class: 'hint' }, ` — ${k.description}`) : null))));
    return null;
  }
  const proposal = handover.take();
  const prefill = proposal && proposal.kind === kind.name.toLowerCase() ? fromProposal(proposal) : null;
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const similar = h('section', { class: 'notice', 'aria-labelledby': 'similar-title', hidden: true, tabindex: '-1' });
  const save = h('button', { type: 'submit' }, 'Save as a draft');
  const form = h('form', { class: 'card entry', novalidate: true, 'aria-labelledby': 'entry-title' });
  form.append(summary, ...buildFields(kind.input, 'input', prefill, form), similar, h('div', { class: 'actions' }, save));
  clearErrorsOnInput(form);
  let confirmed = null; // the input the editor saved despite the similar facts shown for it
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!(await settle(form))) return null;
    const { value: input, errors } = collect(form, 'input');
    if (errors.length) return focus(showErrors(form, errors, summary));
    showErrors(form, [], summary);
    const key = JSON.stringify(input);
    if (kind.similar && confirmed !== key) {
      const body = await gql(`query Similar($input: ${kind.input}!) { ${kind.similar.name}(input: $input) {
        reasons fact { __typename id status summary updatedAt } } }`, { input });
      if (body.errors?.length) return focus(showErrors(form, body.errors, summary));
      const found = body.data[kind.similar.name];
      if (found.length) {
        confirmed = key;
        similar.replaceChildren(
          h('h2', { id: 'similar-title' }, found.length === 1 ? 'This may already be in the database' : `This may repeat ${found.length} facts already in the database`),
          h('ul', {}, found.map((s) => h('li', {}, h('a', { href: `#/facts/${s.fact.id}` }, s.fact.summary),
            h('span', { class: 'meta' }, ` ${readable(s.fact.status)} · ${s.reasons.join(', ')}`)))),
          h('p', {}, 'Check them first. If yours is a different fact, save it anyway.'));
        similar.hidden = false;
        save.textContent = 'Save the draft anyway';
        similar.focus();
        announce('Similar facts found: check them before saving.');
        return;
      }
    }
    const body = await gql(`mutation Create($input: ${kind.input}!) { ${kind.create.name}(input: $input) { id } }`, { input });
    if (body.errors?.length) return focus(showErrors(form, body.errors, summary));
    announce('Draft saved');
    location.hash = `#/facts/${body.data[kind.create.name].id}`;
  });
  // a changed input needs its own check for duplicates
  form.addEventListener('input', () => {
    if (confirmed) {
      confirmed = null;
      similar.hidden = true;
      save.textContent = 'Save as a draft';
    }
  });
  render(`New ${humanize(kind.name).toLowerCase()}`,
    h('p', { class: 'meta' }, h('a', { href: '#/new' }, 'New fact'), ' › ', humanize(kind.name)),
    h('h1', { id: 'entry-title' }, `New ${humanize(kind.name).toLowerCase()}`),
    h('p', { class: 'hint' }, prefill ? 'Read from the story: check every field, then save it as a draft. A chief publishes it.'
      : 'Fields marked “required” are needed; the rest can be added later. It is saved as a draft: a chief publishes it.'),
    form);
  return null;
}

/**
 * The form's values for a proposal read from a story: its input, with its citation's sources by name (existing ones
 * with their ids, new ones by name alone, so that "New source" opens with it).
 */
function fromProposal({ input, citation }) {
  const ref = (s) => (s ? (s.source ? { id: s.source.id, name: s.name } : { name: s.name }) : null);
  const values = { ...input };
  if (input.claimantId || input.statement !== undefined) {
    values.claimantId = ref(citation.source);
  } else {
    values.citations = [{ ...(input.citations?.[0] || {}), sourceId: ref(citation.source), viaSourceId: ref(citation.via),
      chainSourceIds: citation.chain.map(ref) }];
  }
  return values;
}

function focus(el) {
  if (el) el.focus();
  return null;
}

export async function editDraftPage(id) {
  await loadSchema();
  const { fact, current } = await loadFact(id);
  const kind = kinds().find((k) => k.name === fact?.__typename);
  if (!fact || !kind?.update) {
    render('No such draft', h('h1', {}, 'No such draft'), h('p', {}, `No draft has the id ${id}.`));
    return null;
  }
  if (fact.status !== 'DRAFT') {
    render('Not a draft', h('h1', {}, fact.summary), h('p', {}, 'This fact is published: it changes through a correction, which a chief reviews.'),
      h('p', {}, h('a', { href: `#/facts/${id}` }, 'Back to the fact')));
    return null;
  }
  const patchType = unwrap(kind.update.args.find((a) => a.name === 'input').type).name;
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const form = h('form', { class: 'card entry', novalidate: true, 'aria-labelledby': 'entry-title' });
  const noteId = 'edit-note';
  form.append(summary, ...buildFields(patchType, 'input', current, form),
    h('div', { class: 'field' }, h('label', { for: noteId }, 'Why (for the history)'), h('textarea', { id: noteId, rows: 2, maxlength: 2000 })),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Save the draft'), h('a', { href: `#/facts/${id}` }, 'Cancel')));
  const before = collect(form, 'input').value;
  clearErrorsOnInput(form);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!(await settle(form))) return null;
    const { value, errors } = collect(form, 'input');
    if (errors.length) return focus(showErrors(form, errors, summary));
    const input = changed(before, value);
    if (!Object.keys(input).length) return focus(showErrors(form, [{ message: 'Nothing has changed yet.' }], summary));
    const body = await gql(`mutation Edit($id: ID!, $v: Int!, $input: ${patchType}!, $note: String) {
      ${kind.update.name}(id: $id, expectedVersion: $v, input: $input, note: $note) { id version } }`,
    { id, v: fact.version, input, note: form.querySelector(`#${noteId}`).value.trim() || null });
    if (body.errors?.length) {
      const conflict = body.errors.find((e) => e.extensions?.code === 'CONFLICT');
      return focus(showErrors(form, conflict ? [{ message: plain(conflict) }] : body.errors, summary));
    }
    announce('Draft saved');
    location.hash = `#/facts/${id}`;
  });
  render(`Edit: ${fact.summary}`,
    h('p', { class: 'meta' }, `${humanize(fact.__typename)} · Draft · version ${fact.version}`),
    h('h1', { id: 'entry-title' }, `Edit the draft: ${fact.summary}`),
    h('p', { class: 'hint' }, 'The fields show the draft as it is. Change what needs changing; what you leave alone stays as it is.'),
    form);
  return null;
}
