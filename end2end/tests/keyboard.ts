import { expect, type Page } from '@playwright/test';

/**
 * Moving through a page with the keyboard alone, checking at every step
 * that the element with the focus shows it. Only synchronous script runs
 * in the page (Playwright's evaluate), which works with JavaScript off.
 */

/** What has the focus, and whether a focus indicator is drawn around it. */
export async function focused(page: Page) {
  // A key that sent a form starts a new page: look once it has loaded.
  await page.waitForLoadState();
  for (let attempt = 0; ; attempt++) {
    try {
      return await focusedNow(page);
    } catch (e) {
      if (attempt > 20 || !String(e).includes('Execution context was destroyed')) throw e;
      await page.waitForLoadState();
    }
  }
}

function focusedNow(page: Page) {
  return page.evaluate(() => {
    const e = document.activeElement;
    if (!e || e === document.body) return { id: '', name: '', tag: 'body', visible: false };
    const style = getComputedStyle(e);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadow = style.boxShadow !== 'none' && /\d*[1-9]\d*px/.test(style.boxShadow);
    return {
      id: e.id,
      name: (e.getAttribute('aria-label') ?? e.textContent ?? '').trim(),
      tag: e.tagName.toLowerCase(),
      visible: outline || shadow,
    };
  });
}

/** The focus, after the last key, is on something and shows it. */
export async function expectFocusVisible(page: Page, where: string) {
  const now = await focused(page);
  expect(now.tag, `nothing has the focus ${where}`).not.toBe('body');
  expect(now.visible, `no focus indicator on ${now.tag}#${now.id} "${now.name}" ${where}`).toBe(true);
}

type Target = { id: string } | { button: string };

function matches(now: { id: string; name: string; tag: string }, target: Target): boolean {
  return 'id' in target ? now.id === target.id : now.tag === 'button' && now.name === target.button;
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus,
 * checking the focus indicator on everything passed on the way.
 */
export async function tabTo(page: Page, target: Target, back = false) {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now.tag === 'body') continue;
    expect(now.visible, `no focus indicator on ${now.tag}#${now.id} "${now.name}"`).toBe(true);
    if (matches(now, target)) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/**
 * After a refused post: the focus is on the field `id`, which is marked
 * invalid and described by a visible message that says `message`.
 */
export async function expectFocusOnFieldInError(page: Page, id: string, message: string) {
  await expect(page.locator(`#${id}`)).toBeFocused();
  await expectFocusVisible(page, 'after a refusal');
  const field = page.locator(`#${id}`);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  const describedBy = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
  const texts = await Promise.all(describedBy.map((ref) => page.locator(`#${ref}`).textContent()));
  expect(texts.join(' '), `#${id} is described by its error`).toContain(message);
}
