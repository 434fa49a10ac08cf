// The ClaimReview markup the service serves (GET /claims/{id}.jsonld), type-checked against schema.org's vocabulary
// as Google's schema-dts types it: TypeScript refuses a property the type does not have (excess property checks of
// an object literal) and a value of the wrong type. A positive control shows the check can fail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const url = process.env.GRAPHQL_URL ?? 'http://localhost:8080/graphql';
const base = new URL('/', url);

/** TypeScript's diagnostics for the value typed as a schema.org WithContext<ClaimReview>. */
function diagnostics(value) {
  const dir = mkdtempSync(join(tmpdir(), 'claim-review-'));
  const file = join(dir, 'check.ts');
  writeFileSync(file, `import type { ClaimReview, WithContext } from 'schema-dts';\n`
    + `export const markup: WithContext<ClaimReview> = ${JSON.stringify(value, null, 2)};\n`);
  const program = ts.createProgram([file], {
    strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler, typeRoots: [], types: [],
    baseUrl: dirname(require.resolve('schema-dts/package.json')),
    paths: { 'schema-dts': [require.resolve('schema-dts/package.json').replace(/package\.json$/, 'dist/schema.d.ts')] },
  });
  try {
    return ts.getPreEmitDiagnostics(program).map(d => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true }); // a test leaves no folder behind
  }
}

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
