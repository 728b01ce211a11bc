import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { addUser, codeFor, settled, signIn, startReset, uniqueTag } from './flows';
import { pattern, t } from './messages';

// Arabic pages run right to left from one stylesheet: the document says
// so, the layout mirrors (labels start at the right edge of their fields,
// the brand sits on the right of the header), and what must stay left to
// right (addresses, numbers, codes) does. Screenshots of each page go to
// test-results/rtl/ for a person to look at.
const lang = 'ar';

test.beforeEach(async ({ context, baseURL }) => {
  // The language cookie the picker sets, as a returning Arabic user has it.
  await context.addCookies([{ name: 'sspr_lang', value: lang, url: baseURL ?? '' }]);
});

/** Where the words of field `id`'s label sit against the field, and which way each runs. */
function layout(page: Page, id: string) {
  return page.evaluate((id) => {
    const field = document.getElementById(id)!;
    const label = document.querySelector(`label[for="${id}"]`)!;
    const range = document.createRange();
    range.selectNodeContents(label);
    const words = range.getBoundingClientRect();
    const box = field.getBoundingClientRect();
    return {
      page: getComputedStyle(document.body).direction,
      label: getComputedStyle(label).direction,
      field: getComputedStyle(field).direction,
      wordsLeft: words.left,
      wordsRight: words.right,
      fieldLeft: box.left,
      fieldRight: box.right,
    };
  }, id);
}

/** The page is mirrored around field `id`: its label's words start at the field's right edge. */
async function expectMirrored(page: Page, id: string, fieldDirection: 'ltr' | 'rtl') {
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const l = await layout(page, id);
  expect(l.page).toBe('rtl');
  expect(l.label).toBe('rtl');
  expect(l.field, `#${id} runs ${fieldDirection}`).toBe(fieldDirection);
  // The label's words end at the field's right edge and stay clear of its left one.
  expect(Math.abs(l.wordsRight - l.fieldRight), `label of #${id} starts at the right`).toBeLessThanOrEqual(2);
  expect(l.wordsLeft, `label of #${id} is on the right`).toBeGreaterThan(l.fieldLeft + 1);
  const brand = await page.locator('.brand').boundingBox();
  const picker = await page.locator('.language-picker').boundingBox();
  expect(brand!.x, 'the brand is on the right of the header').toBeGreaterThan(picker!.x);
}

async function screenshot(page: Page, info: TestInfo, name: string) {
  await settled(page, info);
  await page.screenshot({ path: `test-results/rtl/${name}-${info.project.name}.png`, fullPage: true });
}

test('sign-in, right to left', async ({ page }, info) => {
  await page.goto('/');
  await settled(page, info);
  await expectMirrored(page, 'username', 'ltr');
  await expectMirrored(page, 'password', 'rtl');
  await screenshot(page, info, 'sign-in');
});

test('a registration step, right to left', async ({ page }, info) => {
  const tag = uniqueTag(info, lang);
  const upn = `rtl-${tag}@contoso.example`;
  addUser(upn);
  await signIn(page, lang, upn);
  await page.getByRole('button', { name: t(lang, 'prompt-next') }).click();
  await expect(page.getByRole('heading', { name: t(lang, 'method-mobile-phone') })).toBeVisible();
  await expectMirrored(page, 'number', 'ltr');
  await expectMirrored(page, 'country', 'rtl');
  await screenshot(page, info, 'registration-phone');
});

test('a reset step, right to left', async ({ page }, info) => {
  const tag = uniqueTag(info, lang);
  const upn = `rtl-reset-${tag}@contoso.example`;
  const home = `rtl-reset-${tag}@home.example`;
  addUser(upn, ['--alternate-email', home]);
  await startReset(page, info, lang, upn);
  await page.getByLabel(pattern(lang, 'reset-gate-email', { destination: /.+/ })).check();
  await page.getByRole('button', { name: t(lang, 'reset-next') }).click();
  await expect(page.getByLabel(t(lang, 'wizard-code-label'))).toBeVisible();
  await codeFor(home);
  await expectMirrored(page, 'code', 'ltr');
  // The masked address is isolated inside the Arabic sentence (FSI … PDI).
  await expect(page.getByRole('status').first()).toContainText(/\u2068[^\u2069]*@[^\u2069]*\u2069/);
  await screenshot(page, info, 'reset-code');
});
