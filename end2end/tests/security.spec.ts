import { expect, test } from '@playwright/test';
import { ADA } from './support';

test('pages carry the security headers', async ({ page }) => {
  const response = await page.goto('/');
  const headers = response!.headers();
  const csp = headers['content-security-policy'];
  expect(csp).toMatch(/script-src 'nonce-[A-Za-z0-9_-]+'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
});

test('a form on another site cannot post to the portal', async ({ page, baseURL }) => {
  // A page on another origin with a form aimed at the sign-in endpoint.
  await page.route('http://evil.test/**', (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<form method="post" action="${baseURL}/api/sign_in">
        <input name="username" value="${ADA.user}">
        <input name="password" value="${ADA.password}">
        <button>go</button></form>`,
    }),
  );
  await page.goto('http://evil.test/');
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().includes('/api/sign_in')),
    page.getByRole('button', { name: 'go' }).click(),
  ]);
  expect(response.status()).toBe(403);
});
