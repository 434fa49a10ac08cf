// schema.org markup type-checked as Google's schema-dts types it: TypeScript refuses a property the type does not
// have (excess property checks of an object literal) and a value of the wrong type. Shared by the tests of the
// service's JSON-LD (ClaimReview documents, the fact box's corrections).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';

const require = createRequire(import.meta.url);
const ts = require('typescript');

/** TypeScript's diagnostics for the value typed as a schema.org WithContext<type> (ClaimReview, CreativeWork, …). */
export function diagnostics(value, type) {
  const dir = mkdtempSync(join(tmpdir(), 'schema-org-'));
  const file = join(dir, 'check.ts');
  writeFileSync(file, `import type { ${type}, WithContext } from 'schema-dts';\n`
    + `export const markup: WithContext<${type}> = ${JSON.stringify(value, null, 2)};\n`);
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
