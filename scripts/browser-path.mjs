// Finds the Chromium that tests, Lighthouse and screenshots drive.
// Order: CHROME_PATH, Debian's /usr/bin/chromium, then Playwright's own download.
import { existsSync } from 'node:fs';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** @returns {string | undefined} an executable path, or undefined to let Playwright use its own browser */
export function systemChromiumPath() {
  const override = process.env.CHROME_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROME_PATH points to ${override}, which does not exist.`);
    return override;
  }
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}

/** Whether Playwright's own Chromium download is present on this machine. */
export async function playwrightChromiumPath() {
  try {
    const { chromium } = await import('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}
