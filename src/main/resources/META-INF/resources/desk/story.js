// New from a story: paste a published story, its date and outlet; the service proposes its facts (proposeFacts).
// The story is shown with each proposal's span marked and, beside it, a card per proposal: what was read, who
// says it, how sure, what it may repeat. "Check and save" opens the new-fact form prefilled with the proposal;
// "Dismiss" drops it. Nothing is saved without a person looking at it.

import { gql } from './api.js';
import { announce, render } from './page.js';
import { showErrors } from './schema.js';
import { h, humanize } from './util.js';
import { dateAt, readable } from './words.js';

const PROPOSE = `query ProposeFacts($story: StoryInput!) { proposeFacts(story: $story) { kind input confidence start end
  citation { source { name source { id } } chain { name source { id } } via { name source { id } } }
  similar { reasons fact { id summary status } } places { name } actors { name } } }`;
const KEY = 'nf-desk-story';

/** The proposal waiting to prefill the new-fact form: { kind, input, citation }. */
export const handover = {
  put(p) { sessionStorage.setItem(`${KEY}-proposal`, JSON.stringify(p)); },
  take() {
    const p = sessionStorage.getItem(`${KEY}-proposal`);
    sessionStorage.removeItem(`${KEY}-proposal`);
    return p ? JSON.parse(p) : null;
  },
};

export async function storyPage() {
  const saved = JSON.parse(sessionStorage.getItem(KEY) || 'null');
  const summary = h('div', { class: 'error-summary', role: 'alert', tabindex: '-1', hidden: true });
  const results = h('div', { class: 'story-results' });
  const field = (id, label, control, path, hint) => h('div', { class: 'field' }, h('label', { for: id }, label), control,
    hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null, h('p', { class: 'error', 'data-error-for': path, hidden: true }));
  const text = h('textarea', { id: 'story-text', rows: 12, 'data-path': 'story.text', 'aria-describedby': 'story-text-hint', 'aria-required': 'true' }, saved?.text || '');
  const date = h('input', { id: 'story-date', type: 'date', 'data-path': 'story.publishedOn', value: saved?.publishedOn || new Date().toISOString().slice(0, 10), 'aria-required': 'true' });
  const outlet = h('input', { id: 'story-outlet', type: 'text', 'data-path': 'story.outlet', value: saved?.outlet || '', maxlength: 200 });
  const url = h('input', { id: 'story-url', type: 'url', 'data-path': 'story.url', value: saved?.url || '', maxlength: 2000 });
  const form = h('form', { class: 'card', novalidate: true, 'aria-labelledby': 'story-title' }, summary,
    field('story-text', 'The story (required)', text, 'story.text', 'Paste the published text; paragraphs on lines of their own.'),
    field('story-date', 'Published on (required)', date, 'story.publishedOn', '“Last week” and “this year” are read against it.'),
    field('story-outlet', 'Outlet', outlet, 'story.outlet', 'Who printed it: the source of what the story says itself.'),
    field('story-url', 'Web address', url, 'story.url'),
    h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Read the story')));

  async function read(story) {
    const body = await gql(PROPOSE, { story });
    if (body.errors?.length) {
      const first = showErrors(form, body.errors, summary);
      if (first) first.focus();
      return;
    }
    showErrors(form, [], summary);
    sessionStorage.setItem(KEY, JSON.stringify(story));
    show(story, body.data.proposeFacts);
  }

  function show(story, proposals) {
    const dismissed = new Set(JSON.parse(sessionStorage.getItem(`${KEY}-dismissed`) || '[]'));
    const keyOf = (p) => `${p.kind}:${p.start}:${p.end}`;
    const live = proposals.filter((p) => !dismissed.has(keyOf(p)));
    // the story with each proposal's span marked, numbered as its card
    const marked = h('div', { class: 'story-text' });
    let at = 0;
    const spans = live.map((p, i) => ({ ...p, n: i + 1 })).sort((a, b) => a.start - b.start);
    for (const p of spans) {
      if (p.start < at) continue;
      marked.append(story.text.slice(at, p.start),
        h('mark', { id: `span-${p.n}` }, story.text.slice(p.start, p.end), h('sup', {}, `[${p.n}]`)));
      at = p.end;
    }
    marked.append(story.text.slice(at));
    const cards = live.map((p, i) => card(p, i + 1, () => {
      dismissed.add(keyOf(p));
      sessionStorage.setItem(`${KEY}-dismissed`, JSON.stringify([...dismissed]));
      show(story, proposals);
      announce('Proposal dismissed');
    }));
    results.replaceChildren(
      h('h2', { id: 'proposals-title' }, live.length === 0 ? 'No facts proposed' : `${live.length} proposed fact${live.length === 1 ? '' : 's'}`),
      h('div', { class: 'story-columns' },
        h('section', { 'aria-label': 'The story, with what was read marked' }, marked),
        h('section', { 'aria-labelledby': 'proposals-title', class: 'proposals' }, cards)));
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    sessionStorage.removeItem(`${KEY}-dismissed`);
    const story = { text: text.value, publishedOn: date.value, outlet: outlet.value.trim() || null, url: url.value.trim() || null };
    const errors = [];
    if (!story.text.trim()) errors.push({ message: 'Paste the story.', extensions: { field: 'story.text' } });
    if (!story.publishedOn) errors.push({ message: 'Give the day it ran.', extensions: { field: 'story.publishedOn' } });
    if (errors.length) {
      showErrors(form, errors, summary).focus();
      return;
    }
    await read(story);
    results.querySelector('h2')?.setAttribute('tabindex', '-1');
    results.querySelector('h2')?.focus();
  });

  render('New from a story', h('h1', { id: 'story-title' }, 'New from a story'),
    h('p', { class: 'hint' }, 'The service reads the story and proposes its facts. Check each one in the new-fact form before saving it as a draft; nothing is saved until you do.'),
    form, results);
  if (saved) await read(saved);
  return null;
}

function card(p, n, dismiss) {
  const input = JSON.parse(p.input);
  const source = p.citation.source;
  const who = [source.name, ...p.citation.chain.map((c) => c.name)].join(' → ') + (p.citation.via ? ` → ${p.citation.via.name}` : '');
  const unknown = [source, ...p.citation.chain, p.citation.via].filter((s) => s && !s.source).map((s) => s.name);
  const open = h('button', { type: 'button' }, 'Check and save');
  open.addEventListener('click', () => {
    handover.put({ kind: p.kind, input, citation: p.citation });
    location.hash = `#/new/${p.kind}`;
  });
  const skip = h('button', { type: 'button', class: 'secondary' }, 'Dismiss');
  skip.addEventListener('click', dismiss);
  // ids are shown by name: the places and actors the service matched
  const facts = Object.entries(input).filter(([k]) => !['citations', 'claimantId', 'verification', 'placeId', 'placeIds', 'actorIds'].includes(k));
  return h('article', { class: 'card proposal', 'aria-labelledby': `proposal-${n}` },
    h('h3', { id: `proposal-${n}` }, h('a', { href: `#span-${n}` }, `[${n}]`), ` ${humanize(p.kind)}: ${headline(p.kind, input)}`),
    h('dl', { class: 'details' }, facts.map(([k, v]) => [h('dt', {}, humanize(k)), h('dd', {}, readable(wordsOf(v)))]),
      p.places.length ? [h('dt', {}, 'Places'), h('dd', {}, p.places.map((x) => x.name).join(', '))] : null,
      p.actors.length ? [h('dt', {}, 'Actors'), h('dd', {}, p.actors.map((x) => x.name).join(', '))] : null,
      h('dt', {}, 'Who says it'), h('dd', {}, who),
      h('dt', {}, 'How sure'), h('dd', {}, `${Math.round(p.confidence * 100)} %`)),
    unknown.length ? h('p', { class: 'hint' }, `New source${unknown.length === 1 ? '' : 's'}, created when you save: ${unknown.join(', ')}`) : null,
    p.similar.length ? h('div', { class: 'notice' }, h('p', {}, h('strong', {}, 'May already be in the database:')),
      h('ul', {}, p.similar.map((s) => h('li', {}, h('a', { href: `#/facts/${s.fact.id}` }, s.fact.summary), ` (${s.reasons.join(', ')})`)))) : null,
    h('div', { class: 'actions' }, open, skip));
}

/** A short line for a proposal's card: the figure and unit, or the statement, or the title. */
function headline(kind, input) {
  const q = input.headcount || input.value || input.casualties;
  if (q) {
    const figure = q.value !== undefined ? Number(q.value).toLocaleString() : `${Number(q.low).toLocaleString()}–${Number(q.high).toLocaleString()}`;
    return `${q.approximation && q.approximation !== 'EXACT' ? `${q.approximation.toLowerCase().replace(/_/g, ' ')} ` : ''}${figure} ${q.unit || ''}`.trim();
  }
  return input.statement || input.title || kind;
}

const regions = new Intl.DisplayNames([navigator.language || 'en', 'en'], { type: 'region' });

/** Proposal values in words: countries by name, a period as its dates at their precision, a figure as its number and unit. */
function wordsOf(v) {
  if (typeof v === 'string' && /^[A-Z]{2}$/.test(v)) return regions.of(v);
  if (Array.isArray(v)) return v.map(wordsOf).join(', ');
  if (v && typeof v === 'object' && 'precision' in v) {
    const start = dateAt(v.start, v.precision);
    const end = v.end ? dateAt(v.end, v.precision) : null;
    return end && end !== start ? `${start}–${end}` : start;
  }
  if (v && typeof v === 'object' && 'unit' in v) return headline('', { value: v });
  return v;
}
