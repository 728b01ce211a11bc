import { expect, test } from '@playwright/test';
import { t } from './messages';

test.describe('language from Accept-Language', () => {
  test.use({ locale: 'it-IT' });

  test('an Italian browser gets Italian pages', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByRole('heading', { name: t('it', 'sign-in-heading') })).toBeVisible();
  });
});

test('the picker switches language, and the choice sticks', async ({ page }) => {
  await page.goto('/reset');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel(t('en', 'language-label')).selectOption('it');
  await page.getByRole('button', { name: t('en', 'language-apply') }).click();

  // Back on the same page, now in Italian.
  await expect(page).toHaveURL(/\/reset$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByRole('heading', { name: t('it', 'reset-heading') })).toBeVisible();

  // Other pages and later visits stay Italian although the browser asks for English.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: t('it', 'sign-in-heading') })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');

  await page.getByLabel(t('it', 'language-label')).selectOption('en');
  await page.getByRole('button', { name: t('it', 'language-apply') }).click();
  await expect(page.getByRole('heading', { name: t('en', 'sign-in-heading') })).toBeVisible();
});
