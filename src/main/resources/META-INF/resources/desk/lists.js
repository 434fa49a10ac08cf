// Search facts and Drafts: paged lists of facts that link to their fact pages.

import { data, publishFact, session } from './api.js';
import { announce, render } from './page.js';
import { h, humanize } from './util.js';
import { schemaType } from './schema.js';
import { enumWord, when } from './words.js';

/** Each kind's first Period field (a statistic's period, a claim's claimedOn): the date that tells facts apart. */
function dates() {
  return schemaType('Fact').possibleTypes.map((t) => {
    const f = schemaType(t.name).fields.find((x) => x.type.name === 'Period' || x.type.ofType?.name === 'Period');
    return f ? `... on ${t.name} { ${t.name}__date: ${f.name} { text } }` : '';
  }).join(' ');
}

const node = () => `nodes { __typename id status verification version summary updatedAt ${dates()} citations { source { name } } embargo { state publishAt } }
  pageInfo { hasNextPage endCursor } totalCount`;

function results(connection, empty, next, publish = false) {
  return [
    h('p', { class: 'count' }, connection.totalCount === 0 ? empty : `${connection.totalCount} fact${connection.totalCount === 1 ? '' : 's'}`),
    h('ul', { class: 'results' }, connection.nodes.map((f) => h('li', {},
      h('a', { href: `#/facts/${f.id}` }, f.summary), h('span', { class: 'meta' }, ` ${describe(f)}`),
      publish && f.status === 'DRAFT' && session.isChief() ? publishButton(f) : null))),
    connection.pageInfo.hasNextPage ? h('p', {}, h('a', { href: next(connection.pageInfo.endCursor) }, 'Next page')) : null,
  ];
}

/** What tells facts apart in a list: kind, date, status, verification, who says it, when it changed. */
function describe(f) {
  const date = f[`${f.__typename}__date`]?.text;
  const sources = [...new Set(f.citations.map((c) => c.source.name))];
  return [humanize(f.__typename), date, enumWord(f.status), enumWord(f.verification),
    sources.length ? `according to ${sources.slice(0, 2).join(', ')}${sources.length > 2 ? ` and ${sources.length - 2} more` : ''}` : 'no source yet',
    f.embargo?.state === 'SCHEDULED' ? `embargoed until ${when(f.embargo.publishAt)}` : null,
    `changed ${when(f.updatedAt)}`].filter(Boolean).join(' · ');
}

/** A chief's Publish button for a draft in a list; the row goes once it is published. */
function publishButton(fact) {
  const error = h('span', { class: 'error', role: 'alert' });
  const button = h('button', { type: 'button', class: 'small', 'aria-label': `Publish: ${fact.summary}` }, 'Publish');
  button.addEventListener('click', async () => {
    button.disabled = true;
    const body = await publishFact(fact.id, fact.version);
    if (body.errors?.length) {
      error.textContent = ` ${body.errors[0].message}`;
      button.disabled = false;
      return;
    }
    const row = button.closest('li');
    (row.nextElementSibling?.querySelector('a') || document.querySelector('h1')).focus();
    row.remove();
    announce(`Published: ${fact.summary}`);
  });
  return [' ', button, error];
}

export async function searchPage(text, after) {
  const form = h('form', { role: 'search', class: 'search' },
    h('label', { for: 'search-text' }, 'Search facts'),
    h('input', { id: 'search-text', type: 'search', name: 'q', value: text }),
    h('button', { type: 'submit' }, 'Search'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.hash = `#/search?q=${encodeURIComponent(form.q.value)}`;
  });
  let list = [];
  if (text.trim()) {
    const d = await data(`query Search($text: String!, $after: String) { search(text: $text, first: 20, after: $after) { ${node()} } }`, { text, after });
    list = results(d.search, `Nothing matches “${text}”.`, (c) => `#/search?q=${encodeURIComponent(text)}&after=${encodeURIComponent(c)}`);
  }
  render('Search facts', h('h1', {}, 'Search facts'), form, ...list);
  if (!text.trim()) document.getElementById('search-text').focus();
  return null;
}

export async function draftsPage(after) {
  const d = await data(`query Drafts($after: String) { drafts(first: 20, after: $after) { ${node()} } }`, { after });
  render('Drafts', h('h1', {}, 'Drafts'),
    h('p', { class: 'hint' }, 'Facts not yet published, the latest changed first. A chief publishes one from its page.'),
    ...results(d.drafts, 'No drafts.', (c) => `#/drafts?after=${encodeURIComponent(c)}`, true));
  return null;
}
