// Relay against the packaged service: relay-compiler compiles the small app in relay/ (a refetchable country-page
// fragment with a @connection, a node query) against schema/schema.graphql with the one setting the README gives
// (nodeInterfaceIdField / nodeInterfaceIdVariableName: nodeId), and relay-runtime, keyed by nodeId, normalizes the
// country page and its citations with no warning and the right data in its store. A positive control keys the store
// by id, as Relay does by default, and sees the collision the nodeIds prevent.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { Environment, Network, RecordSource, Store, fetchQuery } from 'relay-runtime';

const URL = process.env.GRAPHQL_URL ?? 'http://localhost:18080/graphql';

execFileSync('node_modules/.bin/relay-compiler', [], { stdio: 'pipe' });
// compile the app as a front end would (the artifacts are not committed)
const { default: CountryPageQuery } = await import('./relay/__generated__/CountryPageQuery.graphql.js');
const { default: CountryPageRefetchQuery } = await import('./relay/__generated__/CountryPageRefetchQuery.graphql.js');
const { default: CountryPageNodeQuery } = await import('./relay/__generated__/CountryPageNodeQuery.graphql.js');

/** A Relay environment over fetch, its store keyed as given; warnings and errors Relay prints are collected. */
function environment(getDataID) {
  const network = Network.create(async (params, variables) => {
    const r = await fetch(URL, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: params.text, variables }) });
    return r.json();
  });
  return new Environment({ network, store: new Store(new RecordSource()), ...(getDataID ? { getDataID } : {}) });
}

async function printed(run) {
  const said = [];
  const [warn, error] = [console.warn, console.error];
  console.warn = (...a) => said.push(a.join(' '));
  console.error = (...a) => said.push(a.join(' '));
  try {
    await run();
  } finally {
    [console.warn, console.error] = [warn, error];
  }
  return said;
}

/** The store's records of a type. */
function records(env, type) {
  const source = env.getStore().getSource();
  return source.getRecordIDs().map((id) => source.get(id)).filter((r) => r && r.__typename === type);
}

test('relay-runtime keyed by nodeId normalizes the country page and its citations with the right data', async () => {
  const env = environment((value) => value.nodeId);
  const said = await printed(() => fetchQuery(env, CountryPageQuery, { code: 'KP' }).toPromise());
  assert.deepEqual(said, [], 'Relay printed nothing');
  const deployments = records(env, 'Deployment');
  const sources = records(env, 'Source');
  const citations = records(env, 'Citation');
  assert.ok(deployments.length >= 3 && sources.length >= 2 && citations.length >= 3, `records: ${deployments.length} ${sources.length} ${citations.length}`);
  for (const d of deployments) {
    assert.match(d.summary, /North Korea/, 'a deployment record holds a deployment');
    assert.equal(d.name, undefined, 'and no source name');
  }
  for (const s of sources) {
    assert.equal(typeof s.name, 'string');
    assert.equal(s.summary, undefined, 'a source record holds no summary');
  }
  // the refetchable fragment's query and the node query, through node(nodeId:)
  const kp = records(env, 'Country')[0];
  assert.equal(kp.code, 'KP');
  const refetched = await fetchQuery(env, CountryPageRefetchQuery, { nodeId: kp.nodeId, count: 1 }).toPromise();
  assert.equal(refetched.node.nodeId ?? kp.nodeId, kp.nodeId);
  const one = await fetchQuery(env, CountryPageNodeQuery, { nodeId: deployments[0].nodeId }).toPromise();
  assert.equal(one.node.__typename, 'Deployment');
  assert.equal(one.node.summary, deployments[0].summary);
});

test('positive control: keyed by id, as Relay is by default, Deployment and Source records collide', async () => {
  const env = environment(null);
  const said = await printed(() => fetchQuery(env, CountryPageQuery, { code: 'KP' }).toPromise());
  const collisions = said.filter((s) => /Expected __typename to be consistent/.test(s));
  assert.ok(collisions.length > 0, `the default keys collide: ${said.slice(0, 3).join(' | ')}`);
});
