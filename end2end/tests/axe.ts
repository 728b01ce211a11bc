import { expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * axe-core against the page as the user has it now, for the WCAG 2.2 A
 * and AA rules. Every rule of those tags runs; none is switched off.
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const require = createRequire(import.meta.url);
const AXE_PATH = require.resolve('axe-core/axe.min.js');
const AXE_SOURCE = readFileSync(AXE_PATH, 'utf8');
export const AXE_VERSION: string = require('axe-core/package.json').version;

/** Where each check leaves a line for the summary (global-teardown.ts). */
export const AXE_LOG_DIR = new URL('../test-results/axe/', import.meta.url);

type Outcome = { violations: string[]; rules: string[] };

/** Runs axe in `page` (script must run there) and sums the result up. */
async function runAxe(page: Page): Promise<Outcome> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const axe = (window as any).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    const rules = [...result.passes, ...result.violations, ...result.incomplete, ...result.inapplicable].map(
      (r: any) => r.id,
    );
    const violations = result.violations.map(
      (v: any) =>
        `${v.id} (${v.impact}): ${v.help}\n` +
        v.nodes.map((n: any) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`).join('\n'),
    );
    return { violations, rules };
  }, AXE_TAGS);
}

/**
 * With JavaScript off the page's own scripts never run, and so would axe:
 * Playwright can evaluate in such a page, but axe waits on timers, which
 * never fire there. So the server-rendered document the JS-off page holds
 * now (the very HTML the server sent, unchanged by any script) is loaded
 * again at the same address in a page where script runs, with every
 * script of the page kept out: its <script> elements removed and any
 * script request refused, so nothing hydrates. The stylesheet comes from
 * the server as before, so colours and layout are the JS-off ones. axe
 * is then added by Playwright's evaluate, which the page's CSP does not
 * govern.
 */
async function runAxeOnServerRender(page: Page, browser: Browser): Promise<Outcome> {
  const html = (await page.content()).replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '');
  const url = page.url();
  const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
  const context = await browser.newContext({
    javaScriptEnabled: true,
    colorScheme: dark ? 'dark' : 'light',
    locale: await page.evaluate(() => navigator.language),
    viewport: page.viewportSize(),
  });
  try {
    const checker = await context.newPage();
    await checker.route('**/*', (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.url() === url) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      return request.resourceType() === 'script' ? route.abort() : route.continue();
    });
    await checker.goto(url, { waitUntil: 'load' });
    return await runAxe(checker);
  } finally {
    await context.close();
  }
}

/**
 * Checks the page for WCAG 2.2 A/AA violations with axe-core, in the
 * project's mode (JavaScript on or off); fails the test on any, naming
 * each rule and element. `label` names the page state in the summary.
 */
export async function expectAccessible(page: Page, browser: Browser, info: TestInfo, label: string) {
  await page.waitForLoadState('load');
  const jsOn = info.project.name === 'js-on';
  const outcome = jsOn ? await runAxe(page) : await runAxeOnServerRender(page, browser);
  const lang = await page.locator('html').getAttribute('lang');
  mkdirSync(AXE_LOG_DIR, { recursive: true });
  const line = { page: label, lang, mode: info.project.name, rules: outcome.rules, violations: outcome.violations.length };
  appendFileSync(new URL(`worker-${info.workerIndex}.jsonl`, AXE_LOG_DIR), JSON.stringify(line) + '\n');
  expect(outcome.violations, `axe on ${label} (${lang}, ${info.project.name}):\n${outcome.violations.join('\n')}`).toEqual([]);
}
