// The ClaimReview markup the service serves (GET /claims/{id}.jsonld), type-checked against schema.org's vocabulary
// as Google's schema-dts types it: TypeScript refuses a property the type does not have (excess property checks of
// an object literal) and a value of the wrong type (schema-org.mjs). A positive control shows the check can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagnostics as typed } from './schema-org.mjs';

const url = process.env.GRAPHQL_URL ?? 'http://localhost:8080/graphql';
const base = new URL('/', url);

/** TypeScript's diagnostics for the value typed as a schema.org WithContext<ClaimReview>. */
const diagnostics = (value) => typed(value, 'ClaimReview');

async function kremlinClaimId() {
  const answer = await fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ claims(filter: { rating: UNPROVEN }) { nodes { id claimant { name } } } }' }),
  });
  const claims = (await answer.json()).data.claims.nodes;
  return claims.find(c => c.claimant.name === 'The Kremlin').id;
}

test('the served ClaimReview markup is valid schema.org (schema-dts types)', async () => {
  const id = await kremlinClaimId();
  const response = await fetch(new URL(`/claims/${id}.jsonld`, base));
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /^application\/ld\+json/);
  const markup = await response.json();
  assert.equal(markup['@type'], 'ClaimReview');
  assert.deepEqual(diagnostics(markup), []);
});

test('positive control: markup with a property ClaimReview does not have, or a wrong type, is refused', async () => {
  const id = await kremlinClaimId();
  const markup = await (await fetch(new URL(`/claims/${id}.jsonld`, base))).json();
  assert.notDeepEqual(diagnostics({ ...markup, verdictColour: 'grey' }), []);
  assert.notDeepEqual(diagnostics({ ...markup, reviewRating: { ...markup.reviewRating, bestRating: { big: true } } }), []);
});
