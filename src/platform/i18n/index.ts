/**
 * The message catalogue: every string a user sees, in Vietnamese (default) and English.
 * `t(lang, key, params)` fills `{name}` placeholders; nothing in a view is hard-coded.
 * The core messages live in messages-vi/en.ts; each admin and interaction feature keeps its own part
 * in parts/, merged here into the one catalogue (a key defined twice is a compile error).
 */
import type { CataloguePart } from './define.js';
import { en as coreEn } from './messages-en.js';
import { vi as coreVi } from './messages-vi.js';
import { adminMessages } from './parts/admin.js';
import { commentsMessages } from './parts/comments.js';
import { editorMessages } from './parts/editor.js';
import { editorialMessages } from './parts/editorial.js';
import { interactionMessages } from './parts/interaction.js';
import { mediaMessages } from './parts/media.js';
import { securityMessages } from './parts/security.js';
import { siteadminMessages } from './parts/siteadmin.js';
import { statsMessages } from './parts/stats.js';

const PARTS = [
  adminMessages,
  editorialMessages,
  editorMessages,
  mediaMessages,
  siteadminMessages,
  securityMessages,
  interactionMessages,
  commentsMessages,
  statsMessages,
] as const;

type KeysOf<P> = P extends CataloguePart<infer K> ? K : never;
type PartKey = KeysOf<(typeof PARTS)[number]>;
export type MessageKey = keyof typeof coreVi | PartKey;
export type Lang = 'vi' | 'en';
export const LANGS: readonly Lang[] = ['vi', 'en'];

function merge(lang: Lang): Record<MessageKey, string> {
  const out: Record<string, string> = { ...(lang === 'vi' ? coreVi : coreEn) };
  for (const part of PARTS) {
    for (const [key, text] of Object.entries(part[lang] as Record<string, string>)) {
      if (key in out) throw new Error(`message key defined twice: ${key}`);
      out[key] = text;
    }
  }
  return out as Record<MessageKey, string>;
}

const CATALOGUES: Record<Lang, Record<MessageKey, string>> = { vi: merge('vi'), en: merge('en') };

export function isMessageKey(key: string): key is MessageKey {
  return key in CATALOGUES.vi;
}

export function t(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const text = CATALOGUES[lang][key];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    // A parameter written as '@key' is itself a catalogue entry (e.g. a field name), translated too.
    return value.startsWith('@') && isMessageKey(value.slice(1))
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

/** The language of an API call: `?lang=` when it names one, else Accept-Language (Vietnamese by default). */
export function langOfApiCall(query: unknown, acceptLanguage: string | undefined): Lang {
  return isLang(query) ? query : langFromAcceptLanguage(acceptLanguage);
}
