// What the desk's browser tests share: the browser (Debian's chromium through playwright-core), signing in from
// the keyboard, axe-core, timings and GraphQL calls with a page's own token. Screenshots go to SHOTS.
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const BASE = process.env.DESK_URL || 'http://localhost:18082';
export const SHOTS = process.env.DESK_SCREENSHOTS || resolve(dirname(fileURLToPath(import.meta.url)), '../../../target/desk-screenshots');
// evaluated through the DevTools protocol, which the desk's Content-Security-Policy (script-src 'self') does not block
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
mkdirSync(SHOTS, { recursive: true });

let browser;
before(async () => {
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});
after(async () => browser && browser.close());

/** A new browser window signed in through the "Sign in as" form, from the keyboard. */
export async function signIn(user, role) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  page.on('pageerror', (e) => { throw e; });
  await page.goto(`${BASE}/desk`);
  await page.getByRole('heading', { name: 'Sign in as' }).waitFor();
  await page.getByLabel('User name').focus();
  await page.keyboard.type(user);
  await page.keyboard.press('Tab');
  await page.getByLabel('Role').selectOption(role);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Sign in');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Review queue', level: 1 }).waitFor();
  return page;
}

/** axe-core on the page as it is: no serious or critical violation. */
export async function accessible(page, name) {
  await page.evaluate(AXE);
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), [], `axe on ${name}`);
}

/** How long a page took from its link to its heading, printed (not asserted: speed belongs in benchmarks). */
export async function timed(page, name, go) {
  const start = Date.now();
  await go();
  console.log(`timing: ${name} rendered in ${Date.now() - start} ms`);
}

export async function live(page) {
  await page.getByText('Live: new corrections appear here without a reload.').waitFor({ timeout: 15000 });
}

/** Runs a GraphQL operation from the page with its signed-in user's token, as the desk itself does. */
export async function graphql(page, query, variables = {}) {
  return page.evaluate(async ([q, v]) => {
    const s = JSON.parse(sessionStorage.getItem('nf-desk-session'));
    const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${s.token}` },
      body: JSON.stringify({ query: q, variables: v }) });
    return res.json();
  }, [query, variables]);
}

