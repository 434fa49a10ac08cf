// Search facts and Drafts: paged lists of facts that link to their fact pages.

import { data, publishFact, session } from './api.js';
import { announce, render } from './page.js';
import { h } from './util.js';

const NODE = 'nodes { __typename id status version summary updatedAt } pageInfo { hasNextPage endCursor } totalCount';

function results(connection, empty, next, publish = false) {
  return [
    h('p', { class: 'count' }, connection.totalCount === 0 ? empty : `${connection.totalCount} fact${connection.totalCount === 1 ? '' : 's'}`),
    h('ul', { class: 'results' }, connection.nodes.map((f) => h('li', {},
      h('a', { href: `#/facts/${f.id}` }, f.summary), h('span', { class: 'meta' }, ` ${f.__typename} · ${f.status} · version ${f.version}`),
      publish && f.status === 'DRAFT' && session.isChief() ? publishButton(f) : null))),
    connection.pageInfo.hasNextPage ? h('p', {}, h('a', { href: next(connection.pageInfo.endCursor) }, 'Next page')) : null,
  ];
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
    const d = await data(`query Search($text: String!, $after: String) { search(text: $text, first: 20, after: $after) { ${NODE} } }`, { text, after });
    list = results(d.search, `Nothing matches “${text}”.`, (c) => `#/search?q=${encodeURIComponent(text)}&after=${encodeURIComponent(c)}`);
  }
  render('Search facts', h('h1', {}, 'Search facts'), form, ...list);
  if (!text.trim()) document.getElementById('search-text').focus();
  return null;
}

export async function draftsPage(after) {
  const d = await data(`query Drafts($after: String) { drafts(first: 20, after: $after) { ${NODE} } }`, { after });
  render('Drafts', h('h1', {}, 'Drafts'),
    h('p', { class: 'hint' }, 'Facts not yet published, the latest changed first. A chief publishes one from its page.'),
    ...results(d.drafts, 'No drafts.', (c) => `#/drafts?after=${encodeURIComponent(c)}`, true));
  return null;
}
