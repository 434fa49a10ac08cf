// graphql-inspector compares the running service, introspected over HTTP, with the committed schema/schema.graphql:
// no difference, directives and @specifiedBy included. Inspector's own URL loader does not ask for specifiedByURL,
// and its JSON loader cannot show @specifiedBy as a directive, so the introspection is fetched here with everything
// graphql-js can ask for and printed by graphql-js (printSchema(buildClientSchema(…))) for inspector to compare.
// A positive control changes one description in a copy and sees it reported.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildClientSchema, getIntrospectionQuery, printSchema } from 'graphql';

const URL = process.env.GRAPHQL_URL ?? 'http://localhost:18080/graphql';
const SCHEMA = '../../../schema/schema.graphql';

const SERVED = 'generated/introspected.graphql';
mkdirSync('generated', { recursive: true });
const query = getIntrospectionQuery({ descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, inputValueDeprecation: true });
const headers = { 'content-type': 'application/json', ...(process.env.EDITOR_TOKEN ? { authorization: `Bearer ${process.env.EDITOR_TOKEN}` } : {}) };
const answer = await (await fetch(URL, { method: 'POST', headers, body: JSON.stringify({ query }) })).json();
assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
writeFileSync(SERVED, printSchema(buildClientSchema(answer.data)));

function diff(file) {
  const r = spawnSync('node_modules/.bin/graphql-inspector', ['diff', SERVED, file], { encoding: 'utf8', timeout: 120_000 });
  return `${r.stdout}\n${r.stderr}`;
}

test('the introspected service and schema/schema.graphql do not differ', () => {
  const out = diff(SCHEMA);
  assert.match(out, /No changes detected/, out);
});

test('positive control: a description changed in a copy is a difference', () => {
  const sdl = readFileSync(SCHEMA, 'utf8');
  const changed = sdl.replace('"An object with a global identity', '"Any object with a global identity');
  assert.notEqual(changed, sdl);
  writeFileSync('generated/changed.graphql', changed);
  const out = diff('generated/changed.graphql');
  assert.doesNotMatch(out, /No changes detected/, out);
  assert.match(out, /Node/, out);
});
