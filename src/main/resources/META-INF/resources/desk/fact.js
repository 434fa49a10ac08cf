// Fact page: every field of the fact (read from the schema, whatever its kind), its citations with sources and
// archived copies, disputes, public correction notes and history with field diffs; "Propose a correction" on
// published facts, "Publish" on drafts for chiefs.

import { data, gql, publishFact, session } from './api.js';
import { announce, render } from './page.js';
import { changes } from './queue.js';
import { collect, inputField, inputFields, loadSchema, patchFieldOf, selection, showErrors, unwrap } from './schema.js';
import { h, humanize, show, time, uid } from './util.js';

const SECTIONS = new Set(['citations', 'disputes', 'corrections', 'history', 'summary', 'id', 'status', 'version']);

async function query() {
  const types = await loadSchema();
  const kinds = types.get('Fact').possibleTypes.map((t) => t.name);
  const perKind = kinds.map((k) => `... on ${k} { ${selection(k, 2, SECTIONS, `${k}__`)} }`).join('\n');
  return `query FactPage($id: ID!) { fact(id: $id) { __typename id status version summary
    ${perKind}
    citations { id title url archiveUrl publishedOn accessedOn quote source { id name } via { name } chain { name } }
    disputes { ${selection('Dispute', 2)} }
    corrections { text correctedAt }
    history { ${selection('Revision', 2, new Set(['changes']))} changes { field from to } } }
  sources(first: 100) { nodes { id name } } }`;
}

export async function factPage(id) {
  const d = await data(await query(), { id });
  const fact = d.fact;
  if (!fact) {
    render('No such fact', h('h1', {}, 'No such fact'), h('p', {}, `No fact has the id ${id}.`));
    return null;
  }
  // the kind's own fields come as Kind__field (kinds may give one name different types)
  const fields = Object.entries(fact).filter(([k]) => k.startsWith(`${fact.__typename}__`))
    .map(([k, v]) => [k.slice(fact.__typename.length + 2), v]);
  const current = Object.fromEntries(fields);
  render(fact.summary,
    h('p', { class: 'meta' }, `${fact.__typename} · ${fact.status} · version ${fact.version}`),
    h('h1', {}, fact.summary),
    actions(fact),
    h('section', { 'aria-labelledby': 'fields-title' },
      h('h2', { id: 'fields-title' }, 'Fields'),
      h('dl', { class: 'fields' }, fields.map(([k, v]) => [h('dt', {}, humanize(k)), h('dd', {}, show(v))]))),
    section('Citations', fact.citations.length === 0 ? h('p', {}, 'No citations.') : h('ul', {}, fact.citations.map(citation))),
    section('Disputes', fact.disputes.length === 0 ? h('p', {}, 'Nobody disputes it.') : h('ul', {}, fact.disputes.map((x) => h('li', {}, show(x))))),
    section('Public correction notes', fact.corrections.length === 0 ? h('p', {}, 'No corrections.')
      : h('ul', { class: 'notes' }, fact.corrections.map((n) => h('li', {}, time(n.correctedAt, new Date(n.correctedAt).toDateString()), ' ', n.text)))),
    section('History', h('ol', { class: 'history' }, [...fact.history].reverse().map(revision))),
    fact.status === 'PUBLISHED' ? proposeForm(fact, current, d.sources.nodes) : null);
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
    c.publishedOn ? `, published ${c.publishedOn}` : '',
    c.url ? [' · ', h('a', { href: c.url, rel: 'noopener noreferrer', target: '_blank' }, 'Read it')] : '',
    c.archiveUrl ? [' · ', h('a', { href: c.archiveUrl, rel: 'noopener noreferrer', target: '_blank' }, 'Archived copy')] : '',
    c.quote ? h('blockquote', {}, c.quote) : null);
}

function revision(r) {
  const rest = Object.entries(r).filter(([k]) => !['changes', 'number', 'action', 'by', 'at', 'note'].includes(k));
  return h('li', {},
    h('p', {}, h('strong', {}, `Version ${r.number}`), ` · ${r.action} by ${r.by}`, r.at ? [' · ', time(r.at)] : '',
      rest.length ? ` · ${rest.map(([k, v]) => `${humanize(k)}: ${show(v)}`).join('; ')}` : ''),
    r.note ? h('p', { class: 'note' }, r.note) : null,
    r.changes.length ? changes(r.changes) : null);
}

function actions(fact) {
  if (fact.status !== 'DRAFT') return null;
  if (!session.isChief()) return h('p', { class: 'hint' }, 'A draft: a chief publishes it.');
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const button = h('button', { type: 'button' }, 'Publish');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const body = await publishFact(fact.id, fact.version);
    if (body.errors?.length) {
      error.textContent = body.errors[0].message;
      error.hidden = false;
      button.disabled = false;
      return;
    }
    announce('Published');
    await factPage(fact.id);
  });
  return h('div', { class: 'actions' }, button, error);
}

/** The correction form: reason, public note, evidence, a new verification and the fields of the fact's kind. */
function proposeForm(fact, current, sources) {
  const patch = patchFieldOf(fact.__typename);
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const done = h('p', { class: 'success', role: 'status' });
  const cited = fact.citations.map((c) => c.source.id);
  const text = (label, path, attrs, tag = 'input') => {
    const id = uid('field');
    const err = uid('error');
    return h('div', { class: 'field' }, h('label', { for: id }, label),
      h(tag, { id, 'data-path': path, 'aria-describedby': err, ...attrs }),
      h('p', { class: 'error', id: err, 'data-error-for': path, hidden: true }));
  };
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'propose-title' },
    h('h2', { id: 'propose-title' }, 'Propose a correction'),
    h('p', { class: 'hint' }, 'Fill in only what changes. A chief other than you reviews it; the public note is printed under the fact once approved.'),
    summary,
    text('Reason', 'input.reason', { rows: 3, required: true }, 'textarea'),
    text('Public note', 'input.publicNote', { rows: 3, required: true }, 'textarea'),
    h('fieldset', { class: 'group' }, h('legend', {}, 'Evidence'),
      text('Evidence URL', 'input.evidence.url', { type: 'url', inputmode: 'url' }),
      (() => {
        const id = uid('field');
        return h('div', { class: 'field' }, h('label', { for: id }, 'Evidence source'),
          h('select', { id, 'data-path': 'input.evidence.sourceId' },
            [...sources].sort((a, b) => cited.includes(b.id) - cited.includes(a.id)).map((s) => h('option', { value: s.id }, s.name))),
          h('p', { class: 'error', 'data-error-for': 'input.evidence.sourceId', hidden: true }));
      })(),
      text('Evidence title', 'input.evidence.title', {}),
      h('p', { class: 'error', 'data-error-for': 'input.evidence', hidden: true })),
    inputField('CorrectionInput', 'verification', 'input', current),
    patch ? h('fieldset', { class: 'group', 'data-path': `input.${patch.name}` }, h('legend', {}, `${fact.__typename} fields`),
      inputFields(unwrap(patch.type).name, `input.${patch.name}`, current),
      h('p', { class: 'error', 'data-error-for': `input.${patch.name}`, hidden: true })) : null,
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Propose the correction')),
    done);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    done.textContent = '';
    const input = { factId: fact.id, ...collect(form, 'input') };
    if (input.evidence && !input.evidence.url && !input.evidence.title) delete input.evidence;
    const body = await gql('mutation Propose($input: CorrectionInput!) { submitCorrection(input: $input) { id } }', { input });
    if (body.errors?.length) {
      const first = showErrors(form, body.errors, summary);
      if (first) first.focus();
      return;
    }
    showErrors(form, [], summary);
    form.reset();
    done.textContent = 'Correction proposed: it waits in the Review queue for another chief.';
    announce(done.textContent);
  });
  return form;
}
