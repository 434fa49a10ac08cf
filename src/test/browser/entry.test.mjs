// Entering facts in the desk, in a real browser: the story's "1.5 million workers" shortfall entered by an editor
// with a new source, the duplicate warning for the figure already published, a draft saved and edited (with a
// version conflict said in words), published by a chief; citations, disputes and retraction on the fact page;
// a rejected correction live in the author's "My corrections". axe-core on every new page.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessible, BASE, graphql, SHOTS, signIn } from './support.mjs';

test('an editor enters the story\'s shortfall with a new source, is warned of the duplicate, edits the draft; a chief publishes it', async () => {
  const editor = await signIn('erin', 'editor');
  const source = `Russia's Labour Ministry ${Date.now()}`; // new on every run
  let actions = 0;
  const act = async (step) => { actions += 1; await step(); };

  await act(() => editor.getByRole('link', { name: 'New fact' }).click());
  await editor.getByRole('heading', { name: 'New fact', level: 1 }).waitFor();
  await accessible(editor, 'the choice of kind');
  await act(() => editor.getByRole('link', { name: 'Statistic' }).click());
  await editor.getByRole('heading', { name: 'New statistic', level: 1 }).waitFor();
  const reached = actions;
  const form = editor.getByRole('form', { name: 'New statistic' });

  // an empty save: the errors sit next to their fields, in plain words, the focus on the first
  await form.getByRole('button', { name: 'Save as a draft' }).click();
  await editor.waitForFunction(() => document.activeElement?.getAttribute('aria-invalid') === 'true');
  const firstInvalid = await editor.evaluate(() => document.activeElement.dataset.path);
  assert.equal(firstInvalid, 'input.indicator'); // the first field of the form
  const text = await form.textContent();
  assert.match(text, /Country is needed\./);
  assert.match(text, /Indicator is needed\./);
  assert.doesNotMatch(text, /coerced|NonNull|Variable '/);

  await act(() => form.getByLabel('Country (required)').fill('Russia'));
  await act(() => form.getByLabel('Indicator (required)').fill('labour shortfall'));
  await act(() => form.getByLabel('Measure (required)').selectOption('ESTIMATE'));
  const figure = form.getByRole('group', { name: 'Value (required)' });
  await act(async () => {
    await figure.getByLabel('As the story says it').fill('1.5 million workers');
    await figure.getByLabel('As the story says it').press('Tab');
  });
  assert.equal(await figure.getByLabel('Figure').inputValue(), '1500000');
  assert.equal(await figure.getByLabel('Unit (required)').inputValue(), 'workers');
  const period = form.getByRole('group', { name: 'Period (required)' });
  assert.equal(await period.getByLabel('Known to the').inputValue(), 'YEAR'); // a year is entered as a year
  await act(() => period.getByLabel('Start, or the only one').fill('2025'));
  const citation = form.getByRole('group', { name: 'Citation 1' });
  await act(async () => {
    await citation.getByLabel('Source (required)').fill(source);
    await citation.getByLabel('Source (required)').press('Tab');
  });
  // a name that matches no source opens "New source" with it
  const fresh = citation.getByRole('group', { name: 'New source' });
  await fresh.waitFor();
  assert.equal(await fresh.getByLabel('Name (required)').inputValue(), source);
  // its kind suggested from the name ("Ministry"), which the editor checks
  assert.equal(await fresh.getByLabel('Kind (required)').inputValue(), 'MINISTRY');
  assert.match(await fresh.textContent(), /Suggested from the name/);
  await accessible(editor, 'the new-fact form');
  await editor.screenshot({ path: `${SHOTS}/new-fact.png`, fullPage: true, clip: { x: 0, y: 0, width: 1200, height: 1750 } });
  await act(async () => { // from the keyboard
    await form.getByRole('button', { name: 'Save as a draft' }).focus();
    await editor.keyboard.press('Enter');
  });

  // the same figure is already published: the desk says so, with a link, and asks for a confirmation
  const warning = editor.getByRole('region', { name: /already in the database|may already be in the database/ });
  await warning.waitFor();
  assert.match(await warning.textContent(), /Estimated labour shortfall in Russia: 1\.5 million workers \(2025\)/);
  assert.match(await warning.textContent(), /figure within 10 %/);
  await warning.getByRole('link', { name: /1\.5 million workers/ }).first().waitFor();
  await accessible(editor, 'the duplicate warning');
  console.log(`actions: ${actions} from the review queue, ${actions - reached} in the form (then one more to confirm the duplicate)`);
  assert.ok(actions < 10, `${actions} actions from the review queue to saving (the duplicate check)`);
  // the focus is on the warning; the confirmation is the form's button, reached from the keyboard
  assert.equal(await editor.evaluate(() => document.activeElement.getAttribute('aria-labelledby')), 'similar-title');
  await form.getByRole('button', { name: 'Save the draft anyway' }).focus();
  await editor.keyboard.press('Enter');

  // the draft's page, readable top-down
  await editor.waitForURL(/#\/facts\/\d+$/);
  const id = editor.url().match(/#\/facts\/(\d+)$/)[1];
  await editor.getByRole('heading', { level: 1, name: /labour shortfall in Russia: 1\.5 million workers \(2025\)/ }).waitFor();
  assert.match(await editor.locator('p.meta').first().textContent(), /Statistic · Draft/);
  const sources = editor.getByRole('region', { name: 'Sources' });
  assert.match(await sources.textContent(), new RegExp(source.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await accessible(editor, "a draft's page");

  // edit it: the form shows the draft; someone else saves first, and the desk says so in words
  await editor.getByRole('link', { name: 'Edit the draft' }).click();
  const edit = editor.getByRole('form', { name: /Edit the draft/ });
  await edit.waitFor();
  assert.equal(await edit.getByLabel('Indicator').inputValue(), 'labour shortfall');
  assert.equal(await edit.getByRole('group', { name: 'Period' }).getByLabel('Start, or the only one').inputValue(), '2025');
  await accessible(editor, 'the draft editor');
  const other = await graphql(editor, 'mutation($id: ID!) { updateStatistic(id: $id, expectedVersion: 1, input: { notes: "From the ministry\'s estimate." }) { version } }', { id });
  assert.equal(other.data.updateStatistic.version, 2);
  await edit.getByRole('group', { name: 'Value' }).getByLabel('As the story says it').fill('about 1.5 million workers');
  await edit.getByRole('group', { name: 'Value' }).getByLabel('As the story says it').press('Tab');
  await edit.getByRole('button', { name: 'Save the draft' }).click();
  await edit.getByText('Someone else saved this fact first').waitFor();
  await editor.reload();
  await editor.getByRole('form', { name: /Edit the draft/ }).waitFor();
  assert.equal(await edit.getByLabel('Notes').inputValue(), "From the ministry's estimate.");
  await edit.getByRole('group', { name: 'Value' }).getByLabel('How exact').selectOption('ABOUT');
  await edit.getByRole('button', { name: 'Save the draft' }).click();
  await editor.getByRole('heading', { level: 1, name: /about 1\.5 million workers/ }).waitFor();
  const saved = await graphql(editor, 'query($id: ID!) { fact(id: $id) { version ... on Statistic { value { approximation value unit } period { precision text } notes } } }', { id });
  assert.deepEqual(saved.data.fact.value, { approximation: 'ABOUT', value: 1500000, unit: 'workers' });
  assert.deepEqual(saved.data.fact.period, { precision: 'YEAR', text: '2025' });
  assert.equal(saved.data.fact.notes, "From the ministry's estimate.");

  // a chief publishes it from its page
  const chief = await signIn('carla', 'chief');
  await chief.goto(`${BASE}/desk/#/facts/${id}`);
  await chief.getByRole('button', { name: 'Publish' }).click();
  await chief.getByText('Statistic · Published').waitFor();
  await chief.context().close();
  await editor.context().close();
});

test('on a fact: add a citation and a dispute; only a chief retracts, with a reason', async () => {
  const chief = await signIn('carla', 'chief');
  const made = await graphql(chief, `mutation($s: ID!) { createStatistic(input: { country: "NR", indicator: "phosphate exports", measure: OFFICIAL,
      value: { value: 120000, unit: "tonnes" }, period: { start: "2024-01-01", precision: YEAR }, citations: [{ sourceId: $s }] }) { id version } }`,
  { s: (await graphql(chief, '{ sources(search: "wall street") { nodes { id } } }')).data.sources.nodes[0].id });
  const { id } = made.data.createStatistic;
  await graphql(chief, 'mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { id } }', { id });

  const editor = await signIn('erin', 'editor');
  await editor.goto(`${BASE}/desk/#/facts/${id}`);
  const cite = editor.getByRole('form', { name: 'Add a citation' });
  await cite.getByLabel('Source (required)').fill('The Wall Street Journal');
  await cite.getByLabel('Title').fill('Nauru ships its phosphate');
  await cite.getByRole('button', { name: 'Add the citation' }).click();
  await editor.getByRole('region', { name: 'Sources' }).getByText('Nauru ships its phosphate').waitFor();

  const dispute = editor.getByRole('form', { name: 'Add a dispute' });
  await dispute.getByLabel('Source (required)').fill("South Korea's National Intelligence Service");
  await dispute.getByLabel('Statement (required)').fill('Exports were half that.');
  await dispute.getByRole('button', { name: 'Add the dispute' }).click();
  await editor.getByRole('region', { name: 'Disputes' }).getByText('Exports were half that.').waitFor();
  assert.match(await editor.locator('p.meta').first().textContent(), /Disputed/);

  // editors see Retract, disabled, and why
  const retractAsEditor = editor.getByRole('form', { name: 'Retract' });
  assert.equal(await retractAsEditor.getByRole('button', { name: 'Retract the fact' }).isDisabled(), true);
  assert.match(await retractAsEditor.textContent(), /Only a chief retracts a fact/);
  await accessible(editor, 'a published fact with its forms');
  await editor.context().close();

  await chief.goto(`${BASE}/desk/#/facts/${id}`);
  const retract = chief.getByRole('form', { name: 'Retract' });
  await retract.getByRole('button', { name: 'Retract the fact' }).click();
  await retract.getByText('Give the reason').waitFor(); // nothing sent without a reason
  await retract.getByLabel(/Reason/).fill('The export figure was for 2014, not 2024.');
  await retract.getByRole('button', { name: 'Retract the fact' }).click();
  await chief.getByText('Statistic · Retracted').waitFor();
  await chief.getByRole('region', { name: 'Public correction notes' }).getByText('The export figure was for 2014').waitFor();
  await chief.context().close();
});

test('a rejected correction appears live, with its note, in the author\'s My corrections', async () => {
  const editor = await signIn('rhea', 'editor');
  const found = await graphql(editor, '{ search(text: "shortfall 2030", first: 5) { nodes { id summary status } } }');
  const fact = found.data.search.nodes.find((n) => n.status === 'PUBLISHED');
  const sent = await graphql(editor, 'mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }', { in: {
    factId: fact.id, reason: 'The ministry said 2.5 million.', publicNote: 'An earlier version gave 2.4 million.', statistic: { value: { value: 2500000, unit: 'workers' } } } });
  assert.equal(sent.errors, undefined);
  await editor.getByRole('link', { name: 'My corrections' }).click();
  await editor.getByText('Live: a review of your corrections shows here without a reload.').waitFor({ timeout: 15000 });
  const mine = editor.getByRole('article', { name: fact.summary });
  await mine.getByText('Pending').waitFor();
  await accessible(editor, 'My corrections');

  const chief = await signIn('carla', 'chief');
  const item = chief.getByRole('article', { name: fact.summary }).filter({ hasText: 'The ministry said 2.5 million.' });
  await item.getByLabel('Review note').fill('The ministry still says 2.4 million; see its May release.');
  await item.getByRole('button', { name: 'Reject' }).click();
  await item.waitFor({ state: 'detached' });

  await mine.getByText('Rejected').waitFor({ timeout: 15000 });
  assert.match(await mine.textContent(), /reviewed by carla/);
  assert.match(await mine.textContent(), /The ministry still says 2\.4 million; see its May release\./);
  await editor.waitForFunction(() => /was rejected by carla/.test(document.getElementById('live').textContent));
  await editor.screenshot({ path: `${SHOTS}/my-corrections.png`, fullPage: true });
  await chief.context().close();
  await editor.context().close();
});

/** Saves a new-fact form; when the desk shows facts it may repeat (an earlier run's), confirms it. */
async function saveDraft(page, form) {
  await form.getByRole('button', { name: 'Save as a draft' }).click();
  const anyway = form.getByRole('button', { name: 'Save the draft anyway' });
  await Promise.race([page.waitForURL(/#\/facts\/\d+$/).catch(() => {}), anyway.waitFor().catch(() => {})]);
  if (!/#\/facts\/\d+$/.test(page.url())) await anyway.click();
  await page.waitForURL(/#\/facts\/\d+$/);
}

test('every kind from the same form builder: a claim and an event entered by an editor become drafts', async () => {
  const editor = await signIn('erin', 'editor');
  await editor.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'New fact' }).click();
  await editor.getByRole('link', { name: 'Claim' }).click();
  const claim = editor.getByRole('form', { name: 'New claim' });
  await claim.getByLabel('Claimant (required)').fill('The Kremlin');
  await claim.getByLabel('Statement (required)').fill('its forces had retaken two villages near Sudzha');
  await claim.getByRole('group', { name: 'Countries' }).getByRole('combobox').first().fill('Russia');
  const claimedOn = claim.getByRole('group', { name: 'Claimed on' });
  await claimedOn.getByLabel('Known to the').selectOption('MONTH');
  await claimedOn.getByLabel('Start, or the only one').fill('2025-03');
  await accessible(editor, 'the new-claim form');
  await saveDraft(editor, claim);
  let id = editor.url().match(/#\/facts\/(\d+)$/)[1];
  let d = await graphql(editor, 'query($id: ID!) { fact(id: $id) { status modality ... on Claim { claimant { name } claimedOn { precision text } countries { code } } } }', { id });
  assert.deepEqual(d.data.fact, { status: 'DRAFT', modality: 'ALLEGED', claimant: { name: 'The Kremlin' },
    claimedOn: { precision: 'MONTH', text: 'March 2025' }, countries: [{ code: 'RU' }] });

  await editor.getByRole('navigation', { name: 'Desk' }).getByRole('link', { name: 'New fact' }).click();
  await editor.getByRole('link', { name: 'Event' }).click();
  const event = editor.getByRole('form', { name: 'New event' });
  await event.getByLabel('Kind (required)').selectOption('ATTACK');
  await event.getByLabel('Title (required)').fill('Drone attack on a refinery in Ryazan');
  const period = event.getByRole('group', { name: /Period/ });
  await period.getByLabel('Known to the').selectOption('DAY');
  await period.getByLabel('Start, or the only one').fill('2025-03-10');
  await event.getByRole('group', { name: /Countries/ }).getByRole('combobox').first().fill('Russia');
  await saveDraft(editor, event);
  id = editor.url().match(/#\/facts\/(\d+)$/)[1];
  d = await graphql(editor, 'query($id: ID!) { fact(id: $id) { status ... on Event { kind title period { precision start } countries { code } } } }', { id });
  assert.deepEqual(d.data.fact, { status: 'DRAFT', kind: 'ATTACK', title: 'Drone attack on a refinery in Ryazan',
    period: { precision: 'DAY', start: '2025-03-10' }, countries: [{ code: 'RU' }] });
  await editor.context().close();
});
