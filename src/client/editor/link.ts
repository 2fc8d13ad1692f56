/**
 * Links: a small mark of our own (TipTap's Link extension brings linkify, 20 KB we do not need)
 * and the URL rules. Editors may type only http, https or mailto addresses (a bare domain gets
 * https://, a bare e-mail address mailto:); links already in a body may also be site-relative
 * (`/bai-viet/...`). Anything else (javascript:, data:, …) is dropped when the body is loaded,
 * keeping its text.
 */
import { Mark } from '@tiptap/core';

const TYPED_PROTOCOLS = ['http:', 'https:', 'mailto:'];

/** The address to store for what the editor typed, or null when it is not an allowed link. */
export function normaliseTypedUrl(typed: string): string | null {
  let value = typed.trim();
  if (!value || /\s/.test(value)) return null;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    if (/^[^@/]+@[^@/]+\.[^@/]+$/.test(value)) value = `mailto:${value}`;
    else if (/^[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+([/?#].*)?$/u.test(value)) value = `https://${value}`;
    else return null;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (!TYPED_PROTOCOLS.includes(url.protocol)) return null;
  if (url.protocol === 'mailto:') return /^mailto:[^@\s]+@[^@\s]+$/i.test(value) ? value : null;
  return url.hostname.includes('.') || url.hostname === 'localhost' ? value : null;
}

/** Whether a link found in stored HTML may stay a link. */
export function isAllowedHref(href: string | null): href is string {
  if (!href) return false;
  const value = href.trim();
  if (value.startsWith('/')) return !value.startsWith('//');
  if (value.startsWith('#')) return true;
  return normaliseTypedUrl(value) === value;
}

export const Link = Mark.create({
  name: 'link',
  priority: 1000,
  inclusive: false,
  exitable: true,
  addAttributes() {
    return { href: { default: null } };
  },
  parseHTML() {
    return [
      {
        tag: 'a[href]',
        getAttrs: (el) => (isAllowedHref((el as HTMLElement).getAttribute('href')) ? null : false),
      },
    ];
  },
  renderHTML({ HTMLAttributes }) {
    return ['a', HTMLAttributes, 0];
  },
});
