import { expect, type Page, type TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { t, type Lang } from './messages';
import { jsOn } from './support';

// From run.sh: the server binary, the sinks, the two portals.
const BIN = process.env.SERVER_BIN ?? '';
const SINK = process.env.SINK_URL ?? '';
export const TWO = process.env.BASE_URL_TWO_GATES ?? '';
export const TWO_DIR = process.env.TWO_GATES_DATA_DIR ?? '';
// The accessibility walk's own portals, of the same two kinds (see run.sh).
export const A11Y = { url: process.env.BASE_URL_A11Y ?? '', dir: process.env.A11Y_DATA_DIR ?? '' };
export const A11Y_TWO = {
  url: process.env.BASE_URL_A11Y_TWO_GATES ?? '',
  dir: process.env.A11Y_TWO_GATES_DATA_DIR ?? '',
};
export const PASSWORD = 'Accessible-Walk-2026';
export const NEW_PASSWORD = 'Accessible-Walk-After-Harbour-7';

/**
 * The languages the accessibility specs walk: English, Arabic (right to
 * left) and German (long words). A11Y_LANGS=en narrows them while working.
 */
export const A11Y_LANGS: Lang[] = (process.env.A11Y_LANGS ?? 'en,ar,de').split(',');
/** The browser locale that asks for each of them. */
export const BROWSER_LOCALE: Record<string, string> = { en: 'en-US', ar: 'ar', de: 'de-DE', it: 'it-IT' };

/** A user of one test alone, made with the administrator CLI (on the second portal with `dir`). */
export function addUser(upn: string, args: string[] = [], dir?: string) {
  const env = dir ? { ...process.env, SSPR_DATA_DIR: dir } : process.env;
  execFileSync(BIN, ['user', 'add', upn, '--display-name', 'Walk User', '--password-stdin', ...args], {
    input: `${PASSWORD}\n`,
    env,
  });
}

/** Marks the user's account locked, in the database of the portal at `dir`. */
export function lockUser(upn: string, dir: string) {
  const script = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE users SET locked = 1 WHERE upn_key = lower(?)", (sys.argv[2],))
db.commit()`;
  execFileSync('python3', ['-c', script, `${dir}/sspr.db`, upn]);
}

/** Moves the user's last confirmation of their security info a year into the past. */
export function ageConfirmation(upn: string, dir = process.env.SSPR_DATA_DIR) {
  const script = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE security_info SET last_confirmed_at = last_confirmed_at - 365 * 86400 "
           "WHERE user_id = (SELECT id FROM users WHERE upn_key = lower(?))", (sys.argv[2],))
db.commit()`;
  execFileSync('python3', ['-c', script, `${dir}/sspr.db`, upn]);
}

let unique = 0;
/** A name no other test uses. */
export function uniqueTag(info: TestInfo, lang: Lang): string {
  return `${lang}-${info.project.name}-${Date.now()}-${process.pid}-${unique++}`;
}

/** The newest 6-digit code the sinks received for `to`. */
export async function codeFor(to: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const inbox = await (await fetch(`${SINK}/messages`)).json();
    const texts: string[] = [
      ...inbox.emails.filter((m: any) => m.rcpt_to.includes(to)).map((m: any) => m.body),
      ...inbox.gateway.filter((m: any) => m.to === to).map((m: any) => m.text),
    ];
    const code = texts.at(-1)?.match(/\b\d{6}\b/)?.[0];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no code reached ${to}`);
}

/** Once hydrated (JavaScript on), or at once: the page as the user has it. */
export async function settled(page: Page, info: TestInfo) {
  await page.waitForLoadState(jsOn(info) ? 'networkidle' : 'load');
}

export async function signIn(page: Page, lang: Lang, upn: string, base = '') {
  await page.goto(`${base}/`);
  await page.getByLabel(t(lang, 'sign-in-user-name')).fill(upn);
  await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();
}

/** The CAPTCHA's sum, from its label; answerable 3 s after the page was served. */
export async function captchaSum(page: Page): Promise<string> {
  const question = (await page.locator('label[for="captcha-sum"]').textContent()) ?? '';
  const [a, b] = (question.match(/\d+/g) ?? []).map(Number);
  return String(a + b);
}

/** "Who are you" on `base`, with the CAPTCHA either way; ends on /reset/verify. */
export async function startReset(page: Page, info: TestInfo, lang: Lang, upn: string, base = '') {
  await page.goto(`${base}/reset`);
  const served = Date.now();
  await page.getByLabel(t(lang, 'reset-user-id')).fill(upn);
  if (jsOn(info)) {
    await expect(page.getByRole('status')).toContainText(t(lang, 'captcha-done'));
  } else {
    const sum = await captchaSum(page);
    await page.waitForTimeout(Math.max(0, 3200 - (Date.now() - served)));
    await page.locator('#captcha-sum').fill(sum);
  }
  await page.getByRole('button', { name: t(lang, 'reset-next') }).click();
  await expect(page).toHaveURL(/\/reset\/verify$/);
}
