// Real clients against the running packaged service: Apollo Client with its persisted-queries link (hashed GETs),
// plain fetch for ETag/304, and graphql-ws subscribed to a second instance while a first one publishes.
// GRAPHQL_URL is instance A; GRAPHQL_URL_B is instance B on the same PostgreSQL; EDITOR_TOKEN and CHIEF_TOKEN are
// bearer tokens both instances trust (.ci/run starts both and signs the tokens with deploy/dev-token.sh).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const url = process.env.GRAPHQL_URL ?? 'http://localhost:8080/graphql';
const urlB = process.env.GRAPHQL_URL_B;
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** An Apollo Client using hashed GET requests, recording every HTTP exchange. */
function apollo(exchanges) {
  const recordingFetch = async (input, init) => {
    const response = await fetch(input, init);
    const target = new URL(String(input));
    exchanges.push({
      method: init?.method ?? 'GET',
      hashOnly: target.searchParams.has('extensions') && !target.searchParams.has('query') && (init?.method ?? 'GET') === 'GET',
      status: response.status,
      etag: response.headers.get('etag'),
      cacheControl: response.headers.get('cache-control'),
    });
    return response;
  };
  const link = new PersistedQueryLink({ sha256, useGETForHashedQueries: true }).concat(new HttpLink({ uri: url, fetch: recordingFetch }));
  return new ApolloClient({ link, cache: new InMemoryCache() });
}

test('Apollo Client with persisted queries: the hash alone works once the document was sent, over GET', async () => {
  const alias = `c${randomUUID().replaceAll('-', '')}`;
  const query = gql`query Country($code: String!) { ${alias}: country(code: $code) { code name } }`;

  const first = [];
  const one = await apollo(first).query({ query, variables: { code: 'kp' } });
  assert.deepEqual(one.data[alias], { __typename: 'Country', code: 'KP', name: 'North Korea' });
  assert.equal(first[0].hashOnly, true, 'Apollo tries the hash alone first');
  assert.equal(first[0].status, 200, 'an unknown hash is not a failure Apollo would give up persisted queries for');
  assert.equal(first.length, 2, 'then sends the document once with its hash');

  const second = [];
  const two = await apollo(second).query({ query, variables: { code: 'kp' } });
  assert.deepEqual(two.data[alias], one.data[alias]);
  assert.equal(second.length, 1, 'a new client needs only the hash');
  assert.equal(second[0].hashOnly, true);
  assert.equal(second[0].method, 'GET');
  assert.equal(second[0].cacheControl, 'public, max-age=5');
  assert.match(second[0].etag, /^"[A-Za-z0-9_-]{43}"$/, 'a strong ETag');
});

test('a reader GET gets an ETag, and If-None-Match gets 304 without a body', async () => {
  const target = new URL(url);
  target.searchParams.set('query', '{ deployments(first: 5) { totalCount nodes { id summary } } }');
  const first = await fetch(target);
  assert.equal(first.status, 200);
  const etag = first.headers.get('etag');
  assert.ok(etag);
  const again = await fetch(target, { headers: { 'if-none-match': etag } });
  assert.equal(again.status, 304);
  assert.equal(again.headers.get('etag'), etag);
  assert.equal(await again.text(), '');
});

test('graphql-ws on instance B gets the publish made through instance A', { timeout: 30_000 }, async () => {
  assert.ok(urlB, 'GRAPHQL_URL_B (a second instance on the same database) is set');
  assert.ok(process.env.EDITOR_TOKEN && process.env.CHIEF_TOKEN, 'EDITOR_TOKEN and CHIEF_TOKEN are set');
  const post = async (token, query, variables) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    assert.equal(body.errors, undefined, JSON.stringify(body.errors));
    return body.data;
  };

  const client = createClient({ url: urlB.replace(/^http/, 'ws'), webSocketImpl: WebSocket, lazy: false });
  try {
    const events = [];
    let gotEvent;
    const arrived = new Promise((resolve) => { gotEvent = resolve; });
    let subscribed;
    const ready = new Promise((resolve) => { subscribed = resolve; });
    client.on('connected', () => subscribed());
    const unsubscribe = client.subscribe(
      { query: 'subscription { factChanged(filter: { countries: ["NRU"] }) { event fact { id status summary } } }' },
      { next: (message) => { events.push(message); gotEvent(); }, error: (e) => { events.push({ error: e }); gotEvent(); }, complete: () => {} },
    );
    await ready;
    await new Promise((resolve) => setTimeout(resolve, 500)); // the server has registered the subscription

    const source = await (await fetch(`${url}?query=${encodeURIComponent('{ sources(search: "wall street") { nodes { id } } }')}`)).json();
    const created = await post(process.env.EDITOR_TOKEN, `mutation($input: DeploymentInput!) { createDeployment(input: $input) { id version } }`, {
      input: {
        origin: 'NR', destination: 'PW', personnel: 'WORKERS',
        headcount: { value: 40, approximation: 'ABOUT', unit: 'workers' },
        period: { start: '2025-03-01', precision: 'MONTH' },
        citations: [{ sourceId: source.data.sources.nodes[0].id, title: 'Client test' }],
      },
    });
    const id = created.createDeployment.id;
    await post(process.env.CHIEF_TOKEN, 'mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { status } }', { id });

    await arrived;
    unsubscribe();
    assert.equal(events[0].error, undefined, JSON.stringify(events[0].error));
    assert.equal(events[0].data.factChanged.event, 'PUBLISHED');
    assert.equal(events[0].data.factChanged.fact.id, id);
    assert.equal(events[0].data.factChanged.fact.status, 'PUBLISHED');
    assert.match(events[0].data.factChanged.fact.summary, /Nauru/);
  } finally {
    await client.dispose();
  }
});
