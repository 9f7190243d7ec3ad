/** Debian's Chromium driven by playwright-core: no browser download needed. */
import { chromium, type Browser } from 'playwright-core';
import { environment } from '@/config.ts';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: environment().chromiumPath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
