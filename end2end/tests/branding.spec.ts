import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { contrastText, png, type Upload } from './branding';
import { t, type Lang } from './messages';
import { ADA, jsOn, watchErrors } from './support';

// Publishing changes every page of a portal, so each project brands a
// portal of its own (see run.sh).
const PORTAL: Record<string, string> = {
  'js-on': process.env.BASE_URL_BRANDING_JS_ON ?? '',
  'js-off': process.env.BASE_URL_BRANDING_JS_OFF ?? '',
};
const SUSAN = { user: 'susan@contoso.example', password: 'Macintosh-Icons-1984' };

const ORG = 'Contoso';
const HINT = 'name@contoso.example';
const PRIVACY = 'https://contoso.example/privacy';
const HELP = 'https://help.contoso.example/passwords';
const LOGO = png(240, 60, [122, 31, 43]);
const BACKGROUND = png(64, 36, [246, 241, 238]);
/** Version 1 (and again after the roll back), then version 2. */
const FIRST = { primary: '#7a1f2b', text: `Welcome to Contoso's password portal.\nNeed help? ${HELP}` };
const SECOND = { primary: '#1f5f3a', text: 'Contoso passwords, the second look.' };
const ITALIAN = 'Benvenuti nel portale delle password di Contoso.';
/** Button text too close to FIRST.primary: 1.40:1. */
const TOO_CLOSE = '#8a3f4b';

const upload = (name: string, mimeType: string, buffer: Buffer): Upload => ({ name, mimeType, buffer });
const slotLabel = (slot: string) => t('en', `studio-field-image-${slot}`);
/** A settings field of the studio, by its label. */
const field = (page: Page, name: string) => page.getByLabel(t('en', `studio-field-${name}`), { exact: true });
const studioUrl = (query: string) => new RegExp(`/admin/branding\\?${query}$`);

async function signIn(page: Page, lang: Lang, user: string, password: string) {
  await page.goto('/');
  await page.getByLabel(t(lang, 'sign-in-user-name')).fill(user);
  await page.getByLabel(t(lang, 'sign-in-password'), { exact: true }).fill(password);
  await page.getByRole('button', { name: t(lang, 'sign-in-submit'), exact: true }).click();
  // Ada goes to her account; the designer, with no security info yet, is asked to register it.
  await expect(page).toHaveURL(/\/(account|register\/prompt)$/);
}

async function save(page: Page, layer?: string) {
  await page.getByRole('button', { name: t('en', 'studio-save') }).click();
  await expect(page).toHaveURL(studioUrl(layer ? `layer=${layer}&done=saved` : 'done=saved'));
  await expect(page.getByRole('status').filter({ hasText: t('en', 'studio-done-saved') })).toBeVisible();
}

async function uploadImage(page: Page, slot: string, file: Upload) {
  await page.locator(`#image-${slot}`).setInputFiles(file);
  await page.getByRole('button', { name: t('en', 'studio-image-upload', { slot: slotLabel(slot) }) }).click();
}

/** The image of `slot` the draft has now, as the studio shows it. */
const currentImage = (page: Page, slot: string) =>
  page.getByRole('img', { name: t('en', 'studio-image-current', { slot: slotLabel(slot) }) });

/** The studio names why the banner logo was refused. */
async function expectLogoRefused(page: Page, reason: string) {
  await expect(page).toHaveURL(studioUrl(`refused=${reason}&slot=banner-logo`));
  const args = { slot: slotLabel('banner-logo'), kilobytes: '300', width: '1200', height: '300' };
  await expect(page.getByRole('alert')).toHaveText(t('en', `studio-refused-${reason}`, args));
}

async function publish(page: Page, version: number) {
  await page.getByRole('button', { name: t('en', 'studio-publish'), exact: true }).click();
  await expect(page).toHaveURL(studioUrl(`done=published&version=${version}`));
  await expect(page.getByText(t('en', 'studio-state-published', { version: String(version) }))).toBeVisible();
}

/**
 * The page wears the brand: the banner logo in the header, loaded, and
 * the branding stylesheet, applied, with `primary` for buttons and the
 * background image. Returns the logo's address.
 */
async function expectBrand(page: Page, primary: string): Promise<string> {
  const logo = page.locator('header.site-header img.brand-banner');
  await expect(logo).toHaveAttribute('alt', ORG);
  await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(240);
  const link = page.locator('head link[rel="stylesheet"][href^="/branding/"]');
  await expect(link).toHaveAttribute('href', /^\/branding\/[0-9a-f]{64}\.css$/);
  const css = await (await page.request.get((await link.getAttribute('href')) ?? '')).text();
  expect(css).toContain(`--brand-primary: ${primary};`);
  expect(css).toMatch(/--page-bg-image: url\("\/branding\/assets\/[0-9a-f]{64}\.png"\)/);
  const applied = await page.evaluate(() =>
    getComputedStyle(document.documentElement).getPropertyValue('--brand-primary').trim(),
  );
  expect(applied).toBe(primary);
  return (await logo.getAttribute('src')) ?? '';
}

/** The portal's own look: no logo, no branding stylesheet, no preview. */
async function expectUnbranded(page: Page) {
  await expect(page.locator('img.brand-banner')).toHaveCount(0);
  await expect(page.locator('link[href^="/branding/"]')).toHaveCount(0);
  await expect(page.locator('.preview-banner')).toHaveCount(0);
  await expect(page.locator('p.sign-in-text')).toHaveCount(0);
}

test('a designer brands the portal: uploads, colours, an Italian text, preview, publish, roll back', async ({
  browser,
}, info) => {
  test.setTimeout(180_000);
  const baseURL = PORTAL[info.project.name];
  expect(baseURL, 'run.sh exports the branding portals').not.toBe('');
  const contexts: BrowserContext[] = [];
  const errors: string[][] = [];
  /** A browser of its own (a visitor, unless given the designer's cookies). */
  const browse = async (locale: string, storageState?: Awaited<ReturnType<BrowserContext['storageState']>>) => {
    const context = await browser.newContext({ baseURL, locale, javaScriptEnabled: jsOn(info), storageState });
    contexts.push(context);
    const page = await context.newPage();
    errors.push(watchErrors(page));
    return page;
  };

  try {
    const anonymous = await browse('en-US');
    expect((await anonymous.goto('/admin/branding'))?.status()).toBe(404);

    const studio = await browse('en-US');
    await signIn(studio, 'en', SUSAN.user, SUSAN.password);
    await studio.goto('/admin/branding');
    await expect(studio.getByRole('heading', { level: 1, name: t('en', 'studio-title') })).toBeVisible();
    await expect(studio.getByText(t('en', 'studio-state-never-published'))).toBeVisible();

    await test.step('images: the logo and background are taken, bad files refused with their reason', async () => {
      await uploadImage(studio, 'banner-logo', upload('logo.png', 'image/png', LOGO));
      await expect(studio).toHaveURL(studioUrl('done=uploaded&slot=banner-logo'));
      await expect(studio.getByRole('status').filter({ hasText: t('en', 'studio-done-uploaded') })).toBeVisible();
      const logo = await currentImage(studio, 'banner-logo').getAttribute('src');
      expect(logo).toMatch(/^\/branding\/assets\/[0-9a-f]{64}\.png$/);

      await uploadImage(studio, 'background', upload('background.png', 'image/png', BACKGROUND));
      await expect(studio).toHaveURL(studioUrl('done=uploaded&slot=background'));
      await expect(currentImage(studio, 'background')).toBeVisible();

      // Too large (checked on the bytes first), HTML named .png, an SVG with a script.
      const oversized = Buffer.concat([LOGO, Buffer.alloc(310 * 1024)]);
      const refusals: [string, Upload][] = [
        ['too-many-bytes', upload('logo.png', 'image/png', oversized)],
        ['unknown-type', upload('logo.png', 'image/png', Buffer.from('<!doctype html><html><body><h1>Logo</h1></body></html>'))],
        [
          'svg-script',
          upload(
            'logo.svg',
            'image/svg+xml',
            Buffer.from(
              '<svg xmlns="http://www.w3.org/2000/svg" width="240" height="60">' +
                '<script>alert(1)</script><rect width="240" height="60" fill="#7a1f2b"/></svg>',
            ),
          ),
        ],
      ];
      for (const [reason, file] of refusals) {
        await uploadImage(studio, 'banner-logo', file);
        await expectLogoRefused(studio, reason);
        await expect(currentImage(studio, 'banner-logo')).toHaveAttribute('src', logo ?? '');
      }
    });

    await test.step('default layer: name, colours (one pair too close), texts, links', async () => {
      if (jsOn(info)) {
        // The live preview follows the form as typed, before saving.
        await expect(studio.locator('#studio-live')).toBeVisible();
        const live = studio.locator('#studio-live-page');
        const shown = () => live.evaluate((el: HTMLElement) => el.style.getPropertyValue('--brand-primary'));
        expect(await shown()).not.toBe(FIRST.primary);
        await field(studio, 'colour-primary').fill(FIRST.primary);
        await expect.poll(shown).toBe(FIRST.primary);
        await field(studio, 'organisation-name').fill(ORG);
        await expect(studio.locator('#studio-live-org')).toHaveText(ORG);
        await field(studio, 'sign-in-text').fill(FIRST.text);
        await expect(studio.locator('#studio-live-text')).toContainText("Welcome to Contoso's password portal.");
      } else {
        await expect(studio.locator('#studio-live')).toBeHidden();
      }
      await field(studio, 'organisation-name').fill(ORG);
      await field(studio, 'colour-primary').fill(FIRST.primary);
      await field(studio, 'colour-primary-text').fill(TOO_CLOSE);
      await field(studio, 'colour-page').fill('#f6f1ee');
      await studio.locator('#layout').selectOption('full-bleed');
      await field(studio, 'sign-in-text').fill(FIRST.text);
      await field(studio, 'user-name-hint').fill(HINT);
      await field(studio, 'privacy-url').fill(PRIVACY);
      await save(studio);
      await expect(field(studio, 'colour-primary-text')).toHaveValue(TOO_CLOSE);
    });

    await test.step('Italian layer: its own sign-in text', async () => {
      await studio.getByLabel(t('en', 'studio-layer-label')).selectOption('it');
      await studio.getByRole('button', { name: t('en', 'studio-layer-open') }).click();
      await expect(studio).toHaveURL(studioUrl('layer=it'));
      await expect(field(studio, 'sign-in-text')).toHaveValue('');
      await field(studio, 'sign-in-text').fill(ITALIAN);
      await save(studio, 'it');
      await expect(field(studio, 'sign-in-text')).toHaveValue(ITALIAN);
    });

    await test.step('publishing is refused while a pair is too close, naming it and its ratio', async () => {
      await studio.getByRole('button', { name: t('en', 'studio-publish'), exact: true }).click();
      await expect(studio).toHaveURL(studioUrl('refused=publish'));
      await expect(studio.getByRole('alert')).toHaveText(t('en', 'studio-refused-publish'));
      const problem = t('en', 'studio-problem-contrast', {
        layer: t('en', 'studio-layer-default'),
        pair: t('en', 'studio-pair-button-text-on-primary'),
        ratio: contrastText(TOO_CLOSE, FIRST.primary),
        minimum: '4.5:1',
      });
      expect(contrastText(TOO_CLOSE, FIRST.primary)).toBe('1.40:1');
      await expect(studio.locator('#studio-problems li').filter({ hasText: problem })).toHaveCount(1);
      await expect(studio.getByText(t('en', 'studio-state-never-published'))).toBeVisible();
      const visitor = await browse('en-US');
      await visitor.goto('/');
      await expectUnbranded(visitor);
    });

    await test.step('the fix: readable button text', async () => {
      await studio.goto('/admin/branding');
      await field(studio, 'colour-primary-text').fill('#ffffff');
      await save(studio);
      await expect(studio.locator('#studio-problems')).toHaveCount(0);
    });

    await test.step('preview: the designer sees the draft in Italian, nobody else does', async () => {
      await studio.getByRole('button', { name: t('en', 'studio-preview') }).click();
      await expect(studio).toHaveURL(/\/$/);
      await expect(studio.locator('.preview-banner')).toContainText(t('en', 'studio-preview-banner'));

      // The same session in an Italian browser.
      const italian = await browse('it-IT', await studio.context().storageState());
      await italian.goto('/reset');
      await expect(italian.locator('html')).toHaveAttribute('lang', 'it');
      await expect(italian.locator('.preview-banner')).toContainText(t('it', 'studio-preview-banner'));
      await expectBrand(italian, FIRST.primary);
      await italian.goto('/');
      await expect(italian.locator('p.sign-in-text')).toHaveText(ITALIAN);

      const visitor = await browse('it-IT');
      await visitor.goto('/reset');
      await expectUnbranded(visitor);
      await visitor.goto('/');
      await expectUnbranded(visitor);

      await studio.getByRole('button', { name: t('en', 'studio-preview-stop') }).click();
      await expect(studio).toHaveURL(studioUrl('done=preview-stopped'));
    });

    await test.step('publish: version 1', async () => {
      await publish(studio, 1);
    });

    let logo = '';
    await test.step('an Italian visitor sees the brand and the Italian text on /, /reset and /register', async () => {
      const visitor = await browse('it-IT');
      await visitor.goto('/');
      logo = await expectBrand(visitor, FIRST.primary);
      await expect(visitor.locator('p.sign-in-text')).toHaveText(ITALIAN);
      await expect(visitor.getByLabel(t('it', 'sign-in-user-name'))).toHaveAttribute('placeholder', HINT);
      await expect(visitor.locator('.site-footer').getByRole('link', { name: t('it', 'footer-privacy') }))
        .toHaveAttribute('href', PRIVACY);

      await visitor.goto('/reset');
      await expect(visitor.getByRole('heading', { level: 1, name: t('it', 'reset-heading') })).toBeVisible();
      expect(await expectBrand(visitor, FIRST.primary)).toBe(logo);

      // Registration asks to sign in first, on the branded sign-in page.
      await visitor.goto('/register');
      await expect(visitor).toHaveURL(/\/$/);
      await expectBrand(visitor, FIRST.primary);
      await signIn(visitor, 'it', ADA.user, ADA.password);
      await visitor.goto('/register');
      await expect(visitor.getByRole('heading', { level: 1, name: t('it', 'wizard-title') })).toBeVisible();
      expect(await expectBrand(visitor, FIRST.primary)).toBe(logo);
    });

    await test.step('an English visitor sees the default layer: same logo, its own text', async () => {
      const visitor = await browse('en-US');
      await visitor.goto('/');
      expect(await expectBrand(visitor, FIRST.primary)).toBe(logo);
      const text = visitor.locator('p.sign-in-text');
      await expect(text).toContainText("Welcome to Contoso's password portal.");
      await expect(text).not.toContainText(ITALIAN);
      await expect(text.getByRole('link', { name: HELP })).toHaveAttribute('href', HELP);
      await visitor.goto('/reset');
      expect(await expectBrand(visitor, FIRST.primary)).toBe(logo);
    });

    await test.step('a second look, then version 1 again', async () => {
      await studio.goto('/admin/branding');
      await field(studio, 'colour-primary').fill(SECOND.primary);
      await field(studio, 'sign-in-text').fill(SECOND.text);
      await save(studio);
      await publish(studio, 2);
      const visitor = await browse('en-US');
      await visitor.goto('/');
      await expectBrand(visitor, SECOND.primary);
      await expect(visitor.locator('p.sign-in-text')).toHaveText(SECOND.text);

      await studio.getByRole('button', { name: t('en', 'studio-roll-back', { version: '1' }) }).click();
      await expect(studio).toHaveURL(studioUrl('done=rolled-back&version=3'));
      await expect(studio.getByRole('status').filter({ hasText: t('en', 'studio-done-rolled-back') })).toBeVisible();
      await expect(studio.getByText(t('en', 'studio-state-published', { version: '3' }))).toBeVisible();
      await expect(field(studio, 'colour-primary')).toHaveValue(FIRST.primary);

      await visitor.reload();
      await expectBrand(visitor, FIRST.primary);
      await expect(visitor.locator('p.sign-in-text')).toContainText("Welcome to Contoso's password portal.");
      const italian = await browse('it-IT');
      await italian.goto('/');
      await expect(italian.locator('p.sign-in-text')).toHaveText(ITALIAN);
    });

    // Not one script error or Content-Security-Policy violation on any page.
    expect(errors.flat()).toEqual([]);
  } finally {
    for (const context of contexts) await context.close();
  }
});
