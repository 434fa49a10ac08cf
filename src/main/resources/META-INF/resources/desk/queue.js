// Review queue: pending corrections, oldest first, each with its change field by field, reason, public note,
// evidence, author and age, and the chief's Approve / Reject with a review note. It follows factChanged live.

import { data, gql, subscribe } from './api.js';
import { announce, render } from './page.js';
import { age, h, humanize, time } from './util.js';

const PAGE = 20;
const QUEUE = `query ReviewQueue($first: Int, $after: String) {
  corrections(status: PENDING, order: OLDEST_FIRST, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id reason publicNote submittedBy submittedAt factVersion stale viewerCanApprove viewerCanReview reviewRefusal
      changes { field from to } evidence { title url archiveUrl source { name } }
      fact { id summary version } } } }`;
const REVIEW = `mutation ReviewCorrection($id: ID!, $decision: ReviewDecision!, $note: String) {
  reviewCorrection(id: $id, decision: $decision, note: $note) { id status } }`;
const LIVE = `subscription ReviewQueueLive {
  factChanged(filter: { events: [CORRECTION_PROPOSED, CORRECTION_REVIEWED, CORRECTED, RETRACTED] }) { event fact { id summary } } }`;

export async function queuePage() {
  const list = h('div', { class: 'queue' });
  const count = h('p', { class: 'count', id: 'queue-count' });
  const more = h('button', { type: 'button', class: 'quiet', hidden: true }, 'Show more corrections');
  const status = h('p', { class: 'hint', id: 'queue-live' }, 'Connecting to live updates…');
  let loaded = 0;
  let cursor = null;

  async function load(first, after) {
    return (await data(QUEUE, { first, after })).corrections;
  }

  /** Shows the page's corrections, keeping the ones that did not change (and what a chief is typing in them). */
  function reconcile(connection, append) {
    const seen = new Set();
    let previous = append ? list.lastElementChild : null;
    for (const c of connection.nodes) {
      seen.add(`correction-${c.id}`);
      const signature = JSON.stringify(c);
      let article = document.getElementById(`correction-${c.id}`);
      if (!article || article.dataset.signature !== signature) {
        const fresh = item(c, signature);
        if (article) carryNote(article, fresh);
        article = fresh;
      }
      // only an article out of place moves: moving one takes the focus from what it holds (a review note being typed)
      const place = previous ? previous.nextElementSibling : list.firstElementChild;
      if (place !== article) {
        if (previous) previous.after(article);
        else list.prepend(article);
      }
      previous = article;
    }
    if (!append) {
      for (const el of [...list.children]) if (!seen.has(el.id)) el.remove();
    }
    count.textContent = connection.totalCount === 0 ? 'No corrections are waiting for review.'
      : `${connection.totalCount} correction${connection.totalCount === 1 ? '' : 's'} waiting for review, the longest-waiting first.`;
    more.hidden = !connection.pageInfo.hasNextPage;
    cursor = connection.pageInfo.endCursor;
  }

  async function refresh() {
    const connection = await load(Math.min(100, Math.max(PAGE, loaded)));
    const before = new Set([...list.children].map((el) => el.id));
    reconcile(connection, false);
    const added = connection.nodes.filter((c) => !before.has(`correction-${c.id}`));
    if (added.length) announce(added.length === 1 ? `New correction waiting: ${added[0].fact.summary}` : `${added.length} new corrections waiting`);
    loaded = connection.nodes.length;
  }

  more.addEventListener('click', async () => {
    const connection = await load(PAGE, cursor);
    reconcile(connection, true);
    loaded += connection.nodes.length;
    announce(`${connection.nodes.length} more shown`);
  });

  const first = await load(PAGE);
  reconcile(first, false);
  loaded = first.nodes.length;
  render('Review queue', h('h1', {}, 'Review queue'), count, status, list, more);

  const stop = subscribe(LIVE, () => refresh().catch(() => {}), () => {
    status.textContent = 'Live: new corrections appear here without a reload.';
    refresh().catch(() => {});
  });
  return stop;
}

/** Replaces an article by its fresh version, keeping the review note being written: its text, focus and caret. */
function carryNote(article, fresh) {
  const note = article.querySelector('textarea');
  const next = fresh.querySelector('textarea');
  const focused = note && note === document.activeElement;
  if (note && note.value) next.value = note.value;
  article.replaceWith(fresh);
  if (focused && !next.disabled) {
    next.focus();
    next.setSelectionRange(note.selectionStart, note.selectionEnd, note.selectionDirection);
  }
}

function item(c, signature) {
  const id = c.id;
  // a stale correction says so once, in its notice, which is also what the disabled Approve points to
  const refusal = c.reviewRefusal && !c.stale ? h('p', { class: 'refusal', id: `refusal-${id}` }, c.reviewRefusal) : null;
  const error = h('p', { class: 'error', role: 'alert', hidden: true });
  const note = h('textarea', { id: `note-${id}`, name: 'note', rows: 2, disabled: !c.viewerCanReview });
  const described = c.reviewRefusal ? `refusal-${id}` : null;
  const approve = h('button', { type: 'button', disabled: !c.viewerCanApprove, 'aria-describedby': described }, 'Approve');
  const reject = h('button', { type: 'button', class: 'secondary', disabled: !c.viewerCanReview, 'aria-describedby': c.viewerCanReview ? null : described }, 'Reject');
  const article = h('article', { class: 'card correction', id: `correction-${id}`, 'aria-labelledby': `correction-title-${id}`, 'data-signature': signature },
    h('h2', { id: `correction-title-${id}` }, h('a', { href: `#/facts/${c.fact.id}` }, c.fact.summary)),
    h('p', { class: 'meta' }, 'Proposed by ', h('strong', {}, c.submittedBy), ', ', time(c.submittedAt, age(c.submittedAt)),
      `, against version ${c.factVersion}`),
    c.stale ? h('p', { class: 'notice', id: `refusal-${id}` }, h('strong', {}, 'Stale: '),
      `the fact changed since this correction was written (now version ${c.fact.version}). It can no longer be approved; reject it and propose it again.`) : null,
    changes(c.changes, id),
    h('dl', { class: 'details' },
      h('dt', {}, 'Reason'), h('dd', {}, c.reason),
      h('dt', {}, 'Public note'), h('dd', {}, c.publicNote),
      h('dt', {}, 'Evidence'), h('dd', {}, evidence(c.evidence))),
    h('div', { class: 'review' },
      h('label', { for: `note-${id}` }, 'Review note'), note,
      refusal,
      h('div', { class: 'actions' }, approve, reject),
      error));
  const decide = async (decision) => {
    approve.disabled = reject.disabled = true;
    const body = await gql(REVIEW, { id, decision, note: note.value.trim() || null });
    if (body.errors?.length) {
      error.textContent = body.errors[0].message;
      error.hidden = false;
      approve.disabled = !c.viewerCanApprove;
      reject.disabled = !c.viewerCanReview;
      return;
    }
    const next = article.nextElementSibling || article.previousElementSibling;
    article.remove();
    announce(`${decision === 'APPROVE' ? 'Approved' : 'Rejected'}: ${c.fact.summary}`);
    (next?.querySelector('h2 a') || document.querySelector('h1')).focus();
  };
  approve.addEventListener('click', () => decide('APPROVE'));
  reject.addEventListener('click', () => decide('REJECT'));
  return article;
}

/** The change as a table: field, before (the version it was written against), after. */
export function changes(list, id) {
  if (!list.length) return h('p', { class: 'hint' }, 'No field changes recorded.');
  return h('table', { class: 'changes' },
    h('caption', {}, id ? 'Proposed change' : 'Changes'),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Field'), h('th', { scope: 'col' }, 'Before'), h('th', { scope: 'col' }, 'After'))),
    h('tbody', {}, list.map((ch) => h('tr', {},
      h('th', { scope: 'row' }, humanize(ch.field)),
      h('td', {}, ch.from === null ? h('span', { class: 'none' }, 'none') : h('del', {}, ch.from)),
      h('td', {}, ch.to === null ? h('span', { class: 'none' }, 'none') : h('ins', {}, ch.to))))));
}

function evidence(e) {
  if (!e) return 'None given';
  return [e.source.name, e.title ? ` — ${e.title}` : '',
    e.url ? [' ', h('a', { href: e.url, rel: 'noopener noreferrer', target: '_blank' }, 'Read it')] : '',
    e.archiveUrl ? [' · ', h('a', { href: e.archiveUrl, rel: 'noopener noreferrer', target: '_blank' }, 'Archived copy')] : ''];
}
