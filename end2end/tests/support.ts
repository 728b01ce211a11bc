import { expect, type Page, type TestInfo } from '@playwright/test';
import { t, type Lang } from './messages';

export const ADA = { user: 'ada@contoso.example', password: 'Analytical-Engine-1843', name: 'Ada Lovelace' };

/** The three questions the specs register, by their message keys. */
export const QUESTIONS = ['question-first-pet', 'question-first-job', 'question-favorite-food'];

/** The n-th question picker of the questions step ("Question 1"). */
export const questionPicker = (page: Page, lang: Lang, n: number) =>
  page.getByLabel(t(lang, 'wizard-question-label', { number: n }), { exact: true });

/** The answer field of the n-th question ("Answer to question 1"). */
export const answerField = (page: Page, lang: Lang, n: number) =>
  page.getByLabel(t(lang, 'wizard-answer-label', { number: n }), { exact: true });

export const jsOn = (info: TestInfo) => info.project.name === 'js-on';

/** Waits until the wasm has hydrated the page (JavaScript on only). */
export async function hydrated(page: Page, lang: Lang) {
  await expect(page.getByRole('button', { name: t(lang, 'password-show') })).toBeVisible();
}

/**
 * Collects script errors and console errors (hydration mismatches, CSP
 * violations). The browser's own note on a non-2xx response is not one:
 * a refused sign-in is answered with an error status on purpose.
 */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  return errors;
}
