import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { LANGS, pattern, sent, t, type Lang } from './messages';
import { codeFor } from './flows';
import { QUESTIONS, answerField, jsOn, questionPicker, watchErrors } from './support';

// From run.sh: the server binary, the sinks, and a second portal whose
// policy asks for two methods and allows unlocking alone.
const BIN = process.env.SERVER_BIN ?? '';
const SINK = process.env.SINK_URL ?? '';
const TWO = process.env.BASE_URL_TWO_GATES ?? '';
const TWO_DIR = process.env.TWO_GATES_DATA_DIR ?? '';
const PASSWORD = 'Reset-Walk-Before-2026';
const NEW_PASSWORD = 'Reset-Walk-After-Lantern-42';

/** A user of this test alone, on the main portal or the two-gate one. */
function addUser(upn: string, args: string[], dir?: string) {
  const env = dir ? { ...process.env, SSPR_DATA_DIR: dir } : process.env;
  execFileSync(BIN, ['user', 'add', upn, '--display-name', 'Reset Walk', '--password-stdin', ...args], {
    input: `${PASSWORD}\n`,
    env,
  });
}

function lockUser(upn: string, dir: string) {
  const script = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE users SET locked = 1 WHERE upn_key = lower(?)", (sys.argv[2],))
db.commit()`;
  execFileSync('python3', ['-c', script, `${dir}/sspr.db`, upn]);
}

async function inbox(): Promise<any> {
  return (await fetch(`${SINK}/messages`)).json();
}

/** "Who are you": the user name, and the CAPTCHA either way. */
async function whoAreYou(page: Page, info: TestInfo, lang: Lang, base: string, upn: string) {
  await page.goto(`${base}/reset`);
  const served = Date.now();
  await page.getByLabel(t(lang, 'reset-user-id')).fill(upn);
  if (jsOn(info)) {
    await expect(page.getByRole('status')).toContainText(t(lang, 'captcha-done'));
  } else {
    // The sum in plain text, answered like a person would.
    const question = (await page.locator('label[for="captcha-sum"]').textContent()) ?? '';
    const [a, b] = (question.match(/\d+/g) ?? []).map(Number);
    await page.waitForTimeout(Math.max(0, 3200 - (Date.now() - served)));
    await page.locator('#captcha-sum').fill(String(a + b));
  }
  await page.getByRole('button', { name: t(lang, 'reset-next') }).click();
  await expect(page).toHaveURL(/\/reset\/verify$/);
}

async function codeGate(page: Page, lang: Lang, choice: RegExp, to: string) {
  await page.getByLabel(choice).check();
  await page.getByRole('button', { name: t(lang, 'reset-next') }).click();
  await page.getByLabel(t(lang, 'wizard-code-label')).fill(await codeFor(to));
  await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();
}

async function newPassword(page: Page, lang: Lang) {
  await page.getByLabel(t(lang, 'reset-password-new'), { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(t(lang, 'reset-password-confirm'), { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole('button', { name: t(lang, 'reset-password-submit') }).click();
  await expect(page.getByRole('heading', { name: t(lang, 'reset-done-heading') })).toBeVisible();
}

/** The strength meter: advice from zxcvbn, fetched only once the field is
 * used, with script; absent without. The server's rules still decide. */
async function newPasswordWithMeter(page: Page, info: TestInfo, lang: Lang) {
  const estimator: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('/pkg/zxcvbn.js')) estimator.push(r.url()); });
  const field = page.getByLabel(t(lang, 'reset-password-new'), { exact: true });
  await expect(field).toBeVisible();
  await page.waitForTimeout(300);
  expect(estimator).toEqual([]);
  if (jsOn(info)) {
    await expect(page.locator('.strength meter')).toBeAttached(); // hydrated
    await field.pressSequentially('password');
    await expect(page.getByRole('status')).toHaveText(t(lang, 'reset-password-strength-0'));
    await expect(page.locator('.strength meter')).toHaveAttribute('value', '0');
    await field.fill(NEW_PASSWORD);
    await expect(page.getByRole('status')).toHaveText(t(lang, 'reset-password-strength-4'));
    expect(estimator).toHaveLength(1);
  } else {
    await field.fill('password');
    await expect(page.locator('.strength')).toHaveCount(0);
    expect(estimator).toEqual([]);
    // Without the meter the server's rules still refuse a common password.
    await page.getByLabel(t(lang, 'reset-password-confirm'), { exact: true }).fill('password');
    await page.getByRole('button', { name: t(lang, 'reset-password-submit') }).click();
    await expect(page.locator('#password-error')).toBeVisible();
  }
  await newPassword(page, lang);
}

async function signIn(page: Page, lang: Lang, base: string, upn: string, password: string) {
  await page.goto(`${base}/`);
  await page.getByLabel(t(lang, 'sign-in-user-name')).fill(upn);
  await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();
}

let serial = 0;

for (const lang of LANGS) {
  const q = QUESTIONS.map((key) => t(lang, key));
  // The gates' labels end with where the code goes, masked.
  const byEmail = pattern(lang, 'reset-gate-email', { destination: /.+/ });
  const bySms = pattern(lang, 'reset-gate-mobile-sms', { destination: /.+/ });

  test.describe(`password reset (${lang})`, () => {
    test.use({ locale: lang === 'it' ? 'it-IT' : 'en-US' });
    const tag = (info: TestInfo) => `${lang}-${info.project.name}-${Date.now()}-${serial++}`;

    test('by email code: old password stops, new one works, notices sent, not signed in', async ({ page, baseURL }, info) => {
      test.setTimeout(60_000);
      const errors = watchErrors(page);
      const id = tag(info);
      const upn = `reset-${id}@contoso.example`;
      const home = `reset-${id}@home.example`;
      addUser(upn, ['--primary-email', upn, '--alternate-email', home]);

      await whoAreYou(page, info, lang, baseURL ?? '', upn);
      await codeGate(page, lang, byEmail, home);
      await newPasswordWithMeter(page, info, lang);

      // Nobody is signed in after a reset.
      await page.goto('/account');
      await expect(page.locator('body')).not.toContainText(t(lang, 'account-signed-in-as'));
      await signIn(page, lang, baseURL ?? '', upn, PASSWORD);
      await expect(page.getByText(t(lang, 'error-invalid-credentials'))).toBeVisible();
      await signIn(page, lang, baseURL ?? '', upn, NEW_PASSWORD);
      await expect(page).not.toHaveURL(/\/$/);

      const notices = (await inbox()).emails.filter((m: any) => m.subject === sent(lang, 'message-reset-subject'));
      const to = notices.flatMap((m: any) => m.rcpt_to);
      expect(to).toEqual(expect.arrayContaining([upn, home]));
      expect(notices.map((m: any) => m.body).join('')).not.toContain(NEW_PASSWORD);
      expect(errors).toEqual([]);
    });

    test('an ineligible user reaches the helpdesk after the first gate', async ({ page, baseURL }, info) => {
      const id = tag(info);
      const upn = `onprem-${id}@contoso.example`;
      const home = `onprem-${id}@home.example`;
      addUser(upn, ['--alternate-email', home, '--on-premises']);
      await whoAreYou(page, info, lang, baseURL ?? '', upn);
      await codeGate(page, lang, byEmail, home);
      await expect(page.getByRole('heading', { name: t(lang, 'reset-contact-heading') })).toBeVisible();
      await expect(page.getByRole('link', { name: t(lang, 'reset-contact-helpdesk') })).toHaveAttribute('href', 'mailto:helpdesk@contoso.example');
    });

    test('two gates: text message and security questions', async ({ page }, info) => {
      test.setTimeout(90_000);
      const id = tag(info);
      const upn = `two-${id}@contoso.example`;
      const digits = `${lang === 'it' ? 1 : 2}${jsOn(info) ? 1 : 2}`;
      const phone = `+3934755500${digits}`;
      addUser(upn, ['--mobile-phone', phone], TWO_DIR);

      // Register the questions first, in the wizard.
      await signIn(page, lang, TWO, upn, PASSWORD);
      await page.getByRole('button', { name: t(lang, 'prompt-next') }).click();
      await page.getByRole('button', { name: t(lang, 'wizard-skip-step') }).click();
      await page.getByRole('button', { name: t(lang, 'wizard-skip-step') }).click();
      const answers = ['Biscuit', 'Translator', 'Seed cake'];
      for (const [i, question] of q.entries()) {
        await questionPicker(page, lang, i + 1).selectOption({ label: question });
        await answerField(page, lang, i + 1).fill(answers[i]);
      }
      await page.getByRole('button', { name: t(lang, 'wizard-questions-save') }).click();
      await page.getByRole('button', { name: t(lang, 'wizard-save'), exact: true }).click();
      await expect(page).toHaveURL(/\/account/);
      await page.context().clearCookies();

      await whoAreYou(page, info, lang, TWO, upn);
      await codeGate(page, lang, bySms, phone);
      await expect(page.getByText(t(lang, 'reset-gate-of', { number: 2, total: 2 }))).toBeVisible();
      await expect(page.getByLabel(bySms)).toHaveCount(0);
      await page.getByLabel(t(lang, 'reset-gate-questions')).check();
      await page.getByRole('button', { name: t(lang, 'reset-next') }).click();
      for (const [i, question] of q.entries()) {
        const field = page.getByLabel(question, { exact: true });
        if (await field.count()) await field.fill(answers[i].toUpperCase());
      }
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();
      await newPassword(page, lang);
      await signIn(page, lang, TWO, upn, NEW_PASSWORD);
      await expect(page).not.toHaveURL(/\/$/);
    });

    test('unlock only keeps the password', async ({ page }, info) => {
      test.setTimeout(60_000);
      const id = tag(info);
      const upn = `locked-${id}@contoso.example`;
      const home = `locked-${id}@home.example`;
      const digits = `${lang === 'it' ? 1 : 2}${jsOn(info) ? 1 : 2}`;
      const phone = `+3934766600${digits}`;
      addUser(upn, ['--alternate-email', home, '--mobile-phone', phone], TWO_DIR);
      lockUser(upn, TWO_DIR);

      await whoAreYou(page, info, lang, TWO, upn);
      await codeGate(page, lang, byEmail, home);
      await codeGate(page, lang, bySms, phone);
      await page.getByRole('button', { name: t(lang, 'reset-unlock-only') }).click();
      await expect(page.getByRole('heading', { name: t(lang, 'reset-unlocked-heading') })).toBeVisible();
      await signIn(page, lang, TWO, upn, PASSWORD);
      await expect(page).not.toHaveURL(/\/$/);
    });
  });
}
