import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { expectReflow } from './reflow';
import {
  A11Y,
  A11Y_LANGS,
  A11Y_TWO,
  BROWSER_LOCALE,
  NEW_PASSWORD,
  addUser,
  ageConfirmation,
  codeFor,
  lockUser,
  settled,
  signIn,
  startReset,
  uniqueTag,
} from './flows';
import { pattern, t } from './messages';
import { QUESTIONS, answerField, jsOn, questionPicker } from './support';

// Every page and wizard step the specs visit, in English, Arabic (right
// to left) and German (long words), each with JavaScript on and off (the
// two projects): axe-core's WCAG 2.2 A/AA rules, and reflow (320 CSS
// pixels wide, and 200% text size). The first walk is checked in the dark
// colour scheme too, in English. The walk has portals of its own (run.sh).

for (const lang of A11Y_LANGS) {
  test.describe(`accessibility (${lang})`, () => {
    test.use({ locale: BROWSER_LOCALE[lang] ?? lang, baseURL: A11Y.url });

    test('sign-in, its errors, the start of a reset and a missing page', async ({ page, browser }, info) => {
      test.setTimeout(90_000);
      const check = async (label: string) => {
        await expectAccessible(page, browser, info, label);
        await expectReflow(page, label);
        // Colours do not depend on the language: the dark scheme once, in English.
        if (lang !== 'en') return;
        await page.emulateMedia({ colorScheme: 'dark' });
        await expectAccessible(page, browser, info, `${label} (dark)`);
        await page.emulateMedia({ colorScheme: 'light' });
      };
      await page.goto('/');
      await settled(page, info);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await check('sign-in');

      // A field in error, then a refusal of the whole form.
      await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill('something');
      await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();
      await expect(page.locator('#username-error')).toBeVisible();
      await check('sign-in, field error');
      await page.getByLabel(t(lang, 'sign-in-user-name')).fill(`nobody-${uniqueTag(info, lang)}@contoso.example`);
      await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill('not-the-password');
      await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();
      await expect(page.getByRole('alert')).toContainText(t(lang, 'error-invalid-credentials'));
      await check('sign-in, refused');

      await page.goto('/reset');
      await settled(page, info);
      await check('reset: who are you');
      await page.getByRole('button', { name: t(lang, 'reset-next') }).click();
      await expect(page.locator('#user-id-error')).toBeVisible();
      await settled(page, info);
      await check('reset: who are you, field error');

      await page.goto('/no-such-page');
      await settled(page, info);
      await check('not found');
    });

    test('registration: prompt, every wizard step with its errors, security info', async ({ page, browser }, info) => {
      test.setTimeout(150_000);
      const check = async (label: string) => {
        await expectAccessible(page, browser, info, label);
        await expectReflow(page, label);
      };
      const tag = uniqueTag(info, lang);
      const upn = `axe-reg-${tag}@contoso.example`;
      const mailbox = `axe-reg-${tag}@home.example`;
      const phone = `+39333${String(Date.now()).slice(-7)}`;
      addUser(upn, [], A11Y.dir);

      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/register\/prompt$/);
      await settled(page, info);
      await check('registration prompt');
      await page.getByRole('button', { name: t(lang, 'prompt-next') }).click();

      await expect(page.getByRole('heading', { name: t(lang, 'method-mobile-phone') })).toBeVisible();
      await settled(page, info);
      await check('wizard: mobile phone');
      await page.getByLabel(t(lang, 'wizard-phone-country')).selectOption('IT');
      await page.getByLabel(t(lang, 'wizard-phone-number')).fill('12');
      await page.getByRole('button', { name: t(lang, 'wizard-send-code') }).click();
      await expect(page.locator('#phone-error')).toBeVisible();
      await settled(page, info);
      await check('wizard: mobile phone, field error');
      await page.getByLabel(t(lang, 'wizard-phone-number')).fill(phone.replace('+39', ''));
      await page.getByRole('button', { name: t(lang, 'wizard-send-code') }).click();
      await expect(page.getByLabel(t(lang, 'wizard-code-label'))).toBeVisible();
      await settled(page, info);
      await check('wizard: mobile phone, code sent');
      const code = await codeFor(phone);
      await page.getByLabel(t(lang, 'wizard-code-label')).fill(code === '000000' ? '111111' : '000000');
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();
      await expect(page.locator('#code-error')).toBeVisible();
      await settled(page, info);
      await check('wizard: mobile phone, wrong code');
      await page.getByLabel(t(lang, 'wizard-code-label')).fill(code);
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();

      await expect(page.getByRole('heading', { name: t(lang, 'method-email') })).toBeVisible();
      await settled(page, info);
      await check('wizard: email');
      await page.getByLabel(t(lang, 'wizard-email-address')).fill('not-an-address');
      await page.getByRole('button', { name: t(lang, 'wizard-send-code') }).click();
      await expect(page.locator('#email-error')).toBeVisible();
      await settled(page, info);
      await check('wizard: email, field error');
      await page.getByLabel(t(lang, 'wizard-email-address')).fill(mailbox);
      await page.getByRole('button', { name: t(lang, 'wizard-send-code') }).click();
      await expect(page.getByLabel(t(lang, 'wizard-code-label'))).toBeVisible();
      await settled(page, info);
      await check('wizard: email, code sent');
      await page.getByLabel(t(lang, 'wizard-code-label')).fill(await codeFor(mailbox));
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();

      await expect(page.getByRole('heading', { name: t(lang, 'method-security-questions') })).toBeVisible();
      await settled(page, info);
      await check('wizard: security questions');
      const q = QUESTIONS.map((key) => t(lang, key));
      for (const [i, question] of q.entries()) {
        await questionPicker(page, lang, i + 1).selectOption({ label: question });
        await answerField(page, lang, i + 1).fill(i === 0 ? 'ab' : ['', 'Baker', 'Pizza'][i]);
      }
      // Hydrated, the answer is refused in place; without script, by the server.
      await page.getByRole('button', { name: t(lang, 'wizard-questions-save') }).click();
      await expect(page.locator('#answer-0-error')).toBeVisible();
      await settled(page, info);
      await check('wizard: security questions, field error');
      for (const [i, question] of q.entries()) {
        await questionPicker(page, lang, i + 1).selectOption({ label: question });
        await answerField(page, lang, i + 1).fill(['Biscuit', 'Baker', 'Pizza'][i]);
      }
      await page.getByRole('button', { name: t(lang, 'wizard-questions-save') }).click();

      await expect(page.getByRole('heading', { name: t(lang, 'wizard-summary-heading') })).toBeVisible();
      await settled(page, info);
      await check('wizard: summary');
      await page.getByRole('button', { name: t(lang, 'wizard-save'), exact: true }).click();
      await expect(page).toHaveURL(/\/account\?saved=security-info$/);
      await settled(page, info);
      await check('account, saved');

      await page.goto('/security-info');
      await settled(page, info);
      await check('security info');
      await page.goto('/security-info/delete?step=email');
      await settled(page, info);
      await check('security info: delete');
      await page.goto('/security-info/verify');
      await settled(page, info);
      await check('security info: password again');
      await page.goto('/security-info/verify?error=wrong');
      await settled(page, info);
      await check('security info: password again, refused');

      // Signed in again a year later: asked to reconfirm, then the account page.
      ageConfirmation(upn, A11Y.dir);
      await page.context().clearCookies({ name: /session/ });
      await signIn(page, lang, upn);
      await expect(page.getByRole('heading', { name: t(lang, 'prompt-reconfirm-heading') })).toBeVisible();
      await settled(page, info);
      await check('reconfirmation prompt');
      await page.getByRole('button', { name: t(lang, 'prompt-looks-good') }).click();
      await expect(page).toHaveURL(/\/account$/);
      await settled(page, info);
      await check('account');
    });

    test('reset: gate, code, new password, done; and the way out for the ineligible', async ({ page, browser }, info) => {
      test.setTimeout(120_000);
      const check = async (label: string) => {
        await expectAccessible(page, browser, info, label);
        await expectReflow(page, label);
      };
      const tag = uniqueTag(info, lang);
      const upn = `axe-reset-${tag}@contoso.example`;
      const home = `axe-reset-${tag}@home.example`;
      addUser(upn, ['--alternate-email', home], A11Y.dir);
      const byEmail = pattern(lang, 'reset-gate-email', { destination: /.+/ });

      await startReset(page, info, lang, upn);
      await settled(page, info);
      await check('reset: choose a gate');
      await page.getByLabel(byEmail).check();
      await page.getByRole('button', { name: t(lang, 'reset-next') }).click();
      await expect(page.getByLabel(t(lang, 'wizard-code-label'))).toBeVisible();
      await settled(page, info);
      await check('reset: code sent');
      const code = await codeFor(home);
      await page.getByLabel(t(lang, 'wizard-code-label')).fill(code === '000000' ? '111111' : '000000');
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();
      await expect(page.locator('#code-error')).toBeVisible();
      await settled(page, info);
      await check('reset: wrong code');
      await page.getByLabel(t(lang, 'wizard-code-label')).fill(code);
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();

      const fresh = page.getByLabel(t(lang, 'reset-password-new'), { exact: true });
      await expect(fresh).toBeVisible();
      await settled(page, info);
      await check('reset: new password');
      await fresh.fill('short');
      await page.getByLabel(t(lang, 'reset-password-confirm'), { exact: true }).fill('short');
      await page.getByRole('button', { name: t(lang, 'reset-password-submit') }).click();
      await expect(page.locator('#password-error')).toBeVisible();
      await settled(page, info);
      await check('reset: new password, refused');
      await fresh.fill(NEW_PASSWORD);
      await page.getByLabel(t(lang, 'reset-password-confirm'), { exact: true }).fill(NEW_PASSWORD);
      await page.getByRole('button', { name: t(lang, 'reset-password-submit') }).click();
      await expect(page.getByRole('heading', { name: t(lang, 'reset-done-heading') })).toBeVisible();
      await settled(page, info);
      await check('reset: done');

      // Someone whose password lives on-premises, without writeback.
      const onprem = `axe-onprem-${tag}@contoso.example`;
      const onpremHome = `axe-onprem-${tag}@home.example`;
      addUser(onprem, ['--alternate-email', onpremHome, '--on-premises'], A11Y.dir);
      await page.context().clearCookies();
      await startReset(page, info, lang, onprem);
      await page.getByLabel(byEmail).check();
      await page.getByRole('button', { name: t(lang, 'reset-next') }).click();
      await page.getByLabel(t(lang, 'wizard-code-label')).fill(await codeFor(onpremHome));
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();
      await expect(page.getByRole('heading', { name: t(lang, 'reset-contact-heading') })).toBeVisible();
      await settled(page, info);
      await check('reset: contact your administrator');
    });

  });

  test.describe(`accessibility, two gates (${lang})`, () => {
    test.use({ locale: BROWSER_LOCALE[lang] ?? lang, baseURL: A11Y_TWO.url });

    test('reset with two gates: the second gate, questions, unlock only', async ({ page, browser }, info) => {
      test.setTimeout(150_000);
      const check = async (label: string) => {
        await expectAccessible(page, browser, info, label);
        await expectReflow(page, label);
      };
      const tag = uniqueTag(info, lang);
      const upn = `axe-two-${tag}@contoso.example`;
      const home = `axe-two-${tag}@home.example`;
      addUser(upn, ['--alternate-email', home], A11Y_TWO.dir);

      // Questions first, registered in the wizard.
      await signIn(page, lang, upn);
      await page.getByRole('button', { name: t(lang, 'prompt-next') }).click();
      await page.getByRole('button', { name: t(lang, 'wizard-skip-step') }).click();
      await page.getByRole('button', { name: t(lang, 'wizard-skip-step') }).click();
      const q = QUESTIONS.map((key) => t(lang, key));
      const answers = ['Biscuit', 'Translator', 'Seed cake'];
      for (const [i, question] of q.entries()) {
        await questionPicker(page, lang, i + 1).selectOption({ label: question });
        await answerField(page, lang, i + 1).fill(answers[i]);
      }
      await page.getByRole('button', { name: t(lang, 'wizard-questions-save') }).click();
      await page.getByRole('button', { name: t(lang, 'wizard-save'), exact: true }).click();
      await expect(page).toHaveURL(/\/account/);
      await page.context().clearCookies();
      lockUser(upn, A11Y_TWO.dir);

      await startReset(page, info, lang, upn);
      await page.getByLabel(pattern(lang, 'reset-gate-email', { destination: /.+/ })).check();
      await page.getByRole('button', { name: t(lang, 'reset-next') }).click();
      await page.getByLabel(t(lang, 'wizard-code-label')).fill(await codeFor(home));
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();
      await expect(page.getByText(t(lang, 'reset-gate-of', { number: 2, total: 2 }))).toBeVisible();
      await settled(page, info);
      await check('reset: second gate');
      await page.getByLabel(t(lang, 'reset-gate-questions')).check();
      await page.getByRole('button', { name: t(lang, 'reset-next') }).click();
      await expect(page.getByRole('heading', { name: t(lang, 'reset-questions-heading') })).toBeVisible();
      await settled(page, info);
      await check('reset: security questions');
      const fields = page.locator('input[name="answer[]"]');
      for (let i = 0; i < (await fields.count()); i++) await fields.nth(i).fill('not the answer');
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();
      await expect(page.getByRole('alert')).toBeVisible();
      await settled(page, info);
      await check('reset: security questions, refused');
      for (const [i, question] of q.entries()) {
        const field = page.getByLabel(question, { exact: true });
        if (await field.count()) await field.fill(answers[i]);
      }
      await page.getByRole('button', { name: t(lang, 'wizard-verify') }).click();
      await expect(page.getByRole('button', { name: t(lang, 'reset-unlock-only') })).toBeVisible();
      await settled(page, info);
      await check('reset: new password or unlock');
      await page.getByRole('button', { name: t(lang, 'reset-unlock-only') }).click();
      await expect(page.getByRole('heading', { name: t(lang, 'reset-unlocked-heading') })).toBeVisible();
      await settled(page, info);
      await check('reset: unlocked');
    });
  });
}
