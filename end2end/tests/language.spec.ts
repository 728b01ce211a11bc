import { expect, test } from '@playwright/test';
import { TEXT } from './support';

test.describe('language from Accept-Language', () => {
  test.use({ locale: 'it-IT' });

  test('an Italian browser gets Italian pages', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(page.getByRole('heading', { name: TEXT.it.heading })).toBeVisible();
  });
});

test('the picker switches language, and the choice sticks', async ({ page }) => {
  await page.goto('/reset');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel(TEXT.en.language).selectOption('it');
  await page.getByRole('button', { name: TEXT.en.apply }).click();

  // Back on the same page, now in Italian.
  await expect(page).toHaveURL(/\/reset$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByRole('heading', { name: TEXT.it.resetHeading })).toBeVisible();

  // Other pages and later visits stay Italian although the browser asks for English.
  await page.goto('/');
  await expect(page.getByRole('heading', { name: TEXT.it.heading })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');

  await page.getByLabel(TEXT.it.language).selectOption('en');
  await page.getByRole('button', { name: TEXT.it.apply }).click();
  await expect(page.getByRole('heading', { name: TEXT.en.heading })).toBeVisible();
});
