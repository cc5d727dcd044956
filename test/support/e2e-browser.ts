/**
 * Debian's Chromium driven by playwright-core for the browser tests. Playwright never downloads a browser here:
 * without /usr/bin/chromium the tests fail and say how to install it.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Where Debian installs Chromium (`TESSERA_CHROMIUM` overrides it). */
export const CHROMIUM_PATH = process.env.TESSERA_CHROMIUM ?? '/usr/bin/chromium';

/** Desktop window size of every page; phone screenshots resize the page to PHONE_VIEWPORT. */
export const DESKTOP_VIEWPORT = { width: 1280, height: 900 } as const;

/** An iPhone 12-15 sized viewport, for the phone screenshots. */
export const PHONE_VIEWPORT = { width: 390, height: 844 } as const;

// Without the background-networking flags Chromium keeps trying Google's hosts, which this closed network refuses.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Throws a message a developer can act on when Chromium is missing (the tests must not pass without it). */
export function assertChromiumInstalled(path = CHROMIUM_PATH): void {
  if (existsSync(path)) return;
  throw new Error(
    `Browser tests need Debian's Chromium at ${path}, which is not installed. ` +
      'Install it with `apt-get install chromium` (as root; `npm test` runs scripts/ensure-chromium.sh), ' +
      'or point TESSERA_CHROMIUM at a Chromium binary. Playwright must never download its own browser.',
  );
}

/** A running browser with one page; `close` ends Chromium and deletes its profile folder. */
export interface E2eBrowser {
  context: BrowserContext;
  page: Page;
  close: () => Promise<void>;
}

/** Starts Chromium with a fresh profile, English Accept-Language and CSP bypassed (for injecting axe-core). */
export async function launchBrowser(): Promise<E2eBrowser> {
  assertChromiumInstalled();
  const userDataDir = await mkdtemp(join(tmpdir(), 'tessera-e2e-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      bypassCSP: true,
      locale: 'en-GB',
      viewport: DESKTOP_VIEWPORT,
      timeout: 30_000,
    });
    context.setDefaultTimeout(10_000);
    const page = context.pages()[0] ?? (await context.newPage());
    const close = async (): Promise<void> => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    };
    return { context, page, close };
  } catch (error) {
    await rm(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
