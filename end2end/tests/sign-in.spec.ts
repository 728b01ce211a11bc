import { expect, test } from '@playwright/test';
import { LANGS, pattern, t } from './messages';
import { ADA, hydrated, jsOn, watchErrors } from './support';

for (const lang of LANGS) {
  test.describe(`sign-in (${lang})`, () => {
    test.use({ locale: lang === 'it' ? 'it-IT' : 'en-US' });

    test('success lands on the account page, and sign-out returns', async ({ page }, info) => {
      const errors = watchErrors(page);
      await page.goto('/');
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { name: t(lang, 'sign-in-heading') })).toBeVisible();
      if (jsOn(info)) await hydrated(page, lang);

      await page.getByLabel(t(lang, 'sign-in-user-name')).fill(ADA.user);
      await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill(ADA.password);
      await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();

      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByText(t(lang, 'account-signed-in-as'))).toBeVisible();
      await expect(page.locator('#account-name')).toHaveText(ADA.name);

      await page.getByRole('button', { name: t(lang, 'account-sign-out') }).click();
      await expect(page).toHaveURL(/\/$/);
      await page.goto('/account');
      await expect(page).toHaveURL(/\/$/);
      expect(errors).toEqual([]);
    });

    test('failure shows one message and keeps the user name', async ({ page }, info) => {
      const errors = watchErrors(page);
      await page.goto('/');
      if (jsOn(info)) await hydrated(page, lang);
      // A marker on window survives only if the page is not reloaded.
      if (jsOn(info)) await page.evaluate(() => ((window as any).__stay = true));

      await page.getByLabel(t(lang, 'sign-in-user-name')).fill(ADA.user);
      await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill('not-the-password');
      await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();

      await expect(page.getByRole('alert')).toContainText(t(lang, 'error-invalid-credentials'));
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByLabel(t(lang, 'sign-in-user-name'))).toHaveValue(ADA.user);
      if (jsOn(info)) expect(await page.evaluate(() => (window as any).__stay)).toBe(true);

      // An unknown user gets exactly the same message.
      await page.getByLabel(t(lang, 'sign-in-user-name')).fill('nobody@contoso.example');
      await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill('whatever-it-is');
      await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();
      await expect(page.getByRole('alert')).toContainText(t(lang, 'error-invalid-credentials'));
      await expect(page.getByLabel(t(lang, 'sign-in-user-name'))).toHaveValue('nobody@contoso.example');
      expect(errors).toEqual([]);
    });

    test('a burst of misses pauses the user name and says until when', async ({ page }, info) => {
      const errors = watchErrors(page);
      // Written by CLDR for the page's language: "Dec 3, 2026, 5:51 PM GMT+0".
      const until = /[^\u2068\u2069]*\d{1,2}:\d{2}[^\u2068\u2069]*/;
      const paused = pattern(lang, 'error-sign-in-paused', { until });
      const name = `guesser-${lang}-${info.project.name}-${Date.now()}@contoso.example`;
      await page.goto('/');
      if (jsOn(info)) await hydrated(page, lang);
      for (let i = 0; i <= 10; i++) {
        await page.getByLabel(t(lang, 'sign-in-user-name')).fill(name);
        await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill(`wrong-guess-${i}`);
        await Promise.all([
          page.waitForResponse((r) => r.url().includes('/api/sign_in')),
          page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click(),
        ]);
        await page.waitForLoadState();
        await expect(page.getByRole('alert')).toContainText(i < 10 ? t(lang, 'error-invalid-credentials') : paused);
      }
      await expect(page.getByRole('alert')).toContainText(until);
      expect(errors).toEqual([]);
    });

    test('a locked account is told, with the right password only, how to unlock it', async ({ page }, info) => {
      const errors = watchErrors(page);
      await page.goto('/');
      if (jsOn(info)) await hydrated(page, lang);
      // The demo user who is locked out (README, "Demo users").
      await page.getByLabel(t(lang, 'sign-in-user-name')).fill('linus@contoso.example');
      await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill('Vitamin-C-Chemistry-1954');
      await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();
      await expect(page.getByRole('alert')).toContainText(t(lang, 'error-account-locked'));
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole('link', { name: t(lang, 'sign-in-cant-access') })).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('an empty user name is reported on its field', async ({ page }, info) => {
      await page.goto('/');
      if (jsOn(info)) await hydrated(page, lang);
      await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill('something');
      await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();
      const field = page.getByLabel(t(lang, 'sign-in-user-name'));
      await expect(field).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAttribute('aria-describedby', 'username-error');
      await expect(page.locator('#username-error')).toBeVisible();
    });
  });
}

test('the whole sign-in works from the keyboard alone', async ({ page }, info) => {
  await page.goto('/');
  if (jsOn(info)) await hydrated(page, 'en');
  await page.getByLabel(t('en', 'sign-in-user-name')).focus();
  await page.keyboard.type(ADA.user);
  await page.keyboard.press('Tab');
  await page.keyboard.type(ADA.password);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/account$/);
});
