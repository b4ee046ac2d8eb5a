import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/**
 * Whether browser tests can run. Where chromium is missing they are skipped with a visible notice,
 * except in CI (CI=true), where a missing browser is a failure, not a skip.
 */
export function hasChromium(): boolean {
  const present = fs.existsSync(CHROMIUM);
  if (!present) {
    if (process.env.CI === 'true') throw new Error(`CI=true but ${CHROMIUM} is missing: .ci/run must install chromium`);
    console.warn(`\n⚠ browser tests SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium fonts-wqy-microhei)\n`);
  }
  return present;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}
