import { expect, test } from '@playwright/test';
import { t } from './messages';
import { jsOn, watchErrors } from './support';

test('the show-password toggle exists only when hydrated', async ({ page }, info) => {
  const errors = watchErrors(page);
  await page.goto('/');
  const password = page.getByLabel(t('en', 'sign-in-password'), { exact: true });
  const show = page.getByRole('button', { name: t('en', 'password-show') });
  if (!jsOn(info)) {
    await expect(page.getByRole('heading', { name: t('en', 'sign-in-heading') })).toBeVisible();
    await expect(show).toHaveCount(0);
    return;
  }
  await expect(show).toBeVisible();
  await password.fill('visible-secret');
  await expect(password).toHaveAttribute('type', 'password');
  await show.click();
  await expect(password).toHaveAttribute('type', 'text');
  const hide = page.getByRole('button', { name: t('en', 'password-hide') });
  await expect(hide).toHaveAttribute('aria-pressed', 'true');
  await hide.click();
  await expect(password).toHaveAttribute('type', 'password');
  expect(errors).toEqual([]);
});

test.describe('hydration in Italian', () => {
  test.use({ locale: 'it-IT' });

  test('the browser renders the same language as the server', async ({ page }, info) => {
    test.skip(!jsOn(info), 'hydration needs JavaScript');
    const errors = watchErrors(page);
    await page.goto('/');
    // The toggle is rendered by the wasm: its label proves the browser
    // picked Italian from <html lang>.
    await expect(page.getByRole('button', { name: t('it', 'password-show') })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
