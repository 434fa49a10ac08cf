// The fact box embedded as a CMS embeds a pasted address: unfurl.js (a real oEmbed consumer) reads the box, finds its
// <link rel="alternate" type="application/json+oembed"> and reads the rich answer it names; the corrections of a
// corrected fact appear in the box's JSON-LD as schema.org CorrectionComments, type-checked with schema-dts.
// Needs EDITOR_TOKEN and CHIEF_TOKEN (two people: an editor proposes the correction, a chief approves it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { diagnostics } from './schema-org.mjs';

const { unfurl } = createRequire(import.meta.url)('unfurl.js');
const url = process.env.GRAPHQL_URL ?? 'http://localhost:8080/graphql';
const base = new URL('/', url);

async function post(token, query, variables) {
  const response = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** A published deployment from Fiji to Niue with one approved correction, made for this test. */
async function correctedFact() {
  const sources = await post(process.env.EDITOR_TOKEN, '{ sources(search: "wall street") { nodes { id } } }');
  const created = await post(process.env.EDITOR_TOKEN, 'mutation($input: DeploymentInput!) { createDeployment(input: $input) { id } }', {
    input: {
      origin: 'FJ', destination: 'NU', personnel: 'WORKERS', headcount: { value: 60, approximation: 'ABOUT', unit: 'workers' },
      period: { start: '2025-05-01', precision: 'MONTH' }, citations: [{ sourceId: sources.sources.nodes[0].id, title: 'oEmbed test' }],
    },
  });
  const id = created.createDeployment.id;
  await post(process.env.CHIEF_TOKEN, 'mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }', { id });
  const proposed = await post(process.env.EDITOR_TOKEN, 'mutation($in: CorrectionInput!) { submitCorrection(input: $in) { id } }', {
    in: { factId: id, reason: 'The ministry gave 70.', publicNote: 'An earlier version gave about 60 workers.',
      deployment: { headcount: { value: 70, approximation: 'ABOUT', unit: 'workers' } } },
  });
  await post(process.env.CHIEF_TOKEN, 'mutation($id: ID!) { reviewCorrection(id: $id, decision: APPROVE) { status } }',
    { id: proposed.submitCorrection.id });
  return id;
}

/** The box's JSON-LD blocks. */
function jsonLd(html) {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
}

test('a CMS consumer finds the box\'s oEmbed answer from its address and gets the box', { timeout: 30_000 }, async () => {
  assert.ok(process.env.EDITOR_TOKEN && process.env.CHIEF_TOKEN, 'EDITOR_TOKEN and CHIEF_TOKEN are set');
  const id = await correctedFact();
  const address = new URL(`/embed/facts/${id}`, base).href;
  const found = await unfurl(address, { oembed: true });
  assert.ok(found.oEmbed, `unfurl.js found no oEmbed answer for ${address}`);
  assert.equal(found.oEmbed.type, 'rich');
  assert.equal(found.oEmbed.version, '1.0');
  assert.equal(found.oEmbed.provider_name, 'Newsroom Facts');
  assert.match(found.oEmbed.title, /Fiji .*70 workers to Niue/);
  assert.equal(found.oEmbed.width, 640);
  assert.equal(found.oEmbed.height, 320);
  assert.match(found.oEmbed.html, /^<aside class="nf-factbox"/);
  assert.match(found.oEmbed.html, /An earlier version gave about 60 workers\./);

  const [work] = jsonLd(found.oEmbed.html).filter((j) => j['@type'] === 'CreativeWork');
  assert.equal(work.url, address);
  assert.equal(work.correction[0]['@type'], 'CorrectionComment');
  assert.equal(work.correction[0].text, 'An earlier version gave about 60 workers.');
  assert.deepEqual(diagnostics(work, 'CreativeWork'), []);
  // positive control: a property CorrectionComment does not have, or a wrong type, is refused
  assert.notDeepEqual(diagnostics({ ...work, correction: [{ ...work.correction[0], severity: 'minor' }] }, 'CreativeWork'), []);
  assert.notDeepEqual(diagnostics({ ...work, correction: [{ ...work.correction[0], datePublished: { at: 1 } }] }, 'CreativeWork'), []);
});

test('positive control: an address that is no fact box has no oEmbed answer', async () => {
  const found = await unfurl(new URL('/embed/facts/999999999', base).href, { oembed: true }).catch((e) => ({ error: e }));
  assert.equal(found.oEmbed, undefined);
  const refused = await fetch(new URL(`/oembed?url=${encodeURIComponent(new URL('/graphql', base).href)}`, base));
  assert.equal(refused.status, 404);
});
