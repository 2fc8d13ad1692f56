/**
 * The message catalogue: every string a user sees, in Vietnamese (default) and English.
 * `t(lang, key, params)` fills `{name}` placeholders; nothing in a view is hard-coded.
 */
import { en } from './messages-en.js';
import { type MessageKey, vi } from './messages-vi.js';

export type { MessageKey } from './messages-vi.js';
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { vi, en };

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = CATALOGUES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    // A parameter written as '@key' is itself a catalogue entry (e.g. a field name), translated too.
    return value.startsWith('@') && value.slice(1) in vi
      ? CATALOGUES[lang][value.slice(1) as MessageKey]
      : value;
  });
}

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** Picks a language from an Accept-Language header; Vietnamese unless English is clearly preferred. */
export function langFromAcceptLanguage(header: string | undefined): Lang {
  if (!header) return 'vi';
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'vi';
}
