// Prints the bytes a first visit transfers, compressed as sent, by kind
// (HTML, CSS, JS, wasm) and in total, for the sign-in page, the reset's
// first page and the registration wizard's heaviest step (the security
// questions, reached as the demo user who has registered nothing). Each
// is loaded in a fresh browser context, so nothing comes from a cache.
// A report, not a test: the budget (150 KB) is checked by reading it.
// The organisation's uploaded images (/branding/assets/…) are listed in a
// column of their own and left out of the total: the budget is the
// portal's, a designer's 2 MB background is theirs.
//   node page-weight.mjs http://127.0.0.1:3000
import { chromium } from '@playwright/test';

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const BUDGET_KB = 150;
// A demo user with nothing registered (see README, "Demo users").
const NEWCOMER = { user: 'grace@contoso.example', password: 'Compiler-Pioneer-1952' };

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

/** Signs the newcomer in and walks to the questions step; its cookies. */
async function questionsStepCookies() {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByLabel('User name').fill(NEWCOMER.user);
  await page.getByLabel('Password', { exact: true }).fill(NEWCOMER.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: 'Next' }).click();
  for (let i = 0; i < 3; i++) {
    if (await page.getByRole('heading', { name: 'Security questions' }).isVisible()) break;
    await page.getByRole('button', { name: 'Skip this method' }).click();
    await page.waitForLoadState('networkidle');
  }
  const cookies = await context.cookies();
  await context.close();
  return cookies;
}

/** Loads `path` in a new context; the bytes transferred by kind. */
async function weigh(path, cookies = []) {
  const context = await browser.newContext({ locale: 'en-US' });
  await context.addCookies(cookies);
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
  const kinds = { html: 0, css: 0, js: 0, wasm: 0, other: 0, images: 0 };
  for (const request of finished) {
    const response = await request.response();
    if (!response) continue;
    const type = response.headers()['content-type'] ?? '';
    const kind = new URL(request.url()).pathname.startsWith('/branding/assets/') ? 'images'
      : type.includes('html') ? 'html'
      : type.includes('css') ? 'css'
      : type.includes('javascript') ? 'js'
      : type.includes('wasm') ? 'wasm' : 'other';
    kinds[kind] += (await request.sizes()).responseBodySize;
  }
  await context.close();
  return kinds;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7) + ' KB';
const pages = [
  ['/', '/', []],
  ['/reset', '/reset', []],
  ['/register (questions)', '/register', await questionsStepCookies()],
];
console.log(`page weight, first load (compressed bytes as transferred; budget ${BUDGET_KB} KB)`);
console.log(`${'page'.padEnd(22)} ${['html', 'css', 'js', 'wasm', 'total', 'org images'].map((k) => k.padStart(10)).join(' ')}`);
for (const [label, path, cookies] of pages) {
  const kinds = await weigh(path, cookies);
  const total = Object.entries(kinds).filter(([k]) => k !== 'images').reduce((a, [, b]) => a + b, 0);
  const cells = [kinds.html, kinds.css, kinds.js, kinds.wasm, total, kinds.images].map(kb);
  const verdict = total <= BUDGET_KB * 1024 ? 'within budget' : 'OVER BUDGET';
  console.log(`${label.padEnd(22)} ${cells.join(' ')}  ${verdict}`);
}
await browser.close();
