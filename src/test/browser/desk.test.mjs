// The corrections desk in a real browser (Debian's chromium driven by playwright-core) against the packaged
// service in the test profile (where "Sign in as" exists): the story's troop-year correction from proposal to the
// reader's fact box (the period's precision untouched: item 4's trap), live in a second chief's queue, the
// four-eyes rule in the page, Drafts, Search, the keyboard, and axe-core on every page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessible, BASE, graphql, live, SHOTS, signIn, timed } from './support.mjs';

const TROOPS = /12,000 troops/;

test('the troop-year correction: proposed by an editor, live in a chief\'s queue, approved, printed in the fact box', async () => {
  const chief = await signIn('carla', 'chief');
  await live(chief);
  const before = await chief.locator('article.correction').count();

  const editor = await signIn('erin', 'editor');
  await editor.getByRole('link', { name: 'Search' }).click();
  await editor.getByRole('heading', { name: 'Search facts', level: 1 }).waitFor();
  await editor.getByLabel('Search facts').fill('troops');
  await editor.getByLabel('Search facts').press('Enter');
  await timed(editor, 'the fact page', async () => {
    await editor.getByRole('link', { name: TROOPS }).first().click();
    await editor.getByRole('heading', { level: 1, name: TROOPS }).waitFor();
  });
  const factId = editor.url().match(/#\/facts\/(\d+)/)[1];
  await accessible(editor, 'the fact page');
  await editor.screenshot({ path: `${SHOTS}/fact-page.png`, fullPage: true });

  const form = editor.getByRole('form', { name: 'Propose a correction' });
  await form.getByLabel('Reason').fill("North Korea's first troops reached Russia in autumn 2024, not in 2023.");
  await form.getByLabel('Public note').fill('An earlier version said North Korea sent its first 12,000 troops in 2023. They were sent in 2024.');
  const evidence = form.getByRole('group', { name: 'Evidence' });
  await evidence.getByLabel('Url', { exact: true }).fill('not a web address');
  await evidence.getByLabel('Source (required)').fill("South Korea's National Intelligence Service");
  // the form shows the fact as it is: a year (2023), known to the year; only the year is changed (item 4's trap:
  // the precision is left alone, and stays YEAR)
  const period = form.getByRole('group', { name: 'Period' });
  assert.equal(await period.getByLabel('Known to the').inputValue(), 'YEAR');
  assert.equal(await period.getByLabel('Start, or the only one').inputValue(), '2023');
  await period.getByLabel('Start, or the only one').fill('2024');
  await form.getByRole('button', { name: 'Propose the correction' }).click();
  // the service's error, next to its field (extensions.field = input.evidence.url), and the focus on it
  const url = evidence.getByLabel('Url', { exact: true });
  await editor.waitForFunction(() => document.activeElement?.getAttribute('data-path') === 'input.evidence.url');
  assert.equal(await url.getAttribute('aria-invalid'), 'true');
  // announced with the field: the error is among the elements that describe it
  const described = (await url.getAttribute('aria-describedby')).split(' ');
  const message = (await Promise.all(described.map((id) => editor.locator(`#${id}`).textContent()))).join(' ');
  assert.match(message, /http/);
  await url.fill('https://www.wsj.com/world/asia/north-korea-workers-russia');
  await form.getByRole('button', { name: 'Propose the correction' }).click();
  await form.getByText('Correction proposed').waitFor();
  // the author's own view of the queue: no approval for them
  await editor.getByRole('link', { name: 'Review queue' }).click();
  const mine = editor.getByRole('article', { name: TROOPS });
  await mine.waitFor();
  assert.equal(await mine.getByRole('button', { name: 'Approve' }).isDisabled(), true);
  assert.equal(await mine.getByRole('button', { name: 'Reject' }).isDisabled(), true);
  assert.match(await mine.textContent(), /Only a chief approves or rejects corrections/);

  // the chief's queue shows it without a reload
  const item = chief.getByRole('article', { name: TROOPS });
  await item.waitFor({ timeout: 15000 });
  assert.equal(await chief.locator('article.correction').count(), before + 1);
  const row = item.getByRole('row', { name: /Period start/ });
  assert.match(await row.textContent(), /2023-01-01.*2024-01-01/);
  // the precision was not part of the change: nothing turns the year into a day
  assert.equal(await item.getByRole('row', { name: /Period precision/ }).count(), 0);
  assert.match(await item.textContent(), /Proposed by erin/);
  assert.match(await item.textContent(), /autumn 2024/);
  await accessible(chief, 'the review queue');
  await chief.screenshot({ path: `${SHOTS}/review-queue.png`, fullPage: true });

  // approved from the keyboard, with a review note
  await item.getByLabel('Review note').focus();
  await chief.keyboard.type('Checked against the NIS briefing.');
  await chief.keyboard.press('Tab');
  assert.equal(await chief.evaluate(() => document.activeElement.textContent), 'Approve');
  await chief.keyboard.press('Enter');
  await item.waitFor({ state: 'detached' });

  // the fact page and the fact box show the note
  await chief.goto(`${BASE}/desk/#/facts/${factId}`);
  const notes = chief.getByRole('region', { name: 'Public correction notes' });
  await notes.getByText('They were sent in 2024.').waitFor();
  assert.match(await chief.getByRole('heading', { level: 1 }).textContent(), /\(2024\)/);
  const history = chief.getByRole('region', { name: 'History' });
  assert.match(await history.textContent(), /Corrected by carla/);
  assert.match(await chief.getByRole('region', { name: 'The fact' }).textContent(), /Period\s*2024(?!\d)/);
  await chief.goto(`${BASE}/embed/facts/${factId}`);
  await chief.getByText('They were sent in 2024.').waitFor();
  assert.match(await chief.locator('.nf-summary').textContent(), /\(2024\)/);
  await chief.screenshot({ path: `${SHOTS}/fact-box.png` });
  // as a CMS embeds it: the oEmbed answer the box links to, its HTML placed in a story's page
  const oembed = await chief.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
  const answer = await (await chief.request.get(oembed)).json();
  assert.equal(answer.type, 'rich');
  await chief.setContent('<!doctype html><html lang="en"><head><title>A story</title></head><body><main><h1>A story</h1><div id="embed"></div></main></body></html>');
  await chief.evaluate((html) => { document.getElementById('embed').innerHTML = html; }, answer.html);
  await chief.getByRole('complementary', { name: 'Fact box' }).getByText('They were sent in 2024.').waitFor();
  await accessible(chief, 'the fact box embedded from its oEmbed answer');
  // the version the story printed before the correction, embedded the same way: marked, with a link to the box now
  const current = (await (await chief.request.post(`${BASE}/graphql`, {
    data: { query: 'query FactVersion($id: ID!) { fact(id: $id) { version } }', variables: { id: factId } },
  })).json()).data.fact.version;
  const printed = `${BASE}/embed/facts/${factId}?version=${current - 1}`;
  const past = await (await chief.request.get(`${BASE}/oembed?url=${encodeURIComponent(printed)}`)).json();
  await chief.setContent('<!doctype html><html lang="en"><head><title>An older story</title></head><body><main><h1>An older story</h1><div id="embed"></div></main></body></html>');
  await chief.evaluate((html) => { document.getElementById('embed').innerHTML = html; }, past.html);
  const box = chief.getByRole('complementary', { name: 'Fact box' });
  assert.match(await box.locator('.nf-version').textContent(), new RegExp(`As printed on .* \\(version ${current - 1}\\)`));
  assert.match(await box.locator('.nf-summary').textContent(), /\(2023\)/);
  assert.equal(await box.getByText('They were sent in 2024.').count(), 0, 'the note came with the correction');
  await accessible(chief, 'a past version of the fact box');
  await box.getByRole('link', { name: 'see it as it is now' }).click();
  await chief.getByText('They were sent in 2024.').waitFor();
  assert.match(await chief.locator('.nf-summary').textContent(), /\(2024\)/);
  await chief.context().close();
  await editor.context().close();
});

test("a chief's own correction: Approve and Reject are disabled, with the reason", async () => {
  const mira = await signIn('mira', 'chief');
  const found = await graphql(mira, '{ search(text: "troops", first: 10) { nodes { id summary } } }');
  const fact = found.data.search.nodes.find((n) => /3,000 troops/.test(n.summary));
  await mira.goto(`${BASE}/desk/#/facts/${fact.id}`);
  const form = mira.getByRole('form', { name: 'Propose a correction' });
  await form.getByLabel('Reason').fill('The 3,000 were a second rotation.');
  await form.getByLabel('Public note').fill('An earlier version did not say the 3,000 troops were a second rotation.');
  await form.getByLabel('Notes').fill('A second rotation, after the first 12,000.');
  await form.getByRole('button', { name: 'Propose the correction' }).click();
  await form.getByText('Correction proposed').waitFor();

  const own = mira.getByRole('article', { name: fact.summary }).last();
  await timed(mira, 'the review queue', async () => {
    await mira.getByRole('link', { name: 'Review queue' }).click();
    await own.waitFor();
  });
  assert.equal(await own.getByRole('button', { name: 'Approve' }).isDisabled(), true);
  assert.equal(await own.getByRole('button', { name: 'Reject' }).isDisabled(), true);
  assert.match(await own.textContent(), /You wrote this correction: another chief must review it/);
  // positive control: another chief may review it
  const other = await signIn('omar', 'chief');
  const theirs = other.getByRole('article', { name: fact.summary }).last();
  await theirs.waitFor();
  assert.equal(await theirs.getByRole('button', { name: 'Approve' }).isDisabled(), false);
  await mira.context().close();
  await other.context().close();
});

test('Drafts lists drafts and a chief publishes one; a draft\'s page has Publish for chiefs only; claims and events have their pages; Search', async () => {
  const chief = await signIn('carla', 'chief');
  const created = await graphql(chief, `mutation($s: ID!) { createDeployment(input: { origin: "KP", destination: "RU", personnel: WORKERS,
      headcount: { value: 400, approximation: ABOUT, unit: "workers" }, period: { start: "2025-03-01", precision: MONTH },
      citations: [{ sourceId: $s, title: "A draft for the desk test" }] }) { id summary } }`,
  { s: (await graphql(chief, '{ sources(search: "wall street") { nodes { id } } }')).data.sources.nodes[0].id });
  const draft = created.data.createDeployment;
  // a draft's page: a chief gets "Publish", an editor does not (and no correction form: drafts are edited directly)
  const editor = await signIn('erin', 'editor');
  await editor.goto(`${BASE}/desk/#/facts/${draft.id}`);
  await editor.getByRole('heading', { level: 1, name: draft.summary }).waitFor();
  // editors see what they may not do: Publish disabled, with the reason
  assert.equal(await editor.getByRole('button', { name: 'Publish' }).isDisabled(), true);
  assert.match(await editor.locator(`#${await editor.getByRole('button', { name: 'Publish' }).getAttribute('aria-describedby')}`).textContent(), /only a chief publishes/);
  assert.equal(await editor.getByRole('form', { name: 'Propose a correction' }).count(), 0);
  await editor.context().close();
  await chief.goto(`${BASE}/desk/#/facts/${draft.id}`);
  await chief.getByRole('button', { name: 'Publish' }).waitFor();
  await timed(chief, 'Drafts', async () => {
    await chief.getByRole('link', { name: 'Drafts' }).click();
    await chief.getByRole('heading', { name: 'Drafts', level: 1 }).waitFor();
  });
  await accessible(chief, 'Drafts');
  await chief.screenshot({ path: `${SHOTS}/drafts.png`, fullPage: true });
  await chief.getByRole('button', { name: `Publish: ${draft.summary}` }).first().click();
  await chief.getByRole('button', { name: `Publish: ${draft.summary}` }).first().waitFor({ state: 'detached' });
  const now = await graphql(chief, 'query($id: ID!) { fact(id: $id) { status } }', { id: draft.id });
  assert.equal(now.data.fact.status, 'PUBLISHED');

  // every kind has its page and its correction form, built from the schema: a claim and an event
  for (const [words, kind] of [['Kremlin expelled', 'Claim'], ['incursion Kursk', 'Event']]) {
    await chief.goto(`${BASE}/desk/#/search?q=${encodeURIComponent(words)}`);
    await chief.locator('ul.results a').first().click();
    await chief.getByText(`${kind} · Published`).waitFor();
    await chief.getByRole('group', { name: `${kind} fields` }).waitFor();
    await accessible(chief, `a ${kind}'s page`);
  }

  await chief.getByRole('link', { name: 'Search' }).click();
  await chief.getByLabel('Search facts').fill('workers');
  await chief.getByRole('button', { name: 'Search' }).click();
  await chief.getByRole('link', { name: /workers/ }).first().waitFor();
  await accessible(chief, 'Search facts');
  await chief.screenshot({ path: `${SHOTS}/search.png`, fullPage: true });
  await chief.context().close();
});

/** A published deployment of the story, and a way for the editor to propose new notes for it (a correction). */
async function notesCorrections(editor, label) {
  const found = await graphql(editor, '{ search(text: "workers", first: 20) { nodes { __typename id summary status } } }');
  const fact = found.data.search.nodes.find((n) => n.__typename === 'Deployment' && n.status === 'PUBLISHED');
  const propose = (notes) => graphql(editor, 'mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }', { in: {
    factId: fact.id, reason: `${label}: ${notes}`, publicNote: `An earlier version had other notes (${notes}).`, deployment: { notes } } });
  return { fact, propose };
}

test('a correction goes stale live when another one of the same fact is approved: no approval, only rejection', async () => {
  const chief = await signIn('carla', 'chief');
  await live(chief);
  const editor = await signIn('erin', 'editor');
  const { fact, propose } = await notesCorrections(editor, 'Stale test');
  await propose('first wording');
  await propose('second wording');
  const first = chief.getByRole('article', { name: fact.summary }).filter({ hasText: 'first wording' });
  const second = chief.getByRole('article', { name: fact.summary }).filter({ hasText: 'second wording' });
  await second.waitFor({ timeout: 15000 });
  assert.equal(await second.getByRole('button', { name: 'Approve' }).isDisabled(), false);
  await first.getByRole('button', { name: 'Approve' }).click();
  await first.waitFor({ state: 'detached' });
  // the approval moved the fact on: the other correction now says so, in place
  await second.getByText('Stale:').waitFor({ timeout: 15000 });
  assert.equal(await second.getByRole('button', { name: 'Approve' }).isDisabled(), true);
  assert.equal(await second.getByRole('button', { name: 'Reject' }).isDisabled(), false);
  assert.match(await second.textContent(), /the fact changed since this correction was written/);
  const why = await second.getByRole('button', { name: 'Approve' }).getAttribute('aria-describedby');
  assert.match(await chief.locator(`#${why}`).textContent(), /Stale/);
  await chief.screenshot({ path: `${SHOTS}/review-queue-stale.png`, fullPage: true });
  await second.getByRole('button', { name: 'Reject' }).click();
  await second.waitFor({ state: 'detached' });
  await chief.context().close();
  await editor.context().close();
});

test('a review note being typed survives a live refresh of the queue: its text, focus and caret stay', async () => {
  const chief = await signIn('carla', 'chief');
  await live(chief);
  const editor = await signIn('erin', 'editor');
  const { fact, propose } = await notesCorrections(editor, 'Typing test');
  await propose('the one being reviewed');
  const reviewed = chief.getByRole('article', { name: fact.summary }).filter({ hasText: 'the one being reviewed' });
  await reviewed.waitFor({ timeout: 15000 });
  const note = reviewed.getByLabel('Review note');
  await note.click();
  await chief.keyboard.type('The ministry ');
  // another correction arrives while the chief types: the queue refreshes live around the note
  await propose('the one arriving');
  const arriving = chief.getByRole('article', { name: fact.summary }).filter({ hasText: 'the one arriving' });
  await arriving.waitFor({ timeout: 15000 });
  await chief.keyboard.type('still says so.');
  assert.equal(await note.inputValue(), 'The ministry still says so.');
  assert.equal(await note.evaluate((el) => el === document.activeElement), true, 'the note kept the focus');
  await reviewed.getByRole('button', { name: 'Reject' }).click();
  await reviewed.waitFor({ state: 'detached' });
  await arriving.getByLabel('Review note').fill('Not needed.');
  await arriving.getByRole('button', { name: 'Reject' }).click();
  await arriving.waitFor({ state: 'detached' });
  await chief.context().close();
  await editor.context().close();
});

test('a chief publishes a draft under embargo: the page and Drafts show it, the chief moves and cancels it', async () => {
  const chief = await signIn('carla', 'chief');
  const created = await graphql(chief, `mutation($s: ID!) { createDeployment(input: { origin: "KP", destination: "RU", personnel: WORKERS,
      headcount: { value: 300, approximation: ABOUT, unit: "workers" }, period: { start: "2025-06-01", precision: MONTH },
      citations: [{ sourceId: $s, title: "A wire story under embargo" }] }) { id summary } }`,
  { s: (await graphql(chief, '{ sources(search: "wall street") { nodes { id } } }')).data.sources.nodes[0].id });
  const draft = created.data.createDeployment;
  await chief.goto(`${BASE}/desk/#/facts/${draft.id}`);
  await chief.getByRole('heading', { level: 1, name: draft.summary }).waitFor();
  // no time chosen: said in words, nothing scheduled
  await chief.getByRole('button', { name: 'Schedule' }).click();
  await chief.getByRole('alert').getByText('Choose the time to publish it at.').waitFor();
  const local = (d) => new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 19);
  const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
  await chief.getByLabel('Publish at').fill(local(tomorrow));
  await chief.getByRole('button', { name: 'Schedule' }).click();
  const notice = chief.locator('p.embargo');
  await notice.getByText('Embargoed').waitFor();
  assert.match(await notice.textContent(), /as scheduled by carla\. Until then readers do not see it\./);
  const instant = (d) => new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  assert.equal(await notice.locator('time').getAttribute('datetime'), instant(tomorrow));
  await accessible(chief, 'a draft under embargo');
  await chief.screenshot({ path: `${SHOTS}/embargo.png`, fullPage: true });
  // readers do not see it
  const reader = await (await chief.request.post(`${BASE}/graphql`, { data: { query: 'query Embargoed($id: ID!) { fact(id: $id) { id } }', variables: { id: draft.id } } })).json();
  assert.equal(reader.data.fact, null);
  // Drafts says until when
  await chief.getByRole('link', { name: 'Drafts' }).click();
  await chief.getByRole('heading', { name: 'Drafts', level: 1 }).waitFor();
  assert.match(await chief.getByRole('listitem').filter({ hasText: draft.summary }).first().textContent(), /embargoed until/);
  // moved a day later, then cancelled: the draft stays, the page says so
  await chief.goto(`${BASE}/desk/#/facts/${draft.id}`);
  const dayAfter = new Date(tomorrow.getTime() + 24 * 3600 * 1000);
  await chief.getByLabel('Publish at').fill(local(dayAfter));
  await chief.getByRole('button', { name: 'Move the embargo' }).click();
  await chief.locator(`p.embargo time[datetime="${instant(dayAfter)}"]`).waitFor();
  await chief.getByRole('button', { name: 'Cancel the embargo' }).click();
  await chief.locator('p.embargo').getByText('Embargo cancelled').waitFor();
  assert.match(await chief.locator('p.embargo').textContent(), /Cancelled by carla/);
  await accessible(chief, 'a draft whose embargo was cancelled');
  await chief.context().close();
});

test('a page that loads late does not cover the page navigated to since', async () => {
  const editor = await signIn('erin', 'editor');
  // hold the fact page's answer until the next page is on screen
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await editor.route('**/graphql', async (route) => {
    if ((route.request().postData() || '').includes('query FactPage')) await held;
    await route.continue();
  });
  await editor.evaluate(() => { location.hash = '#/facts/1'; });
  await editor.evaluate(() => { location.hash = '#/new'; });
  await editor.getByRole('link', { name: 'Event' }).waitFor();
  const late = editor.waitForResponse((r) => (r.request().postData() || '').includes('query FactPage'));
  release();
  await late; // the fact page's answer has arrived (positive control: the late page did load)
  await editor.waitForTimeout(500); // and had the time to render
  assert.ok(await editor.getByRole('link', { name: 'Event' }).isVisible(), 'the new-fact page is still on screen');
  assert.match(editor.url(), /#\/new$/);
  await editor.context().close();
});
