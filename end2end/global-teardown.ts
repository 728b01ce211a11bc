import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { AXE_LOG_DIR, AXE_TAGS, AXE_VERSION } from './tests/axe';

/**
 * The accessibility summary at the end of a run: how many page states
 * axe-core checked, in which modes and languages, with how many rules.
 */
export default function globalTeardown() {
  if (!existsSync(AXE_LOG_DIR)) return;
  const lines = readdirSync(AXE_LOG_DIR)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(new URL(f, AXE_LOG_DIR), 'utf8').split('\n').filter(Boolean))
    .map((l) => JSON.parse(l));
  if (!lines.length) return;
  const dark = lines.filter((l) => l.page.endsWith(' (dark)')).length;
  const pages = new Set(lines.map((l) => l.page.replace(/ \(dark\)$/, '')));
  const modes = new Set(lines.map((l) => l.mode));
  const langs = new Set(lines.map((l) => l.lang));
  const rules = new Set(lines.flatMap((l) => l.rules));
  const violations = lines.reduce((n, l) => n + l.violations, 0);
  console.log(
    `axe-core ${AXE_VERSION} (${AXE_TAGS.join(', ')}): ${lines.length} checks = ${pages.size} pages and steps` +
      ` × ${modes.size} modes (${[...modes].join(', ')}) × ${langs.size} languages (${[...langs].join(', ')}),` +
      ` (${dark} of the checks in the dark colour scheme), ${rules.size} rules; ${violations} violations`,
  );
}
