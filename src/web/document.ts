/**
 * The outer HTML document. Pages hand in already-rendered parts (header, main, sidebar, footer);
 * joining strings here keeps the shared parts cacheable as fragments.
 */
import { escapeHtml } from '../platform/html/escape.js';
import type { Lang } from '../platform/i18n/index.js';
import { t } from '../platform/i18n/index.js';
import { assets } from './assets.js';

export interface DocumentParts {
  lang: Lang;
  title: string;
  description?: string;
  /** Extra <head> markup (canonical, alternates, social tags), already escaped. */
  head?: string;
  header: string;
  main: string;
  sidebar?: string;
  footer: string;
}

export function renderDocument(p: DocumentParts): string {
  const description = p.description ? `<meta name="description" content="${escapeHtml(p.description)}">` : '';
  return (
    `<!DOCTYPE html><html lang="${p.lang}"><head><meta charset="utf-8">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeHtml(p.title)}</title>${description}` +
    `<link rel="stylesheet" href="${assets.css.url}"><link rel="icon" href="${assets.favicon.url}" type="image/svg+xml">` +
    `<meta name="theme-color" content="#7a0a0a">${p.head ?? ''}` +
    `<script src="${assets.js.url}" defer></script></head><body>` +
    `<a class="skip-link" href="#main">${t(p.lang, 'nav.skip')}</a>${p.header}` +
    `<div class="wrap layout"><main id="main" tabindex="-1">${p.main}</main>` +
    (p.sidebar ? `<aside aria-label="${t(p.lang, 'nav.menu')}">${p.sidebar}</aside>` : '') +
    `</div>${p.footer}</body></html>`
  );
}
