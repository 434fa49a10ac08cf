// The benchmark harness: checks that the service and PostGraphile return the same records for every query, then
// loads each with wrk (pinned to CPU 1; server and PostgreSQL run on CPU 0) and reports req/s, p50, p99, CPU
// seconds per 1,000 requests of the server and of PostgreSQL, SQL statements per request and the server's RSS.
// Also the database floor of (a) and (b): the service's own SQL statements of one request, run by pgbench.
//   node measure.mjs   (env: SERVICE_URL, PEER_URL, SERVICE_PID, PEER_PID, PEER5_URL and PEER5_PID (PostGraphile 5), PG_PORT, PG_DB, PG_LOG, SIZE, DURATION, RUNS,
//                       CONNECTIONS, WARMUP, STEADY_MAX (the service warms up until its JIT is steady, at most this
//                       many seconds more), QUERIES (a,b,c,d,e,f,g), OUT, SERVICE_ONLY (no PostGraphile rows),
//                       LABEL (added to the service's rows), EDITOR_TOKEN and CHIEF_TOKEN (for f))
// Also the allocation per request of (a) and (b) (JFR's thread allocation statistics) and (f), a newsroom at work.
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, appendFileSync, statSync } from 'node:fs';
import assert from 'node:assert/strict';
import { forPeer5, queries } from './queries.mjs';

const env = process.env;
const serviceUrl = env.SERVICE_URL, peerUrl = env.PEER_URL, peer5Url = env.PEER5_URL;
const duration = Number(env.DURATION ?? 15), runs = Number(env.RUNS ?? 3), connections = Number(env.CONNECTIONS ?? 16);
const out = env.OUT ?? 'results.md';

async function post(url, query) {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  const body = await r.json();
  if (body.errors) throw new Error(`${url}: ${JSON.stringify(body.errors).slice(0, 500)}`);
  return body.data;
}

const psql = (sql) => execFileSync('psql', ['-h', '/tmp', '-p', env.PG_PORT, '-U', 'postgres', '-d', env.PG_DB, '-tAc', sql]).toString().trim();
const statements = () => Number(psql(`select coalesce(sum(calls), 0) from pg_stat_statements s join pg_database d on d.oid = s.dbid
  where d.datname = current_database() and query not ilike '%pg_stat_statements%'`));
const clockTicks = 100;
const cpuOf = (pid) => { const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' '); return (Number(f[11]) + Number(f[12])) / clockTicks; };
const postgresCpu = () => readdirSync('/proc').filter((p) => /^\d+$/.test(p)).reduce((sum, pid) => {
  try { return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('postgres') ? sum + cpuOf(pid) : sum; } catch { return sum; }
}, 0);
const rssMb = (pid) => Math.round(Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);

function wrk(target, seconds) {
  const args = ['-c', '1', 'wrk', '-t1', `-c${target.connections ?? connections}`, `-d${seconds}s`, '--latency'];
  if (target.body) args.push('-s', target.script);
  if (target.header) args.push('-H', target.header);
  args.push(target.url);
  const text = execFileSync('taskset', args).toString();
  const ms = (label) => { const m = new RegExp(`${label}%\\s+([\\d.]+)(us|ms|s)`).exec(text); return Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]]; };
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(text);
  return { rps: Number(/Requests\/sec:\s+([\d.]+)/.exec(text)[1]), requests: Number(/(\d+) requests in/.exec(text)[1]), p50: ms(50), p99: ms(99), errors: non2xx ? Number(non2xx[1]) : 0 };
}

function luaFor(name, url, query) {
  const script = `/tmp/bench-${name}.lua`;
  writeFileSync(script, `wrk.method = "POST"\nwrk.headers["Content-Type"] = "application/json"\nwrk.body = ${JSON.stringify(JSON.stringify({ query }))}\n`);
  return { url, body: true, script };
}

const warmup = Number(process.env.WARMUP ?? 60);
// At most this many seconds of warm-up after WARMUP until the service is steady (0: none, as in CI's smoke).
const steadyMax = Number(process.env.STEADY_MAX ?? 300);

/**
 * How many methods wait for the service JVM's JIT compilers (jcmd Compiler.queue), or null when not known. Pinned to
 * one CPU under full load, the compiler threads get a small share of it, and the queue of a JVM that has run a
 * query for a minute can still hold a hundred methods: its rate then is not yet its steady one.
 */
function jitQueue(pid) {
  if (pid !== env.SERVICE_PID) return null;
  try {
    return execFileSync('jcmd', [String(pid), 'Compiler.queue']).toString().split('\n').filter((l) => /^\s*\d+\s/.test(l)).length;
  } catch {
    return null;
  }
}

let serviceWarmed = 0; // the seconds the service last warmed up for: the peers that follow it on a query get as many

/**
 * Warm-up: WARMUP seconds, then, for the service, 10 s more at a time until it is steady — its JIT's queue short (at
 * most 20 methods) in three checks in a row, and the three last rates within 5% of each other — or STEADY_MAX seconds
 * have passed. Returns the seconds spent.
 */
function warm(target, pid) {
  wrk(target, warmup);
  let spent = warmup;
  if (pid !== env.SERVICE_PID) {
    if (serviceWarmed > spent) wrk(target, serviceWarmed - spent); // as long as the service, for the same query
    return Math.max(spent, serviceWarmed);
  }
  // steady: the JIT's queue short at three checks in a row, and the last three windows' rates within 5% of each other
  let quiet = 0;
  const rates = [];
  while (spent - warmup < steadyMax) {
    const queue = jitQueue(pid);
    if (queue === null) break;
    rates.push(wrk(target, 10).rps);
    spent += 10;
    quiet = queue <= 20 && jitQueue(pid) <= 20 ? quiet + 1 : 0;
    const last3 = rates.slice(-3);
    if (quiet >= 3 && last3.length === 3 && Math.max(...last3) - Math.min(...last3) <= 0.05 * Math.max(...last3)) break;
  }
  serviceWarmed = spent;
  return spent;
}

function measure(label, target, pid) {
  const warmed = warm(target, pid);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const cpu0 = cpuOf(pid), pg0 = postgresCpu(), st0 = statements();
    const r = wrk(target, duration);
    const cpu1 = cpuOf(pid), pg1 = postgresCpu(), st1 = statements();
    assert.equal(r.errors, 0, `${label}: non-2xx answers`);
    results.push({ ...r, serverCpu: (cpu1 - cpu0) / r.requests * 1000, pgCpu: (pg1 - pg0) / r.requests * 1000, sql: (st1 - st0) / r.requests });
  }
  const median = (k) => results.map((r) => r[k]).sort((x, y) => x - y)[Math.floor(results.length / 2)];
  const row = { label, rps: median('rps'), p50: median('p50'), p99: median('p99'), serverCpu: median('serverCpu'), pgCpu: median('pgCpu'), sql: median('sql'), rss: rssMb(pid), all: `${results.map((r) => Math.round(r.rps)).join(' / ')} (after ${warmed} s)` };
  console.log(JSON.stringify(row));
  return row;
}

// The database floor: the SQL statements the service issued for one request of the query, with their parameter
// values, run straight against PostgreSQL by pgbench (same connections and duration, pinned to CPU 1): the rate
// PostgreSQL alone allows for that request, whatever the server in front of it.
function captureStatements(query) {
  const log = env.PG_LOG;
  const before = statSync(log).size;
  execFileSync('sleep', ['3']); // statements still queued from the load before end first
  psql('alter system set log_min_duration_statement = 0');
  psql("alter system set log_line_prefix = 'app=%a pid=%p '");
  psql('select pg_reload_conf()');
  execFileSync('sleep', ['0.5']);
  return post(serviceUrl, query).then(() => {
    psql('alter system reset log_min_duration_statement');
    psql('alter system reset log_line_prefix');
    psql('select pg_reload_conf()');
    const text = readFileSync(log, 'utf8').slice(before);
    const statements = [];
    const byBackend = [];
    // entries: "LOG:  duration: 0.1 ms  execute S_1: <sql, maybe over several tab-indented lines>" then maybe
    // "DETAIL:  parameters: $1 = '...', $2 = '...'"
    const entries = text.split(/\n(?=\S)/);
    for (let i = 0; i < entries.length; i++) {
      const m = /^app=PostgreSQL JDBC Driver pid=(\d+) LOG:\s+duration: [\d.]+ ms\s+execute [^:]*: ([\s\S]*)$/.exec(entries[i]);
      if (!m || /log_min_duration_statement|pg_reload_conf/.test(m[2])) continue;
      let sql = m[2].replace(/\n\t/g, '\n').trim();
      const detail = /DETAIL:\s+parameters: ([\s\S]*)$/.exec(entries[i + 1] ?? '');
      if (detail) {
        const params = {};
        for (const p of detail[1].matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) params[p[1]] = p[2];
        sql = sql.replace(/\$(\d+)/g, (all, n) => params[n] ?? all);
      }
      statements.push(sql.replace(/\s*\n\s*/g, ' ') + ';');
      byBackend.push(m[1]);
    }
    // the webhook worker polls meanwhile: its transaction (from its poll of webhook_delivery to the commit, on that
    // backend) is not the request's; nor is the embargo worker's look for a due embargo (one statement of its own)
    const inWorker = new Set();
    return statements.filter((sql, i) => {
      const backend = byBackend[i];
      if (/^select 1 from embargo where state = 'SCHEDULED'/.test(sql)) return false;
      if (/webhook_delivery/.test(sql)) inWorker.add(backend);
      if (!inWorker.has(backend)) return true;
      if (/^(COMMIT|ROLLBACK);$/.test(sql)) inWorker.delete(backend);
      return false;
    });
  });
}

async function floor(name, query) {
  const statements = await captureStatements(query);
  const script = `/tmp/bench-${name}-floor.sql`;
  writeFileSync(script, statements.join('\n') + '\n');
  const pgbench = () => {
    const text = execFileSync('taskset', ['-c', '1', 'pgbench', '-h', '/tmp', '-p', env.PG_PORT, '-U', 'postgres', '-n', '-M', 'prepared',
      '-c', String(connections), '-j', '1', '-T', String(duration), '-f', script, env.PG_DB]).toString();
    return Number(/tps = ([\d.]+)/.exec(text)[1]);
  };
  pgbench(); // warm-up
  const runsTps = Array.from({ length: runs }, pgbench).sort((x, y) => x - y);
  const row = { label: `${name} database floor (pgbench, ${statements.length} statements)`, rps: runsTps[Math.floor(runs / 2)], p50: NaN, p99: NaN,
    serverCpu: NaN, pgCpu: NaN, sql: statements.length, rss: NaN, all: runsTps.map(Math.round).join(' / ') };
  console.log(JSON.stringify(row));
  return row;
}

// MB the service allocates per request of a query: JFR's per-thread allocation statistics over one load
function allocation(name, target) {
  const file = `/tmp/bench-${name}-alloc.jfr`;
  // the default settings record each thread's allocated bytes at the start and at the end of the recording
  execFileSync('jcmd', [env.SERVICE_PID, 'JFR.start', 'name=alloc', 'settings=default', `filename=${file}`]);
  const r = wrk(target, duration);
  execFileSync('jcmd', [env.SERVICE_PID, 'JFR.stop', 'name=alloc']);
  const text = execFileSync('jfr', ['print', '--events', 'jdk.ThreadAllocationStatistics', file], { maxBuffer: 1 << 28 }).toString();
  const unit = { bytes: 1, kB: 1e3, MB: 1e6, GB: 1e9 };
  const byThread = new Map();
  for (const m of text.matchAll(/allocated = ([\d.]+) (\w+)\s+thread = "([^"]+)"/g)) {
    const v = Number(m[1]) * unit[m[2]];
    const t = byThread.get(m[3]) ?? { min: v, max: v };
    byThread.set(m[3], { min: Math.min(t.min, v), max: Math.max(t.max, v) });
  }
  const total = [...byThread.values()].reduce((s, t) => s + t.max - t.min, 0);
  const row = { label: `${name} service: MB allocated per request (JFR)`, rps: r.rps, p50: NaN, p99: NaN, serverCpu: NaN, pgCpu: NaN,
    sql: NaN, rss: rssMb(env.SERVICE_PID), all: (total / 1e6 / r.requests).toFixed(2) + ' MB' };
  console.log(JSON.stringify(row));
  return row;
}

// PROFILE=b (or a): where the service's CPU goes during one load of the query — JFR's CPU-time samples (JDK 25,
// one every 2 ms of CPU), each charged by its top frame to a part of the stack; the hottest methods go to a file
function profile(name, target) {
  const file = `/tmp/bench-${name}-cpu.jfr`;
  execFileSync('jcmd', [env.SERVICE_PID, 'JFR.start', 'name=cpu', 'settings=profile', 'jdk.CPUTimeSample#enabled=true',
    'jdk.CPUTimeSample#throttle=2ms', `filename=${file}`]);
  const r = wrk(target, duration);
  execFileSync('jcmd', [env.SERVICE_PID, 'JFR.stop', 'name=cpu']);
  const text = execFileSync('jfr', ['print', '--stack-depth', '1', '--events', 'jdk.CPUTimeSample', file], { maxBuffer: 1 << 30 }).toString();
  const parts = [['graphql-java and java-dataloader', /^\s*(graphql|org\.dataloader)\./], ['PostgreSQL driver', /^\s*org\.postgresql\./],
    ['JSON (Jackson, Vert.x)', /^\s*(com\.fasterxml|io\.vertx\.core\.json)\./], ['HTTP (Vert.x, Netty)', /^\s*(io\.vertx|io\.netty)\./],
    ['the service', /^\s*org\.newsroom\./], ['SmallRye, Quarkus, Arc', /^\s*(io\.smallrye|io\.quarkus)\./],
    ['Agroal, Hibernate', /^\s*(io\.agroal|org\.hibernate)\./], ['JDK', /^\s*(java|javax|jdk|sun)\./]];
  const counts = new Map();
  let total = 0;
  for (const m of text.matchAll(/stackTrace = \[\n(.*)\n/g)) {
    const part = parts.find(([, re]) => re.test(m[1]))?.[0] ?? 'other';
    counts.set(part, (counts.get(part) ?? 0) + 1);
    total++;
  }
  const hot = execFileSync('jfr', ['view', '--width', '200', 'hot-methods', file], { maxBuffer: 1 << 28 }).toString();
  writeFileSync(`${out}.profile-${name}.txt`, hot);
  const share = [...counts.entries()].sort((x, y) => y[1] - x[1]).map(([p, c]) => `${p} ${(100 * c / total).toFixed(0)}%`).join(', ');
  console.log(`${name} profile: ${total} samples at ${r.rps} req/s: ${share}`);
  return `${name}: ${total} CPU samples of the service's threads (top frame), at ${Math.round(r.rps)} req/s — ${share}`;
}

const label = env.LABEL ? ` (${env.LABEL})` : '';
const only = (env.QUERIES ?? 'a,b,c,d,e,f,g').split(',');
const rows = [];
const profiles = [];
for (const [name, q] of Object.entries(queries).filter(([n]) => only.includes(n))) {
  const mine = q.records(await post(serviceUrl, q.service));
  if (!env.SERVICE_ONLY) {
    const theirs = q.peerRecords(await post(peerUrl, q.peer));
    assert.deepEqual(mine, theirs, `${name}: the service and PostGraphile return different records`);
    const count = JSON.stringify(mine).match(/"\d+"/g)?.length ?? 0;
    console.log(`${name}: same records from both (${count} ids)`);
    if (peer5Url) {
      const fifth = q.peerRecords(await post(peer5Url, forPeer5(q.peer)));
      assert.deepEqual(mine, fifth, `${name}: the service and PostGraphile 5 return different records`);
      console.log(`${name}: same records from PostGraphile 5`);
    }
  }
  rows.push({ q: name, ...measure(`${name} service${label}`, luaFor(`${name}-service`, serviceUrl, q.service), env.SERVICE_PID) });
  if (env.SERVICE_ONLY) continue;
  rows.push({ q: name, ...measure(`${name} PostGraphile 4`, luaFor(`${name}-peer`, peerUrl, q.peer), env.PEER_PID) });
  if (peer5Url) rows.push({ q: name, ...measure(`${name} PostGraphile 5`, luaFor(`${name}-peer5`, peer5Url, forPeer5(q.peer)), env.PEER5_PID) });
  if (name === 'a' || name === 'b') {
    rows.push({ q: name, ...(await floor(name, q.service)) });
    rows.push({ q: name, ...allocation(name, luaFor(`${name}-service`, serviceUrl, q.service)) });
  }
  if ((env.PROFILE ?? '').split(',').includes(name)) profiles.push(profile(name, luaFor(`${name}-service`, serviceUrl, q.service)));
}

if (only.includes('e')) {
// (e): the country page as a persisted GET query, cached in HTTP terms (the service's reader cache; no If-None-Match)
const hash = createHash('sha256').update(queries.a.service).digest('hex');
const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
await fetch(`${serviceUrl}?query=${encodeURIComponent(queries.a.service)}&extensions=${extensions}`);
const getUrl = `${serviceUrl}?extensions=${extensions}`;
const check = await fetch(getUrl);
assert.equal(check.status, 200);
assert.ok(check.headers.get('etag'));
rows.push({ q: 'e', ...measure('e service (persisted GET, cached)', { url: getUrl }, env.SERVICE_PID) });
rows.push({ q: 'e', ...measure('e service (persisted GET, If-None-Match: 304)', { url: getUrl, header: `If-None-Match: ${check.headers.get('etag')}` }, env.SERVICE_PID) });
}

if (only.includes('g')) {
// (g) counts (issue 27): the published deployments and statistics by country and year, with their sums per unit, one
// request at a time (POST: not from the reader cache), so that p50 is the time one answer takes
const counts = '{ factCounts(filter: { kinds: ["deployment", "statistic"] }, groupBy: [COUNTRY, YEAR]) { country { code } year count figures { unit sum count } } }';
const answer = await post(serviceUrl, counts);
assert.ok(answer.factCounts.length > 100, `g: ${answer.factCounts.length} groups`);
console.log(`g: ${answer.factCounts.length} groups`);
rows.push({ q: 'g', ...measure('g service (factCounts by country and year with sums, 1 connection)', { ...luaFor('g-service', serviceUrl, counts), connections: 1 }, env.SERVICE_PID) });
const countsOnly = '{ factCounts(filter: { kinds: ["deployment", "statistic"] }, groupBy: [COUNTRY, YEAR]) { country { code } year count } }';
rows.push({ q: 'g', ...measure('g service (the same, counts only, 1 connection)', { ...luaFor('g-only-service', serviceUrl, countsOnly), connections: 1 }, env.SERVICE_PID) });
}

// (f) a newsroom at work: readers' persisted GETs of the country page and of a search on CONNECTIONS connections,
// while editors write drafts at 5 per second and a chief publishes one fact every 5 s (drafts of deployments from
// rotating countries, Russia among them, so that some publishes change the country page)
async function persistedGet(query) {
  const hash = createHash('sha256').update(query).digest('hex');
  const extensions = encodeURIComponent(JSON.stringify({ persistedQuery: { version: 1, sha256Hash: hash } }));
  await fetch(`${serviceUrl}?query=${encodeURIComponent(query)}&extensions=${extensions}`);
  return `${serviceUrl}?extensions=${extensions}`;
}
const cacheCounts = async () => {
  const text = await (await fetch(serviceUrl.replace(/\/graphql$/, '/q/metrics'))).text();
  const count = (result) => Number(new RegExp(`newsroom_reader_cache_total\\{[^}]*result="${result}"[^}]*\\} ([\\d.e+]+)`).exec(text)?.[1] ?? 0);
  return { hit: count('hit'), miss: count('miss') };
};
async function gql(token, query, variables) {
  const r = await fetch(serviceUrl, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }) });
  const body = await r.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 300));
  return body.data;
}
if (only.includes('f')) {
  const urls = [await persistedGet(queries.a.service), await persistedGet('{ search(text: "labour shortfall", first: 20) { nodes { id } } }')];
  const script = '/tmp/bench-f.lua';
  writeFileSync(script, `paths = { ${urls.map((u) => JSON.stringify(new URL(u).pathname + new URL(u).search)).join(', ')} }\ni = 0\n`
    + 'request = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i % 2) + 1])\nend\n');
  const source = (await post(serviceUrl, '{ sources(search: "Bench source 1", first: 1) { nodes { id } } }')).sources.nodes[0].id;
  const origins = ['RU', 'KP', 'CN', 'UA', 'BY', 'IR', 'IN', 'TR', 'KZ', 'VN'];
  let drafts = 0, published = 0, n = 0;
  const pending = [];
  const create = `mutation($input: DeploymentInput!) { createDeployment(input: $input) { id } }`;
  const writer = setInterval(async () => {
    const origin = origins[n++ % origins.length];
    try {
      const d = await gql(env.EDITOR_TOKEN, create, { input: { origin, destination: 'RU', personnel: 'WORKERS',
        headcount: { value: 100 + n, approximation: 'ABOUT', unit: 'workers' }, period: { start: '2025-06-01', precision: 'MONTH' },
        citations: [{ sourceId: source }] } });
      drafts++;
      pending.push(d.createDeployment.id);
    } catch (e) { console.error('draft:', e.message); }
  }, 200);
  const chief = setInterval(async () => {
    const id = pending.shift();
    if (!id) return;
    try {
      await gql(env.CHIEF_TOKEN, 'mutation($id: ID!) { publishFact(id: $id, expectedVersion: 1) { id } }', { id });
      published++;
    } catch (e) { console.error('publish:', e.message); }
  }, 5000);
  const run = (seconds) => new Promise((resolve, reject) => {
    const p = spawn('taskset', ['-c', '1', 'wrk', '-t1', `-c${connections}`, `-d${seconds}s`, '--latency', '-s', script, new URL(urls[0]).origin]);
    let text = '';
    p.stdout.on('data', (d) => { text += d; });
    p.on('exit', (code) => (code === 0 ? resolve(text) : reject(new Error(`wrk exited ${code}`))));
  });
  await run(Math.min(warmup, 20));
  const before = await cacheCounts();
  const text = await run(duration * runs);
  const after = await cacheCounts();
  clearInterval(writer);
  clearInterval(chief);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(text)[1]);
  const ms = (l) => { const m = new RegExp(`${l}%\\s+([\\d.]+)(us|ms|s)`).exec(text); return Number(m[1]) * { us: 0.001, ms: 1, s: 1000 }[m[2]]; };
  const hits = after.hit - before.hit, misses = after.miss - before.miss;
  const cached = rows.find((r) => r.q === 'e');
  const row = { q: 'f', label: `f service (readers' persisted GETs of (a) and a search, editors at work)${label}`, rps, p50: ms(50), p99: ms(99),
    serverCpu: NaN, pgCpu: NaN, sql: NaN, rss: rssMb(env.SERVICE_PID),
    all: `hit rate ${(100 * hits / Math.max(1, hits + misses)).toFixed(1)}%; ${drafts} drafts, ${published} publishes in ${duration * runs + Math.min(warmup, 20)} s`
      + (cached ? `; ${(100 * rps / cached.rps).toFixed(0)}% of (e)` : '') };
  console.log(JSON.stringify(row));
  rows.push(row);
}

const f = (x, d = 1) => (Number.isNaN(x) ? '–' : x.toFixed(d));
let md = `\n### ${env.SIZE} facts\n\n| query | system | req/s | p50 ms | p99 ms | server CPU s / 1k req | PostgreSQL CPU s / 1k req | SQL statements / req | RSS MB after | req/s of each run |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n`;
for (const r of rows) md += `| ${r.q} | ${r.label.replace(/^\w /, '')} | ${f(r.rps, 0)} | ${f(r.p50, 2)} | ${f(r.p99, 2)} | ${f(r.serverCpu, 2)} | ${f(r.pgCpu, 2)} | ${f(r.sql, 1)} | ${Number.isNaN(r.rss) ? "–" : r.rss} | ${r.all} |\n`;
if (profiles.length) md += `\nWhere the service's CPU goes (JFR, \`PROFILE\`; the hottest methods are in ${out}.profile-*.txt):\n\n${profiles.map((p) => `- ${p}`).join('\n')}\n`;
appendFileSync(out, md);
console.log(md);
