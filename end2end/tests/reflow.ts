import { expect, type Page } from '@playwright/test';

/**
 * Reflow and text size (WCAG 1.4.10, 1.4.4) on the page as it is now:
 * 320 CSS pixels wide, nothing scrolls sideways; at 200% text size (the
 * root font size doubled, a 1280-pixel window), nothing scrolls sideways
 * and no text is cut off by a box too small for it or by the window's
 * edge. Only synchronous script runs here, which works with JavaScript
 * off too. The window is put back as it was.
 */
export async function expectReflow(page: Page, label: string) {
  const before = page.viewportSize();
  try {
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await overflow(page), `${label} at 320 CSS pixels`).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
    expect(await overflow(page), `${label} at 200% text size`).toEqual([]);
  } finally {
    await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
    if (before) await page.setViewportSize(before);
  }
}

/** What sticks out: a page wider than the window, text cut off or out of sight. */
function overflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const root = document.documentElement;
    const name = (e: Element) =>
      e.tagName.toLowerCase() + (e.id ? `#${e.id}` : '') + (e.className ? `.${String(e.className).split(' ')[0]}` : '');
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`the page scrolls sideways: ${root.scrollWidth} px in a ${root.clientWidth} px window`);
    }
    for (const e of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(e);
      // Hidden on purpose: out of sight until focused (the skip link), or not shown.
      if (style.display === 'none' || style.visibility === 'hidden' || style.clipPath !== 'none') continue;
      if (e.closest('.skip-link, .outbox-scroll')) continue;
      const hasText = Array.from(e.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim());
      // A field scrolls what is typed into it, by design: not cut off.
      const field = e instanceof HTMLInputElement || e instanceof HTMLSelectElement || e instanceof HTMLTextAreaElement;
      const clips =
        !field && (['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY));
      if (clips && (e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)) {
        problems.push(`${name(e)} cuts off its content`);
      }
      if (hasText || e instanceof HTMLInputElement || e instanceof HTMLSelectElement || e instanceof HTMLButtonElement) {
        const box = e.getBoundingClientRect();
        if (box.width && (box.left < -1 || box.right > root.clientWidth + 1)) {
          problems.push(`${name(e)} reaches out of the window (${Math.round(box.left)}…${Math.round(box.right)} px)`);
        }
      }
    }
    return problems;
  });
}
