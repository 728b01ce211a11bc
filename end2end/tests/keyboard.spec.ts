import { expect, test } from '@playwright/test';
import { NEW_PASSWORD, PASSWORD, addUser, captchaSum, codeFor, uniqueTag } from './flows';
import { expectFocusOnFieldInError, expectFocusVisible, focused, tabTo } from './keyboard';
import { t } from './messages';
import { QUESTIONS, jsOn } from './support';

// Registration and a reset with Tab, Shift+Tab, Enter and Space alone:
// no click, no fill; characters are typed into the field that has the
// focus. The focus must show at every step, and after a refused form it
// must land on the field in error (or the form's message), tied to it.
const lang = 'en';
const key = (name: string) => t(lang, name);

test('registration, keyboard only: phone, email, questions', async ({ page }, info) => {
  test.setTimeout(120_000);
  const tag = uniqueTag(info, lang);
  const upn = `keys-${tag}@contoso.example`;
  const mailbox = `keys-${tag}@home.example`;
  const national = `333${String(Date.now()).slice(-7)}`;
  addUser(upn);

  // Sign-in, refused first: the focus goes to the form's message.
  await page.goto('/');
  await tabTo(page, { id: 'username' });
  await page.keyboard.type(upn);
  await tabTo(page, { id: 'password' });
  await page.keyboard.type('not-the-password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(key('error-invalid-credentials'));
  await expect(page.locator('#sign-in-error')).toBeFocused();
  await expectFocusVisible(page, 'on the refused sign-in');
  // Then signed in properly, from a fresh page.
  await page.goto('/');
  await tabTo(page, { id: 'username' });
  await page.keyboard.type(upn);
  await tabTo(page, { id: 'password' });
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');

  // Asked to register: Space on Next.
  await expect(page).toHaveURL(/\/register\/prompt$/);
  await tabTo(page, { button: key('prompt-next') });
  await page.keyboard.press('Space');

  // Phone: sent without a number, refused; the focus is on the number.
  await expect(page.getByRole('heading', { name: key('method-mobile-phone') })).toBeVisible();
  await tabTo(page, { id: 'number' });
  await page.keyboard.press('Enter');
  await expectFocusOnFieldInError(page, 'number', key('registration-error-phone-missing'));
  // Back to the country, picked by typing its name; then the number.
  await tabTo(page, { id: 'country' }, true);
  await page.keyboard.type('Italy');
  await expect(page.locator('#country')).toHaveValue('IT');
  await tabTo(page, { id: 'number' });
  await page.keyboard.type(national);
  await tabTo(page, { button: key('wizard-send-code') });
  await page.keyboard.press('Enter');
  await tabTo(page, { id: 'code' });
  await page.keyboard.type(await codeFor(`+39${national}`));
  await page.keyboard.press('Enter');

  // Email.
  await expect(page.getByRole('heading', { name: key('method-email') })).toBeVisible();
  await tabTo(page, { id: 'email' });
  await page.keyboard.type(mailbox);
  await page.keyboard.press('Enter');
  await tabTo(page, { id: 'code' });
  await page.keyboard.type(await codeFor(mailbox));
  await page.keyboard.press('Enter');

  // Questions: each picked by typing it; a first answer too short is
  // refused (in place when hydrated, by the server otherwise).
  await expect(page.getByRole('heading', { name: key('method-security-questions') })).toBeVisible();
  const questions = QUESTIONS.map(key);
  for (const [i, question] of questions.entries()) {
    await tabTo(page, { id: `question-${i}` });
    await page.keyboard.type(question);
    await expect(page.locator(`#question-${i} option:checked`)).toHaveText(question);
  }
  await tabTo(page, { id: 'answer-0' }, true);
  await page.keyboard.type('ab');
  await page.keyboard.press('Enter');
  await expectFocusOnFieldInError(page, 'answer-0', key('registration-error-answer-too-short'));
  await page.keyboard.type('Biscuit');
  for (const [i, answer] of ['Baker', 'Pizza'].entries()) {
    await tabTo(page, { id: `answer-${i + 1}` });
    await page.keyboard.type(answer);
  }
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { name: key('wizard-summary-heading') })).toBeVisible();
  await tabTo(page, { button: key('wizard-save') });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/account\?saved=security-info$/);
});

test('reset, keyboard only: email code, new password', async ({ page }, info) => {
  test.setTimeout(90_000);
  const tag = uniqueTag(info, lang);
  const upn = `keys-reset-${tag}@contoso.example`;
  const home = `keys-reset-${tag}@home.example`;
  addUser(upn, ['--alternate-email', home]);

  // Who are you: the user name, and the CAPTCHA either way.
  await page.goto('/');
  await tabTo(page, { id: 'username' });
  // "Can't access your account?" is a link after the form.
  for (let i = 0; i < 10 && (await focused(page)).name !== key('sign-in-cant-access'); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reset$/);
  const served = Date.now();
  await tabTo(page, { id: 'user-id' });
  await page.keyboard.type(upn);
  if (jsOn(info)) {
    await expect(page.getByRole('status')).toContainText(key('captcha-done'));
  } else {
    await tabTo(page, { id: 'captcha-sum' });
    const sum = await captchaSum(page);
    await page.waitForTimeout(Math.max(0, 3200 - (Date.now() - served)));
    await page.keyboard.type(sum);
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/reset\/verify$/);

  // The email gate is chosen already: Space on Next.
  await tabTo(page, { button: key('reset-next') });
  await page.keyboard.press('Space');
  await tabTo(page, { id: 'code' });
  await page.keyboard.type(await codeFor(home));
  await page.keyboard.press('Enter');

  // New password: too short, refused, the focus on the field.
  await expect(page.getByRole('heading', { name: key('reset-password-heading') })).toBeVisible();
  await tabTo(page, { id: 'password' });
  await page.keyboard.type('short');
  await tabTo(page, { id: 'confirm' });
  await page.keyboard.type('short');
  await page.keyboard.press('Enter');
  await expectFocusOnFieldInError(page, 'password', t(lang, 'reset-error-password-too-short', { min: 8 }));
  await page.keyboard.type(NEW_PASSWORD);
  await tabTo(page, { id: 'confirm' });
  await page.keyboard.type(NEW_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: key('reset-done-heading') })).toBeVisible();
});
