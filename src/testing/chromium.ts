/**
 * Debian's Chromium for browser tests, driven by playwright-core (never a downloaded browser):
 * where it is, the flags it runs with, and whether the suite runs (required under CI).
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';
import { IN_CI } from './dialects.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `skip` value for a browser suite: false to run, a reason to skip; throws under CI without Chromium. */
export function skipUnlessChromium(): false | string {
  if (existsSync(CHROMIUM)) return false;
  if (IN_CI) throw new Error(`Chromium is required under CI but ${CHROMIUM} does not exist`);
  return `Chromium not found at ${CHROMIUM}: browser suite skipped`;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}
