// Unicode normalization for Vietnamese text: everything stored or compared by
// the platform is NFC (precomposed), whatever the input method produced.

import { isAscii } from './ascii.js';

/** Control characters (Unicode Cc) other than tab and newline. */
const UNWANTED_CONTROLS = /[^\P{Cc}\n\t]/gu;

/** Normalize to NFC; pure ASCII strings are returned unchanged. */
export function nfc(s: string): string {
  return isAscii(s) ? s : s.normalize('NFC');
}

/** NFC, strip control characters except `\n` and `\t`, then trim. */
export function cleanText(s: string): string {
  return nfc(s).replace(UNWANTED_CONTROLS, '').trim();
}
