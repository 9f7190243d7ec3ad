import type { Page } from 'playwright-core';

/**
 * Lays out every block of a long release, which the page lays out only near the screen
 * (`.prose.long`, content-visibility), as a reader scrolling through it would see them:
 * full-page captures, line boxes and overflow checks then cover the whole text.
 * Through the CSSOM, which the page's Content-Security-Policy allows.
 */
export async function layOutWholePage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const block of document.querySelectorAll<HTMLElement>('.prose.long > *')) block.style.contentVisibility = 'visible';
  });
}
