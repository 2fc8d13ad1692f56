/**
 * A site's footer and contact settings (stored as JSON on the site row), with the parsing that
 * turns whatever is stored into a complete, typed object.
 */
import type { Lang } from '../../platform/i18n/index.js';

export interface SiteSettings {
  agency: Record<Lang, string>;
  address: Record<Lang, string>;
  phone: string;
  email: string;
  licence: Record<Lang, string>;
  responsible: Record<Lang, string>;
}

const EMPTY: SiteSettings = {
  agency: { vi: '', en: '' },
  address: { vi: '', en: '' },
  phone: '',
  email: '',
  licence: { vi: '', en: '' },
  responsible: { vi: '', en: '' },
};

function pair(value: unknown): Record<Lang, string> {
  if (!value || typeof value !== 'object') return { vi: '', en: '' };
  const v = value as Record<string, unknown>;
  const vi = typeof v.vi === 'string' ? v.vi : '';
  const en = typeof v.en === 'string' ? v.en : '';
  return { vi, en: en || vi };
}

export function parseSettings(json: string): SiteSettings {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) ?? {};
  } catch {
    return EMPTY;
  }
  return {
    agency: pair(raw.agency),
    address: pair(raw.address),
    phone: typeof raw.phone === 'string' ? raw.phone : '',
    email: typeof raw.email === 'string' ? raw.email : '',
    licence: pair(raw.licence),
    responsible: pair(raw.responsible),
  };
}
