import { expect, type Page, type TestInfo } from '@playwright/test';

export const ADA = { user: 'ada@contoso.example', password: 'Analytical-Engine-1843', name: 'Ada Lovelace' };

export const TEXT = {
  en: {
    heading: 'Sign in to your account',
    userName: 'User name',
    password: 'Password',
    submit: 'Sign in',
    badCredentials: 'Your user name or password is incorrect',
    paused: 'sign-in is paused until',
    locked: 'Your account is locked',
    cantAccess: "Can't access your account?",
    signedInAs: 'You are signed in as',
    signOut: 'Sign out',
    show: 'Show password',
    hide: 'Hide password',
    language: 'Language',
    apply: 'Change language',
    resetHeading: 'Get back into your account',
  },
  it: {
    heading: 'Accedi al tuo account',
    userName: 'Nome utente',
    password: 'Password',
    submit: 'Accedi',
    badCredentials: 'Nome utente o password non corretti',
    paused: "l'accesso è sospeso fino a",
    locked: 'Il tuo account è bloccato',
    cantAccess: 'Non riesci ad accedere al tuo account?',
    signedInAs: "Hai eseguito l'accesso come",
    signOut: 'Esci',
    show: 'Mostra password',
    hide: 'Nascondi password',
    language: 'Lingua',
    apply: 'Cambia lingua',
    resetHeading: 'Torna ad accedere al tuo account',
  },
} as const;

export type Lang = keyof typeof TEXT;

export const jsOn = (info: TestInfo) => info.project.name === 'js-on';

/** Waits until the wasm has hydrated the page (JavaScript on only). */
export async function hydrated(page: Page, lang: Lang) {
  await expect(page.getByRole('button', { name: TEXT[lang].show })).toBeVisible();
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
