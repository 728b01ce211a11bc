import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { LANGS, t, type Lang } from './messages';
import { codeFor } from './flows';
import { QUESTIONS, answerField, jsOn, questionPicker, watchErrors } from './support';

// The server binary and the sinks' HTTP address come from run.sh.
const BIN = process.env.SERVER_BIN ?? '';
const DB = `${process.env.SSPR_DATA_DIR}/sspr.db`;
const PASSWORD = 'Registration-Walk-2026';

/** A user of this test alone, created with the administrator CLI. */
function addUser(upn: string) {
  execFileSync(BIN, ['user', 'add', upn, '--display-name', 'Registration Walk', '--password-stdin'], {
    input: `${PASSWORD}\n`,
  });
}

/** Moves the user's last confirmation a year into the past. */
function ageConfirmation(upn: string) {
  const script = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE security_info SET last_confirmed_at = last_confirmed_at - 365 * 86400 "
           "WHERE user_id = (SELECT id FROM users WHERE upn_key = lower(?))", (sys.argv[2],))
db.commit()`;
  execFileSync('python3', ['-c', script, DB, upn]);
}

async function signIn(page: Page, lang: Lang, upn: string) {
  await page.goto('/');
  await page.getByLabel(t(lang, 'sign-in-user-name')).fill(upn);
  await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();
}

async function signOut(page: Page, lang: Lang) {
  await page.goto('/account');
  await page.getByRole('button', { name: t(lang, 'account-sign-out') }).click();
  await expect(page).toHaveURL(/\/$/);
}

let serial = 0;

for (const lang of LANGS) {
  const q = QUESTIONS.map((key) => t(lang, key));

  test.describe(`registration (${lang})`, () => {
    test.use({ locale: lang === 'it' ? 'it-IT' : 'en-US' });

    test('what is picked and typed before the page is interactive is kept', async ({ page }, info) => {
      test.setTimeout(60_000);
      const errors = watchErrors(page);
      const upn = `early-${lang}-${info.project.name}-${Date.now()}-${serial++}@contoso.example`;
      addUser(upn);
      await signIn(page, lang, upn);
      await page.getByRole('button', { name: t(lang, 'prompt-next') }).click();
      await page.getByRole('button', { name: t(lang, 'wizard-skip-step') }).click();
      // The questions step arrives with its script held back: a slow line.
      let release = () => {};
      const held = new Promise<void>((resolve) => { release = resolve; });
      await page.route('**/pkg/sspr.wasm', async (route) => { await held; await route.continue(); });
      await page.getByRole('button', { name: t(lang, 'wizard-skip-step') }).click();
      await expect(page.getByRole('heading', { name: t(lang, 'method-security-questions') })).toBeVisible();
      await questionPicker(page, lang, 1).selectOption({ label: q[0] });
      await answerField(page, lang, 1).fill('Biscuit');
      release();
      if (jsOn(info)) await expect(page.getByRole('button', { name: t(lang, 'wizard-answers-show') })).toBeVisible();
      for (const i of [1, 2]) {
        await questionPicker(page, lang, i + 1).selectOption({ label: q[i] });
      }
      await answerField(page, lang, 2).fill('Baker');
      await answerField(page, lang, 3).fill('Pizza');
      await expect(questionPicker(page, lang, 1).locator('option:checked')).toHaveText(q[0]);
      await expect(answerField(page, lang, 1)).toHaveValue('Biscuit');
      await page.getByRole('button', { name: t(lang, 'wizard-questions-save') }).click();
      await expect(page.getByRole('heading', { name: t(lang, 'wizard-summary-heading') })).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('prompted until registered, then asked to reconfirm', async ({ page }, info) => {
      test.setTimeout(90_000);
      const errors = watchErrors(page);
      const tag = `${lang}-${info.project.name}-${Date.now()}-${serial++}`;
      const upn = `walk-${tag}@contoso.example`;
      const mailbox = `walk-${tag}@home.example`;
      const digits = String(info.project.name === 'js-on' ? 10 : 20) + (lang === 'it' ? '1' : '2');
      const phone = `+3933312340${digits.slice(-2)}`;
      addUser(upn);

      // Prompted; skipping goes on to the account page.
      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/register\/prompt$/);
      await expect(page.getByRole('heading', { name: t(lang, 'prompt-register-heading') })).toBeVisible();
      await page.getByRole('button', { name: t(lang, 'prompt-skip') }).click();
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByText(t(lang, 'account-signed-in-as'))).toBeVisible();

      // Asked again at the next sign-in.
      await signOut(page, lang);
      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/register\/prompt$/);
      await page.getByRole('button', { name: t(lang, 'prompt-next') }).click();

      // Step 1: mobile phone, code by SMS from the gateway sink.
      await expect(page).toHaveURL(/\/register$/);
      await expect(page.getByText(t(lang, 'wizard-step-of', { number: 1, total: 3 }))).toBeVisible();
      await expect(page.getByRole('heading', { name: t(lang, 'method-mobile-phone') })).toBeVisible();
      await page.getByLabel(t(lang, 'wizard-phone-country')).selectOption('IT');
      await page.getByLabel(t(lang, 'wizard-phone-number')).fill(phone.replace('+39', ''));
      await page.getByLabel(t(lang, 'wizard-phone-sms')).check();
      await page.getByRole('button', { name: t(lang, 'wizard-send-code') }).click();
      await page.getByLabel(t(lang, 'wizard-code-label')).fill(await codeFor(phone));
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();

      // Step 2: email, code from the SMTP sink.
      await expect(page.getByText(t(lang, 'wizard-step-of', { number: 2, total: 3 }))).toBeVisible();
      await page.getByLabel(t(lang, 'wizard-email-address')).fill(mailbox);
      await page.getByRole('button', { name: t(lang, 'wizard-send-code') }).click();
      await page.getByLabel(t(lang, 'wizard-code-label')).fill(await codeFor(mailbox));
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();

      // Step 3: questions. A picked question leaves the other pickers.
      await expect(page.getByText(t(lang, 'wizard-step-of', { number: 3, total: 3 }))).toBeVisible();
      await expect(page.getByRole('heading', { name: t(lang, 'method-security-questions') })).toBeVisible();
      for (const [i, question] of q.entries()) {
        await questionPicker(page, lang, i + 1).selectOption({ label: question });
      }
      if (jsOn(info)) {
        const second = questionPicker(page, lang, 2);
        await expect(second.locator('option', { hasText: q[0] })).toHaveCount(0);
        // Checked in place, before anything is sent.
        await answerField(page, lang, 1).fill('ab');
        await answerField(page, lang, 1).blur();
        await expect(page.locator('#answer-0-error')).toHaveText(t(lang, 'registration-error-answer-too-short'));
        await expect(answerField(page, lang, 1)).toHaveAttribute('aria-describedby', 'answer-0-error');
        // The same answer in other letters is caught by the browser's own
        // Unicode tables, as the server would catch it.
        await answerField(page, lang, 1).fill('Biscuit');
        await answerField(page, lang, 2).fill('  ＢＩＳＣＵＩＴ ');
        await answerField(page, lang, 2).blur();
        await expect(page.locator('#answer-1-error')).toHaveText(t(lang, 'registration-error-answer-twice'));
        await expect(answerField(page, lang, 2)).toHaveAttribute('aria-describedby', 'answer-1-error');
      }
      await answerField(page, lang, 1).fill('Biscuit');
      await answerField(page, lang, 2).fill('Baker');
      await answerField(page, lang, 3).fill('Pizza');
      await page.getByRole('button', { name: t(lang, 'wizard-questions-save') }).click();

      // Summary, then one save.
      await expect(page.getByRole('heading', { name: t(lang, 'wizard-summary-heading') })).toBeVisible();
      await expect(page.locator('body')).not.toContainText('Biscuit');
      await page.getByRole('button', { name: t(lang, 'wizard-save'), exact: true }).click();
      await expect(page).toHaveURL(/\/account\?saved=security-info$/);
      await expect(page.getByRole('status')).toHaveText(t(lang, 'account-security-info-saved'));

      // Registered: no prompt at the next sign-in.
      await signOut(page, lang);
      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/account$/);

      // Past the reconfirmation period: asked to confirm, once.
      ageConfirmation(upn);
      await signOut(page, lang);
      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/register\/prompt$/);
      await expect(page.getByRole('heading', { name: t(lang, 'prompt-reconfirm-heading') })).toBeVisible();
      await page.getByRole('button', { name: t(lang, 'prompt-looks-good') }).click();
      await expect(page).toHaveURL(/\/account$/);
      await signOut(page, lang);
      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/account$/);
      expect(errors).toEqual([]);
    });
  });
}
