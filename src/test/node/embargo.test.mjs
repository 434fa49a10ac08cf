// Embargoes across two real instances on one PostgreSQL (GRAPHQL_URL is A, GRAPHQL_URL_B is B; .ci/run starts both,
// each with its own embargo worker): drafts scheduled through A are drafts to readers of both instances until their
// time, then published within a second, each exactly once — one PUBLISHED revision, one live event on B. The time is
// the machines' own here; EmbargoTest (Java) moves a clock the test controls.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const urlA = process.env.GRAPHQL_URL ?? 'http://localhost:8080/graphql';
const urlB = process.env.GRAPHQL_URL_B;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function post(url, token, query, variables) {
  const headers = { 'content-type': 'application/json' };
  if (token) headers.authorization = `Bearer ${token}`;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
  const body = await response.json();
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data;
}

/** What readers of an instance see of the facts: their statuses (null for a draft) and their boxes' HTTP statuses. */
async function readers(url, ids) {
  const seen = [];
  for (const id of ids) {
    const { fact } = await post(url, null, 'query EmbargoedFact($id: ID!) { fact(id: $id) { status } }', { id });
    const box = await fetch(new URL(`/embed/facts/${id}`, url));
    seen.push(`${fact?.status ?? 'none'} ${box.status}`);
  }
  return seen;
}

test('drafts scheduled through instance A are published at their time by one of two instances, each once', { timeout: 60_000 }, async () => {
  assert.ok(urlB, 'GRAPHQL_URL_B (a second instance on the same database) is set');
  assert.ok(process.env.EDITOR_TOKEN && process.env.CHIEF_TOKEN, 'EDITOR_TOKEN and CHIEF_TOKEN are set');
  const client = createClient({ url: urlB.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false });
  const events = [];
  let connected;
  const ready = new Promise((resolve) => { connected = resolve; });
  client.on('connected', () => connected());
  const unsubscribe = client.subscribe(
    { query: 'subscription EmbargoEvents { factChanged(filter: { countries: ["TV"] }) { event fact { id status } } }' },
    { next: (message) => events.push(message), error: (e) => events.push({ error: String(e) }), complete: () => {} },
  );
  try {
    await ready;
    await sleep(500); // the server has registered the subscription
    const sources = await post(urlA, process.env.EDITOR_TOKEN, 'query Wire { sources(search: "wall street") { nodes { id } } }');
    const ids = [];
    for (let i = 0; i < 6; i++) {
      const created = await post(urlA, process.env.EDITOR_TOKEN, 'mutation Draft($input: DeploymentInput!) { createDeployment(input: $input) { id } }', {
        input: {
          origin: 'TV', destination: 'FM', personnel: 'WORKERS', headcount: { value: 20 + i, approximation: 'ABOUT', unit: 'workers' },
          period: { start: '2025-02-01', precision: 'MONTH' }, citations: [{ sourceId: sources.sources.nodes[0].id, title: `Embargoed wire ${i}` }],
        },
      });
      ids.push(created.createDeployment.id);
    }
    const at = new Date(Date.now() + 4000);
    for (const id of ids) {
      const scheduled = await post(urlA, process.env.CHIEF_TOKEN,
        'mutation Schedule($id: ID!, $at: DateTime!) { publishFact(id: $id, expectedVersion: 1, at: $at) { status embargo { state } } }',
        { id, at: at.toISOString() });
      assert.deepEqual(scheduled.publishFact, { status: 'DRAFT', embargo: { state: 'SCHEDULED' } });
    }
    // just before the time, on both instances
    await sleep(at.getTime() - Date.now() - 700);
    const draft = ids.map(() => 'none 404');
    assert.deepEqual(await readers(urlA, ids), draft, 'readers of A, just before');
    assert.deepEqual(await readers(urlB, ids), draft, 'readers of B, just before');
    assert.deepEqual(events, [], 'no live event before the time');
    // a second after it
    await sleep(at.getTime() + 1000 - Date.now());
    const published = ids.map(() => 'PUBLISHED 200');
    assert.deepEqual(await readers(urlB, ids), published, 'readers of B, a second after');
    assert.deepEqual(await readers(urlA, ids), published, 'readers of A, a second after');
    for (const id of ids) {
      const { fact } = await post(urlB, process.env.EDITOR_TOKEN,
        'query Revisions($id: ID!) { fact(id: $id) { version embargo { state } history { action by } } }', { id });
      assert.equal(fact.version, 2);
      assert.equal(fact.embargo.state, 'PUBLISHED');
      assert.deepEqual(fact.history.filter((r) => r.action === 'PUBLISHED').map((r) => r.by), ['embargo'], `one publication of ${id}`);
    }
    await sleep(500);
    const got = events.map((e) => e.data?.factChanged).filter(Boolean);
    assert.deepEqual(got.map((e) => e.fact.id).sort(), [...ids].sort(), 'one live event per fact');
    assert.ok(got.every((e) => e.event === 'PUBLISHED'));
  } finally {
    unsubscribe();
    await client.dispose();
  }
});
