/**
 * Small page helpers for the browser tests: named steps, keyboard focus moves, screenshots.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { DESKTOP_VIEWPORT, PHONE_VIEWPORT } from './e2e-browser';

/** Where screenshots go (test-results/ is git-ignored). */
export const SCREENSHOT_DIR = join(__dirname, '..', '..', 'test-results', 'screenshots');

/**
 * Runs one named step of a journey. A failure says which step broke and on which address, and leaves a screenshot
 * of the page as it was (`failure-<step>.png`).
 */
export async function step<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const shot = await screenshot(page, `failure-${name.replace(/[^\w-]+/g, '-').slice(0, 60)}`).catch(() => 'none');
    const where = `step "${name}" (page ${page.url()}, screenshot ${shot})`;
    if (error instanceof Error) {
      // Jest prints the stack, which already holds the old message: change both.
      const message = `${where}: ${error.message}`;
      error.stack = error.stack?.replace(error.message, message);
      error.message = message;
      throw error;
    }
    throw new Error(`${where}: ${String(error)}`);
  }
}

/** Saves a full-page screenshot as test-results/screenshots/<name>.png and returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

// Runs in the page: the document's width, and the elements that stick out of the viewport on the right.
const OVERFLOW = `(() => {
  const width = document.documentElement.clientWidth;
  const wide = [...document.querySelectorAll('body *')].filter((e) => e.getBoundingClientRect().right > width + 1);
  const outermost = wide.filter((e) => !wide.includes(e.parentElement));
  return { scrollWidth: document.documentElement.scrollWidth, width, elements: outermost.slice(0, 5).map((e) =>
    e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className).split(' ').join('.') : '')
    + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + 'px)') };
})()`;

/** What makes the page wider than its viewport (WCAG 1.4.10 Reflow), or null when nothing does. */
export async function horizontalOverflow(page: Page): Promise<string | null> {
  const found = await page.evaluate<{ scrollWidth: number; width: number; elements: string[] }>(OVERFLOW);
  if (found.scrollWidth <= found.width) return null;
  return `page is ${found.scrollWidth}px wide in a ${found.width}px viewport: ${found.elements.join(', ')}`;
}

/**
 * Shows the page on a phone (390×844), saves a full-page screenshot when `name` is given, and returns what sticks
 * out horizontally there (null when the page reflows); then back to the desktop size.
 */
export async function onPhone(page: Page, name?: string): Promise<string | null> {
  await page.setViewportSize(PHONE_VIEWPORT);
  try {
    if (name !== undefined) await screenshot(page, name);
    return await horizontalOverflow(page);
  } finally {
    await page.setViewportSize(DESKTOP_VIEWPORT);
  }
}

/** The bits of the browser's globals these helpers touch (the project compiles without the DOM library). */
interface BrowserGlobals {
  document: { activeElement: unknown };
}

/** True when the element the locator points at has the keyboard focus. */
export async function isFocused(target: Locator): Promise<boolean> {
  // A function, not a string: Playwright evaluates a string as an expression and would not call it.
  return target.evaluate((element) => element === (globalThis as unknown as BrowserGlobals).document.activeElement);
}

/** What has the focus, for failure messages. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate<string>(
    `(() => { const e = document.activeElement; return e ? e.outerHTML.slice(0, 160) : 'nothing'; })()`,
  );
}

/**
 * Presses Tab (or Shift+Tab) until `target` has the focus, as a keyboard user would; fails when it is not
 * reached within `limit` presses (not focusable, or out of the tab order).
 */
export async function tabTo(target: Locator, options: { backwards?: boolean; limit?: number } = {}): Promise<number> {
  const page = target.page();
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const limit = options.limit ?? 150;
  for (let presses = 0; presses <= limit; presses += 1) {
    if (await isFocused(target)) return presses;
    await page.keyboard.press(key);
  }
  throw new Error(
    `${key} pressed ${limit} times without reaching ${String(target)}; focus is on ${await describeFocus(page)}`,
  );
}

/** From a freshly loaded page: Tab to the "skip to content" link, Enter, and the focus is on `main`. */
export async function skipToMain(page: Page): Promise<void> {
  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  if (!(await isFocused(skip)))
    throw new Error(`the first Tab does not reach the skip link but ${await describeFocus(page)}`);
  await page.keyboard.press('Enter');
  if (!(await isFocused(page.locator('main')))) {
    throw new Error(`the skip link does not move the focus to main but to ${await describeFocus(page)}`);
  }
}

/** Clicks something that loads a new page (a link, a form's button) and waits until that page has loaded. */
export async function clickAndLoad(target: Locator): Promise<void> {
  const page = target.page();
  const navigated = page.waitForEvent('framenavigated', { predicate: (frame) => frame === page.mainFrame() });
  await target.click();
  await navigated;
  await page.waitForLoadState();
}

/** Presses a key `times` times. */
export async function pressTimes(page: Page, key: string, times: number): Promise<void> {
  for (let i = 0; i < times; i += 1) await page.keyboard.press(key);
}

/** The page's visible text in `main`, whitespace collapsed (for assertions on what a person reads). */
export async function mainText(page: Page): Promise<string> {
  const text = await page.locator('main').innerText();
  return text.replace(/\s+/g, ' ').trim();
}
