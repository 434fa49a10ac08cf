// New from a story, in a real browser: the demo story pasted (read from the shared story folder beside the
// repository, as CI has it), its proposals shown beside the marked text, the "nearly 15,000 workers" proposal
// accepted and saved without a correction: a draft cited to the NIS through lawmakers via The Wall Street Journal,
// REPORTED, as of the week before the story ran. axe-core on the page.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { accessible, graphql, SHOTS, signIn } from './support.mjs';

const STORY = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../shared/story/north-korean-workers-in-russia.txt');

test('the demo story: the nearly 15,000 workers proposal accepted as it is becomes a draft with its chain', { skip: !existsSync(STORY) && !process.env.CI }, async () => {
  const editor = await signIn('erin', 'editor');
  await editor.getByRole('link', { name: 'New from a story' }).click();
  await editor.getByRole('heading', { name: 'New from a story', level: 1 }).waitFor();
  await editor.getByLabel('The story (required)').fill(readFileSync(STORY, 'utf8'));
  await editor.getByLabel('Published on (required)').fill('2025-05-08');
  await editor.getByLabel('Outlet').fill('The demo story');
  await editor.getByRole('button', { name: 'Read the story' }).click();
  await editor.getByRole('heading', { name: /proposed facts/ }).waitFor();
  const card = editor.getByRole('article', { name: /Deployment: nearly 15,000 workers/ });
  await card.waitFor();
  assert.match(await card.textContent(), /South Korea's National Intelligence Service → South Korean lawmakers → The Wall Street Journal/);
  assert.match(await card.textContent(), /May already be in the database/);
  assert.ok(await editor.locator('.story-text mark').count() >= 8, 'the spans are marked in the story');
  // places and actors by name, never as ids
  const cards = (await editor.locator('article.proposal').allTextContents()).join('\n');
  assert.doesNotMatch(cards, /Place ids?|Actor ids/);
  assert.match(await editor.getByRole('article', { name: /Event: / }).textContent(), /PlacesKursk Oblast.*ActorsUkraine's government/s);
  await accessible(editor, 'New from a story');
  const top = (await editor.getByRole('heading', { name: /proposed facts/ }).boundingBox()).y;
  await editor.screenshot({ path: `${SHOTS}/story.png`, fullPage: true, clip: { x: 0, y: Math.max(0, top - 16), width: 1200, height: 1300 } });

  await card.getByRole('button', { name: 'Check and save' }).click();
  const form = editor.getByRole('form', { name: 'New deployment' });
  await form.waitFor();
  await editor.waitForFunction(() => document.querySelector('[data-path="input.origin"]')?.value === 'North Korea');
  assert.equal(await form.getByLabel('As of').inputValue(), '2025-05-01');
  await accessible(editor, 'the new-fact form from a story');
  await form.getByRole('button', { name: 'Save as a draft' }).focus();
  await editor.keyboard.press('Enter');
  await form.getByRole('button', { name: 'Save the draft anyway' }).click(); // the published fact it repeats was shown
  await editor.waitForURL(/#\/facts\/\d+$/);
  const id = editor.url().match(/#\/facts\/(\d+)$/)[1];
  const d = await graphql(editor, `query($id: ID!) { fact(id: $id) { status modality ... on Deployment { asOf personnel origin { code } destination { code }
      headcount { value approximation unit } citations { source { name } chain { name } via { name } } } } }`, { id });
  const fact = d.data.fact;
  assert.equal(fact.status, 'DRAFT');
  assert.equal(fact.modality, 'REPORTED');
  assert.equal(fact.asOf, '2025-05-01');
  assert.deepEqual([fact.origin.code, fact.destination.code, fact.personnel], ['KP', 'RU', 'WORKERS']);
  assert.deepEqual(fact.headcount, { value: 15000, approximation: 'NEARLY', unit: 'workers' });
  assert.deepEqual(fact.citations.map((c) => [c.source.name, c.chain.map((x) => x.name), c.via?.name]),
    [["South Korea's National Intelligence Service", ['South Korean lawmakers'], 'The Wall Street Journal']]);
  await editor.context().close();
});
