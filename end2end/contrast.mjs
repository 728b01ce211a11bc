// Checks the colours of style/main.css against WCAG 2.2 AA, in the light
// scheme (the custom properties of the top-level :root) and the dark one
// (those of :root inside @media (prefers-color-scheme: dark), over the
// light ones). Every pair of colours that meet on a page is listed with
// its contrast ratio; text needs 4.5:1, borders of controls and the focus
// ring 3:1 (WCAG 1.4.3, 1.4.11, 2.4.7). Exits 1 if a pair falls short.
//   node contrast.mjs [path/to/main.css]
import { readFileSync } from 'node:fs';

const TEXT = 4.5;
const CONTROL = 3;
// [what, foreground, background, minimum]
const PAIRS = [
  ['text on page', '--text', '--page-bg', TEXT],
  ['text on card', '--text', '--card-bg', TEXT],
  ['text in a field', '--text', '--input-bg', TEXT],
  ['muted text on card', '--text-muted', '--card-bg', TEXT],
  ['muted text on page (notices)', '--text-muted', '--page-bg', TEXT],
  ['link on card', '--link', '--card-bg', TEXT],
  ['link on page (notices)', '--link', '--page-bg', TEXT],
  ['error text on card', '--error', '--card-bg', TEXT],
  ['error text on demo banner', '--error', '--error-bg', TEXT],
  ['text on demo banner', '--text', '--error-bg', TEXT],
  ['button text on primary', '--brand-primary-contrast', '--brand-primary', TEXT],
  ['header text on header', '--brand-header-fg', '--brand-header-bg', TEXT],
  ['primary button on card', '--brand-primary', '--card-bg', CONTROL],
  ['input border on card', '--input-border', '--card-bg', CONTROL],
  ['input border on field', '--input-border', '--input-bg', CONTROL],
  ['error border on field', '--error', '--input-bg', CONTROL],
  ['focus ring on card', '--focus', '--card-bg', CONTROL],
  ['focus ring on page', '--focus', '--page-bg', CONTROL],
  ['focus ring on header', '--focus-on-header', '--brand-header-bg', CONTROL],
];

const file = process.argv[2] ?? new URL('../style/main.css', import.meta.url);
const css = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

/** The custom properties declared in the first `:root { … }` of `text`. */
function rootProperties(text) {
  const body = text.match(/:root\s*\{([^}]*)\}/)?.[1];
  if (!body) throw new Error('no :root block');
  return Object.fromEntries(
    [...body.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [name, value.trim()]),
  );
}

const light = rootProperties(css);
const darkBlock = css.match(/@media\s*\(\s*prefers-color-scheme:\s*dark\s*\)\s*\{([\s\S]*?\})\s*\}/)?.[1];
if (!darkBlock) throw new Error('no dark colour scheme (@media (prefers-color-scheme: dark) { :root { … } })');
const dark = { ...light, ...rootProperties(darkBlock) };

function resolve(props, name, depth = 0) {
  const value = props[name];
  if (value === undefined) throw new Error(`${name} is not declared`);
  const ref = value.match(/^var\((--[\w-]+)\)$/);
  if (ref && depth < 10) return resolve(props, ref[1], depth + 1);
  return value;
}

function rgb(color) {
  const hex = color.match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
  if (!hex) throw new Error(`not a #rgb or #rrggbb colour: ${color}`);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16) / 255);
}

function luminance(color) {
  const [r, g, b] = rgb(color).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function ratio(a, b) {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

let failures = 0;
console.log('colour contrast of style/main.css (WCAG AA: text 4.5:1, controls and focus ring 3:1)');
console.log(`${'scheme'.padEnd(6)} ${'pair'.padEnd(30)} ${'foreground'.padEnd(10)} ${'background'.padEnd(10)} ${'ratio'.padStart(7)}  needed`);
for (const [scheme, props] of [['light', light], ['dark', dark]]) {
  for (const [what, fg, bg, min] of PAIRS) {
    const [f, b] = [resolve(props, fg), resolve(props, bg)];
    const r = ratio(f, b);
    const ok = r >= min;
    if (!ok) failures++;
    console.log(
      `${scheme.padEnd(6)} ${what.padEnd(30)} ${f.padEnd(10)} ${b.padEnd(10)} ${r.toFixed(2).padStart(6)}:1  ${min}:1 ${ok ? 'ok' : 'TOO LOW'}`,
    );
  }
}
console.log(`${PAIRS.length * 2} pairs, ${failures} too low`);
process.exit(failures ? 1 : 0);
