/**
 * A site's footer, contact and emblem settings (stored as JSON on the site row), with the parsing
 * that turns whatever is stored into a complete, typed object.
 */
import type { Lang } from '../../platform/i18n/index.js';

export interface SiteEmblemSetting {
  /** A media row of the same site. */
  mediaId: number;
  alt: Record<Lang, string>;
}

export interface SiteSettings {
  /** Cơ quan chủ quản: the agency in charge, first line of the footer. */
  agency: Record<Lang, string>;
  address: Record<Lang, string>;
  phone: string;
  email: string;
  /** The licence line, e.g. `Giấy phép số 12/GP-TTĐT ngày 05/3/2024 của Sở …`. */
  licence: Record<Lang, string>;
  /** Người chịu trách nhiệm chính. */
  responsible: Record<Lang, string>;
  /** Free contact line (hotline, fax, office hours), shown in the footer. */
  contact: Record<Lang, string>;
  /** The site's own emblem; the default red and gold emblem when null. */
  emblem: SiteEmblemSetting | null;
}

function empty(): SiteSettings {
  return {
    agency: { vi: '', en: '' },
    address: { vi: '', en: '' },
    phone: '',
    email: '',
    licence: { vi: '', en: '' },
    responsible: { vi: '', en: '' },
    contact: { vi: '', en: '' },
    emblem: null,
  };
}

function pair(value: unknown, fallback: boolean): Record<Lang, string> {
  if (!value || typeof value !== 'object') return { vi: '', en: '' };
  const v = value as Record<string, unknown>;
  const vi = typeof v.vi === 'string' ? v.vi : '';
  const en = typeof v.en === 'string' ? v.en : '';
  return { vi, en: fallback ? en || vi : en };
}

function emblem(value: unknown, fallback: boolean): SiteEmblemSetting | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.mediaId !== 'number' || !Number.isSafeInteger(v.mediaId) || v.mediaId <= 0) return null;
  return { mediaId: v.mediaId, alt: pair(v.alt, fallback) };
}

/**
 * The settings as pages show them: an English value left empty falls back to the Vietnamese one.
 * With `fallback: false` (the admin's form) empty English values stay empty.
 */
export function parseSettings(json: string, { fallback = true } = {}): SiteSettings {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) ?? {};
  } catch {
    return empty();
  }
  if (typeof raw !== 'object') return empty();
  const p = (value: unknown) => pair(value, fallback);
  return {
    agency: p(raw.agency),
    address: p(raw.address),
    phone: typeof raw.phone === 'string' ? raw.phone : '',
    email: typeof raw.email === 'string' ? raw.email : '',
    licence: p(raw.licence),
    responsible: p(raw.responsible),
    contact: p(raw.contact),
    emblem: emblem(raw.emblem, fallback),
  };
}
