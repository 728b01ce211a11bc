// Prints the bytes a first visit to a page transfers, compressed as sent,
// by kind (HTML, CSS, JS, wasm) and in total. A report, not a test: the
// budget is checked by the benchmarks.
//   node page-weight.mjs http://127.0.0.1:3000/
import { chromium } from '@playwright/test';

const url = process.argv[2] ?? 'http://127.0.0.1:3000/';
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage();
const finished = [];
page.on('requestfinished', (request) => finished.push(request));
await page.goto(url, { waitUntil: 'networkidle' });

const kinds = { html: 0, css: 0, js: 0, wasm: 0, other: 0 };
const rows = [];
for (const request of finished) {
  const response = await request.response();
  if (!response) continue;
  const sizes = await request.sizes();
  const type = response.headers()['content-type'] ?? '';
  const encoding = response.headers()['content-encoding'] ?? 'identity';
  const kind = type.includes('html') ? 'html'
    : type.includes('css') ? 'css'
    : type.includes('javascript') ? 'js'
    : type.includes('wasm') ? 'wasm' : 'other';
  kinds[kind] += sizes.responseBodySize;
  rows.push({ url: new URL(request.url()).pathname, kind, encoding, bytes: sizes.responseBodySize });
}
await browser.close();

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
console.log(`page weight of ${url} (compressed bytes as transferred)`);
for (const r of rows) console.log(`  ${r.kind.padEnd(5)} ${r.encoding.padEnd(8)} ${kb(r.bytes)}  ${r.url}`);
const total = Object.values(kinds).reduce((a, b) => a + b, 0);
for (const [kind, bytes] of Object.entries(kinds)) if (bytes) console.log(`${kind.padEnd(6)} ${kb(bytes)}`);
console.log(`total  ${kb(total)}`);
