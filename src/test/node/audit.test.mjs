// The GraphQL-over-HTTP audits of graphql-http against the running service (GRAPHQL_URL): every MUST and
// every SHOULD has to pass.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { auditServer } from 'graphql-http';

const url = process.env.GRAPHQL_URL ?? 'http://localhost:8080/graphql';

test('graphql-http server audits: every MUST and SHOULD passes', async () => {
  const results = await auditServer({ url });
  const count = { ok: 0, warn: 0, notice: 0, error: 0 };
  for (const r of results) {
    count[r.status] = (count[r.status] ?? 0) + 1;
    if (r.status === 'warn' || r.status === 'error') console.log(`${r.status.toUpperCase()} ${r.name}: ${r.reason}`);
  }
  console.log(`graphql-http audit: ${count.ok} ok, ${count.warn} warn, ${count.error} error, ${count.notice} notice`);
  assert.equal(count.error, 0, 'MUST audits that fail');
  assert.equal(count.warn, 0, 'SHOULD audits that fail');
});

test('a query over GET and a mutation over GET', async () => {
  const query = new URL(url);
  query.searchParams.set('query', '{ country(code: "KP") { name } }');
  const ok = await fetch(query, { headers: { accept: 'application/graphql-response+json' } });
  assert.equal(ok.status, 200);
  assert.deepEqual((await ok.json()).data, { country: { name: 'North Korea' } });
  const mutation = new URL(url);
  mutation.searchParams.set('query', 'mutation { createSource(input: { name: "x", kind: OTHER }) { id } }');
  const refused = await fetch(mutation);
  assert.equal(refused.status, 405);
  assert.equal(refused.headers.get('allow'), 'POST');
});
