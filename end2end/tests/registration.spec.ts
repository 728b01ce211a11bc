import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { jsOn, watchErrors, type Lang } from './support';

// The server binary and the sinks' HTTP address come from run.sh.
const BIN = process.env.SERVER_BIN ?? '';
const SINK = process.env.SINK_URL ?? '';
const DB = `${process.env.SSPR_DATA_DIR}/sspr.db`;
const PASSWORD = 'Registration-Walk-2026';

const T = {
  en: {
    userName: 'User name', password: 'Password', signIn: 'Sign in',
    prompt: 'More information required', next: 'Next', skip: 'Skip for now',
    signedInAs: 'You are signed in as', signOut: 'Sign out',
    step: (n: number) => new RegExp(`Step\\W+${n}\\W+of\\W+3`), phone: 'Mobile phone', email: 'Email',
    country: 'Country or region', number: 'Phone number', sms: 'Text message (SMS)',
    send: 'Send code', code: 'Verification code', verify: 'Verify',
    address: 'Email address', questions: 'Security questions',
    question: (n: number) => new RegExp(`^Question\\W+${n}\\W*$`), answer: (n: number) => new RegExp(`^Answer to question\\W+${n}\\W*$`),
    tooShort: 'Answers are at least 3 characters long.', continue: 'Continue',
    twice: 'You already gave this answer to another question. Give a different one.',
    summary: 'Check and save', save: 'Save', saved: 'Your security info was saved.',
    reconfirm: 'Are these still correct?', looksGood: 'Looks good',
    q: ['What was the name of your first pet?', 'What was your first job?', 'What is your favorite food?'],
    skipMethod: 'Skip this method', showAnswers: 'Show answers',
  },
  it: {
    userName: 'Nome utente', password: 'Password', signIn: 'Accedi',
    prompt: 'Sono necessarie altre informazioni', next: 'Avanti', skip: 'Non ora',
    signedInAs: "Hai eseguito l'accesso come", signOut: 'Esci',
    step: (n: number) => new RegExp(`Passaggio\\W+${n}\\W+di\\W+3`), phone: 'Telefono cellulare', email: 'Email',
    country: 'Paese o area geografica', number: 'Numero di telefono', sms: 'Messaggio di testo (SMS)',
    send: 'Invia il codice', code: 'Codice di verifica', verify: 'Verifica',
    address: 'Indirizzo email', questions: 'Domande di sicurezza',
    question: (n: number) => new RegExp(`^Domanda\\W+${n}\\W*$`), answer: (n: number) => new RegExp(`^Risposta alla domanda\\W+${n}\\W*$`),
    tooShort: 'Le risposte sono lunghe almeno 3 caratteri.', continue: 'Continua',
    twice: "Hai già dato questa risposta a un'altra domanda. Scrivine una diversa.",
    summary: 'Controlla e salva', save: 'Salva', saved: 'Le informazioni di sicurezza sono state salvate.',
    reconfirm: 'Queste informazioni sono ancora corrette?', looksGood: 'Sono corrette',
    q: ['Qual è il nome del primo animale domestico?', 'Qual è stato il tuo primo lavoro?', 'Qual è il tuo piatto preferito?'],
    skipMethod: 'Salta questo metodo', showAnswers: 'Mostra le risposte',
  },
} as const;

/** A user of this test alone, created with the administrator CLI. */
function addUser(upn: string) {
  execFileSync(BIN, ['user', 'add', upn, '--display-name', 'Registration Walk', '--password-stdin'], {
    input: `${PASSWORD}\n`,
  });
}

/** Moves the user's last confirmation a year into the past. */
function ageConfirmation(upn: string) {
  const script = `
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE security_info SET last_confirmed_at = last_confirmed_at - 365 * 86400 "
           "WHERE user_id = (SELECT id FROM users WHERE upn_key = lower(?))", (sys.argv[2],))
db.commit()`;
  execFileSync('python3', ['-c', script, DB, upn]);
}

/** The newest 6-digit code the sinks received for `to`. */
async function codeFor(to: string): Promise<string> {
  for (let i = 0; i < 50; i++) {
    const inbox = await (await fetch(`${SINK}/messages`)).json();
    const texts: string[] = [
      ...inbox.emails.filter((m: any) => m.rcpt_to.includes(to)).map((m: any) => m.body),
      ...inbox.gateway.filter((m: any) => m.to === to).map((m: any) => m.text),
    ];
    const code = texts.at(-1)?.match(/\b\d{6}\b/)?.[0];
    if (code) return code;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no code reached ${to}`);
}

async function signIn(page: Page, lang: Lang, upn: string) {
  const t = T[lang];
  await page.goto('/');
  await page.getByLabel(t.userName).fill(upn);
  await page.getByLabel(t.password, { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: t.signIn, exact: true }).click();
}

async function signOut(page: Page, lang: Lang) {
  await page.goto('/account');
  await page.getByRole('button', { name: T[lang].signOut }).click();
  await expect(page).toHaveURL(/\/$/);
}

let serial = 0;

for (const lang of ['en', 'it'] as Lang[]) {
  const t = T[lang];

  test.describe(`registration (${lang})`, () => {
    test.use({ locale: lang === 'it' ? 'it-IT' : 'en-US' });

    test('what is picked and typed before the page is interactive is kept', async ({ page }, info) => {
      test.setTimeout(60_000);
      const errors = watchErrors(page);
      const upn = `early-${lang}-${info.project.name}-${Date.now()}-${serial++}@contoso.example`;
      addUser(upn);
      await signIn(page, lang, upn);
      await page.getByRole('button', { name: t.next }).click();
      await page.getByRole('button', { name: t.skipMethod }).click();
      // The questions step arrives with its script held back: a slow line.
      let release = () => {};
      const held = new Promise<void>((resolve) => { release = resolve; });
      await page.route('**/pkg/sspr.wasm', async (route) => { await held; await route.continue(); });
      await page.getByRole('button', { name: t.skipMethod }).click();
      await expect(page.getByRole('heading', { name: t.questions })).toBeVisible();
      await page.getByLabel(t.question(1)).selectOption({ label: t.q[0] });
      await page.getByLabel(t.answer(1)).fill('Biscuit');
      release();
      if (jsOn(info)) await expect(page.getByRole('button', { name: t.showAnswers })).toBeVisible();
      for (const i of [1, 2]) {
        await page.getByLabel(t.question(i + 1)).selectOption({ label: t.q[i] });
      }
      await page.getByLabel(t.answer(2)).fill('Baker');
      await page.getByLabel(t.answer(3)).fill('Pizza');
      await expect(page.getByLabel(t.question(1)).locator('option:checked')).toHaveText(t.q[0]);
      await expect(page.getByLabel(t.answer(1))).toHaveValue('Biscuit');
      await page.getByRole('button', { name: t.continue }).click();
      await expect(page.getByRole('heading', { name: t.summary })).toBeVisible();
      expect(errors).toEqual([]);
    });

    test('prompted until registered, then asked to reconfirm', async ({ page }, info) => {
      test.setTimeout(90_000);
      const errors = watchErrors(page);
      const tag = `${lang}-${info.project.name}-${Date.now()}-${serial++}`;
      const upn = `walk-${tag}@contoso.example`;
      const mailbox = `walk-${tag}@home.example`;
      const digits = String(info.project.name === 'js-on' ? 10 : 20) + (lang === 'it' ? '1' : '2');
      const phone = `+3933312340${digits.slice(-2)}`;
      addUser(upn);

      // Prompted; skipping goes on to the account page.
      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/register\/prompt$/);
      await expect(page.getByRole('heading', { name: t.prompt })).toBeVisible();
      await page.getByRole('button', { name: t.skip }).click();
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByText(t.signedInAs)).toBeVisible();

      // Asked again at the next sign-in.
      await signOut(page, lang);
      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/register\/prompt$/);
      await page.getByRole('button', { name: t.next }).click();

      // Step 1: mobile phone, code by SMS from the gateway sink.
      await expect(page).toHaveURL(/\/register$/);
      await expect(page.getByText(t.step(1))).toBeVisible();
      await expect(page.getByRole('heading', { name: t.phone })).toBeVisible();
      await page.getByLabel(t.country).selectOption('IT');
      await page.getByLabel(t.number).fill(phone.replace('+39', ''));
      await page.getByLabel(t.sms).check();
      await page.getByRole('button', { name: t.send }).click();
      await page.getByLabel(t.code).fill(await codeFor(phone));
      await page.getByRole('button', { name: t.verify }).click();

      // Step 2: email, code from the SMTP sink.
      await expect(page.getByText(t.step(2))).toBeVisible();
      await page.getByLabel(t.address).fill(mailbox);
      await page.getByRole('button', { name: t.send }).click();
      await page.getByLabel(t.code).fill(await codeFor(mailbox));
      await page.getByRole('button', { name: t.verify }).click();

      // Step 3: questions. A picked question leaves the other pickers.
      await expect(page.getByText(t.step(3))).toBeVisible();
      await expect(page.getByRole('heading', { name: t.questions })).toBeVisible();
      for (const [i, question] of t.q.entries()) {
        await page.getByLabel(t.question(i + 1)).selectOption({ label: question });
      }
      if (jsOn(info)) {
        const second = page.getByLabel(t.question(2));
        await expect(second.locator('option', { hasText: t.q[0] })).toHaveCount(0);
        // Checked in place, before anything is sent.
        await page.getByLabel(t.answer(1)).fill('ab');
        await page.getByLabel(t.answer(1)).blur();
        await expect(page.locator('#answer-0-error')).toHaveText(t.tooShort);
        await expect(page.getByLabel(t.answer(1))).toHaveAttribute('aria-describedby', 'answer-0-error');
        // The same answer in other letters is caught by the browser's own
        // Unicode tables, as the server would catch it.
        await page.getByLabel(t.answer(1)).fill('Biscuit');
        await page.getByLabel(t.answer(2)).fill('  ＢＩＳＣＵＩＴ ');
        await page.getByLabel(t.answer(2)).blur();
        await expect(page.locator('#answer-1-error')).toHaveText(t.twice);
        await expect(page.getByLabel(t.answer(2))).toHaveAttribute('aria-describedby', 'answer-1-error');
      }
      await page.getByLabel(t.answer(1)).fill('Biscuit');
      await page.getByLabel(t.answer(2)).fill('Baker');
      await page.getByLabel(t.answer(3)).fill('Pizza');
      await page.getByRole('button', { name: t.continue }).click();

      // Summary, then one save.
      await expect(page.getByRole('heading', { name: t.summary })).toBeVisible();
      await expect(page.locator('body')).not.toContainText('Biscuit');
      await page.getByRole('button', { name: t.save, exact: true }).click();
      await expect(page).toHaveURL(/\/account\?saved=security-info$/);
      await expect(page.getByRole('status')).toHaveText(t.saved);

      // Registered: no prompt at the next sign-in.
      await signOut(page, lang);
      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/account$/);

      // Past the reconfirmation period: asked to confirm, once.
      ageConfirmation(upn);
      await signOut(page, lang);
      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/register\/prompt$/);
      await expect(page.getByRole('heading', { name: t.reconfirm })).toBeVisible();
      await page.getByRole('button', { name: t.looksGood }).click();
      await expect(page).toHaveURL(/\/account$/);
      await signOut(page, lang);
      await signIn(page, lang, upn);
      await expect(page).toHaveURL(/\/account$/);
      expect(errors).toEqual([]);
    });
  });
}
