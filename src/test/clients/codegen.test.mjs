// GraphQL Code Generator (typescript + typescript-operations, strictScalars with the project's scalar mapping) over
// every operation of the README and docs/ against schema/schema.graphql, then tsc --noEmit over uses.ts, which uses
// the generated types. A schema with a scalar the mapping does not know, or an operation without a name, stops here.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import { generate } from '@graphql-codegen/cli';

const ROOT = '../../..';
/** The scalar mapping the README gives front ends. */
export const SCALARS = { Date: 'string', DateTime: 'string' };

function readmeOperations() {
  const text = [`${ROOT}/README.md`, ...readdirSync(`${ROOT}/docs`).filter((f) => f.endsWith('.md')).sort().map((f) => `${ROOT}/docs/${f}`)]
    .map((f) => readFileSync(f, 'utf8')).join('\n');
  // the blocks, and the documents of the curl examples (as ReadmeOperationsTest finds them)
  return [...[...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]),
    ...[...text.matchAll(/"query":\s*("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]))];
}

test('codegen types the README operations with strict scalars, and tsc accepts code that uses them', async () => {
  const operations = readmeOperations();
  assert.ok(operations.length >= 9, `the README's operations: ${operations.length}`);
  rmSync('generated', { recursive: true, force: true });
  mkdirSync('generated/operations', { recursive: true });
  operations.forEach((op, i) => writeFileSync(`generated/operations/${String(i).padStart(2, '0')}.graphql`, op));
  await generate({
    schema: `${ROOT}/schema/schema.graphql`,
    documents: 'generated/operations/*.graphql',
    silent: true,
    errorsOnly: true,
    generates: {
      'generated/operations.ts': { plugins: ['typescript', 'typescript-operations'], config: { strictScalars: true, scalars: SCALARS, enumsAsTypes: true } },
    },
  }, true);
  const types = readFileSync('generated/operations.ts', 'utf8');
  assert.match(types, /export type CountryPageQuery = /);
  const scalars = types.match(/export type Scalars = \{[\s\S]*?\n\};/)[0];
  assert.match(scalars, /Date: \{ input: string; output: string; \}/);
  assert.doesNotMatch(scalars, /any|unknown/, 'every scalar has a type: ' + scalars);
  execFileSync('node_modules/.bin/tsc', ['--noEmit', '--strict', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', 'uses.ts'], { stdio: 'pipe' });
});

test('positive control: strictScalars stops on a scalar the mapping does not know', async () => {
  await assert.rejects(generate({
    schema: `${ROOT}/schema/schema.graphql`,
    documents: 'generated/operations/*.graphql',
    silent: true,
    errorsOnly: true,
    generates: { 'generated/control.ts': { plugins: ['typescript'], config: { strictScalars: true, scalars: { Date: 'string' } } } },
  }, true), /DateTime/);
});
