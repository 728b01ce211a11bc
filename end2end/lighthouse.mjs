// Lighthouse's performance audit (its default: a mobile phone, simulated
// slow 4G and a 4x slower CPU) of the sign-in page and the reset's first
// page, in Debian's Chromium, never a downloaded browser. Prints per page
// the performance score, total blocking time, largest contentful paint,
// and how long the reset's CAPTCHA took to solve in the browser (from the
// page's User Timing measure `sspr-captcha-solve`; real time on this
// machine, not throttled). A report, not a test: nothing fails on timing.
//   node lighthouse.mjs http://127.0.0.1:3000            / and /reset
//   node lighthouse.mjs http://127.0.0.1:3000 /reset     given paths
//   node lighthouse.mjs --runs=5 http://127.0.0.1:3000   median of 5 runs
// Each run has its own fresh browser profile, so nothing comes from a cache.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const args = process.argv.slice(2);
const runsArg = args.find((a) => a.startsWith('--runs='));
const runs = Math.max(1, Number(runsArg?.slice('--runs='.length)) || 1);
const [baseArg, ...pathArgs] = args.filter((a) => !a.startsWith('--'));
const base = (baseArg ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const paths = pathArgs.length > 0 ? pathArgs : ['/', '/reset'];

/** Starts Chromium with remote debugging on a port it picks itself. */
async function launch() {
  const profile = await mkdtemp(join(tmpdir(), 'sspr-lighthouse-'));
  const chromium = spawn(CHROMIUM, [
    '--headless=new',
    '--remote-debugging-port=0',
    `--user-data-dir=${profile}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--no-default-browser-check',
    'about:blank',
  ], { stdio: 'ignore' });
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  // Chromium writes the port it listens on into the profile.
  for (let i = 0; i < 200; i++) {
    const port = await readFile(join(profile, 'DevToolsActivePort'), 'utf8')
      .then((text) => Number(text.split('\n')[0]))
      .catch(() => 0);
    if (port > 0) {
      return {
        port,
        async close() {
          chromium.kill();
          await exited;
          await rm(profile, { recursive: true, force: true });
        },
      };
    }
    if (chromium.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  chromium.kill();
  await rm(profile, { recursive: true, force: true });
  throw new Error(`${CHROMIUM} did not open a debugging port`);
}

/** One Lighthouse run of `url`: the figures this report prints. A run
 * Lighthouse itself could not record (it says "run again", as with
 * NO_NAVSTART on a busy machine) is tried again, twice at most. */
async function audit(url) {
  let failure;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      return await auditOnce(url);
    } catch (e) {
      failure = e;
    }
  }
  throw failure;
}

async function auditOnce(url) {
  const browser = await launch();
  try {
    const result = await lighthouse(url, {
      port: browser.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const timings = lhr.audits['user-timings']?.details?.items ?? [];
    const solve = timings.find((t) => t.name === 'sspr-captcha-solve' && t.timingType === 'Measure');
    return {
      score: Math.round((lhr.categories.performance.score ?? 0) * 100),
      tbt: lhr.audits['total-blocking-time'].numericValue,
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
      solve: solve?.duration,
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await browser.close();
  }
}

const median = (values) => {
  const known = values.filter((v) => v !== undefined).sort((a, b) => a - b);
  if (known.length === 0) return undefined;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
};
const ms = (v) => (v === undefined ? '-' : `${Math.round(v)} ms`).padStart(10);

console.log(`Lighthouse ${runs > 1 ? `(median of ${runs} runs) ` : ''}performance, mobile emulation, ${CHROMIUM}`);
console.log(`${'page'.padEnd(24)} ${'score'.padStart(6)} ${'TBT'.padStart(10)} ${'LCP'.padStart(10)} ${'CAPTCHA'.padStart(10)}`);
for (const path of paths) {
  const url = /^https?:/.test(path) ? path : `${base}${path}`;
  const label = /^https?:/.test(path) ? new URL(path).pathname : path;
  const results = [];
  try {
    for (let i = 0; i < runs; i++) results.push(await audit(url));
  } catch (e) {
    console.log(`${label.padEnd(24)} failed: ${e.message}`);
    process.exitCode = 1;
    continue;
  }
  const row = [
    String(median(results.map((r) => r.score))).padStart(6),
    ms(median(results.map((r) => r.tbt))),
    ms(median(results.map((r) => r.lcp))),
    ms(median(results.map((r) => r.solve))),
  ];
  console.log(`${label.padEnd(24)} ${row.join(' ')}`);
  for (const warning of new Set(results.flatMap((r) => r.warnings))) console.log(`  warning: ${warning}`);
}
console.log('CAPTCHA: time the browser took to solve the proof of work (this machine, not throttled).');
