// My corrections: the signed-in user's own corrections, newest first, with their status, reviewer, review note and
// time. A review is announced live (factChanged CORRECTION_REVIEWED, as the review queue follows it).

import { data, subscribe } from './api.js';
import { announce, render } from './page.js';
import { changes } from './queue.js';
import { h } from './util.js';
import { enumWord, when } from './words.js';

const MINE = `query MyCorrections($after: String) {
  corrections(mine: true, first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    nodes { id status reason publicNote submittedAt reviewedBy reviewedAt reviewNote changes { field from to } fact { id summary } } } }`;
const LIVE = `subscription MyCorrectionsLive { factChanged(filter: { events: [CORRECTION_REVIEWED] }) { event fact { id summary } } }`;

export async function myCorrectionsPage(after) {
  const list = h('div', { class: 'mine' });
  const count = h('p', { class: 'count' });
  const status = h('p', { class: 'hint' }, 'Connecting to live updates…');
  let shown = new Map();

  async function load(announceChanges) {
    const connection = (await data(MINE, { after })).corrections;
    count.textContent = connection.totalCount === 0 ? 'You have not proposed any corrections yet.'
      : `${connection.totalCount} correction${connection.totalCount === 1 ? '' : 's'} you proposed, the latest first.`;
    if (announceChanges) {
      for (const c of connection.nodes) {
        if (shown.get(c.id) === 'PENDING' && c.status !== 'PENDING') {
          announce(`Your correction of “${c.fact.summary}” was ${c.status.toLowerCase()} by ${c.reviewedBy}${c.reviewNote ? `: ${c.reviewNote}` : ''}`);
        }
      }
    }
    shown = new Map(connection.nodes.map((c) => [c.id, c.status]));
    list.replaceChildren(...connection.nodes.map(item),
      connection.pageInfo.hasNextPage ? h('p', {}, h('a', { href: `#/mine?after=${encodeURIComponent(connection.pageInfo.endCursor)}` }, 'Older corrections')) : '');
  }

  await load(false);
  render('My corrections', h('h1', {}, 'My corrections'), count, status, list);
  return subscribe(LIVE, () => load(true).catch(() => {}), () => {
    status.textContent = 'Live: a review of your corrections shows here without a reload.';
    load(true).catch(() => {});
  });
}

function item(c) {
  const id = `mine-${c.id}`;
  return h('article', { class: `card correction status-${c.status.toLowerCase()}`, id, 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, h('a', { href: `#/facts/${c.fact.id}` }, c.fact.summary)),
    h('p', { class: 'meta' }, h('strong', { class: 'status' }, enumWord(c.status)), ' · proposed ', h('time', { datetime: c.submittedAt }, when(c.submittedAt)),
      c.reviewedBy ? [' · reviewed by ', h('strong', {}, c.reviewedBy), ' ', h('time', { datetime: c.reviewedAt }, when(c.reviewedAt))] : ' · waiting for a chief'),
    c.reviewNote ? h('p', { class: 'review-note' }, h('strong', {}, 'Review note: '), c.reviewNote) : null,
    changes(c.changes, c.id),
    h('dl', { class: 'details' }, h('dt', {}, 'Reason'), h('dd', {}, c.reason), h('dt', {}, 'Public note'), h('dd', {}, c.publicNote)));
}
