/**
 * The server-side gate for article bodies written in the admin editor (TipTap). Whatever HTML
 * arrives, only an allowlist is stored:
 *
 *   p, br, h2–h4 (h1 → h2, h5/h6 → h4), strong, b, em, i, u, s, blockquote, ul, ol, li,
 *   table/thead/tbody/tr/th/td (colspan, rowspan), a[href] (http, https, mailto or a path on the
 *   site; external links get rel="noopener noreferrer"), photos as
 *   `<figure data-media-id>` + `<figcaption>` (caption and `<span class="credit">`), and YouTube
 *   videos exactly as TipTap's YouTube extension writes them (`<div data-youtube-video><iframe
 *   src="https://www.youtube-nocookie.com/embed/ID">`).
 *
 * Everything else is dropped, never stored: scripts, styles, event handlers, classes and ids,
 * javascript: and data: URLs, other iframes, images outside a figure. Text is NFC.
 *
 * Two passes: sanitize-html applies the allowlist; then a walk over its (now predictable) output
 * rebuilds each photo from the site's media library by its id (figureHtml: the picture, sizes and
 * alt come from the library, never from the submitted markup) and each video from its id alone.
 */
import sanitizeHtml from 'sanitize-html';
import type { Database } from '../../platform/db/database.js';
import { escapeHtml } from '../../platform/html/escape.js';
import { invalid } from '../../platform/http/errors.js';
import { cleanText, nfc } from '../../platform/vietnamese/index.js';
import { figureHtml } from '../media/figure.js';
import { countWords } from './body.js';
import { libraryMedia, mediaName } from './body-media.js';
import { decodeEntities } from './html-text.js';

/** Longest editor HTML accepted (characters), well under the request body limit. */
export const BODY_HTML_MAX = 500_000;
/** Longest caption or credit kept from the editor's figcaption. */
export const CAPTION_MAX = 500;
const VIDEO_WIDTH = 640;
const VIDEO_HEIGHT = 480;

/** A photo in the body, to be rebuilt from the media library. */
export interface FigureRef {
  /** From `data-media-id`; null for figures of bodies written before figures carried it … */
  mediaId: number | null;
  /** … which are found by the library file their image shows (`/media/<stored name>-640.jpg`). */
  storedName: string | null;
  /** Caption and credit typed in the editor; empty means "the library's". */
  caption: string;
  credit: string;
}

/** The allowlisted body before the photos are looked up: markup pieces and photos in order. */
export interface SanitizedHtml {
  parts: (string | FigureRef)[];
  /** Words of the text outside photos and videos. */
  words: number;
}

/** A body ready to store. */
export interface PreparedBody {
  html: string;
  words: number;
  /** Distinct media ids of the photos, in order of appearance. */
  mediaIds: number[];
}

const UNWRAP = 'loa-unwrap';
const ALLOWED_TAGS = (
  'p br h2 h3 h4 strong b em i u s a ul ol li blockquote table thead tbody tr th td ' +
  'figure figcaption img span div iframe'
).split(' ');
const ON_SITE_PATH = /^\/(?!\/)[^\s\\]*$/;
/** A media library file: `/media/<stored name>-<width>.<ext>` or the original `/media/<stored name>.<ext>`. */
const LIBRARY_FILE = /^\/media\/([A-Za-z0-9_]{8,64})(?:-\d{1,5})?\.(?:webp|jpe?g|png|gif)$/;
const CONTROLS = /[^\P{Cc}\n\t]/gu;

/** An href the body may keep, normalised, or undefined. */
export function safeHref(raw: string): { href: string; external: boolean } | undefined {
  const href = raw.trim();
  if (ON_SITE_PATH.test(href)) return { href, external: false };
  if (/^mailto:[^\s<>"]+@[^\s<>"]+$/i.test(href)) return { href, external: false };
  if (!/^https?:\/\//i.test(href)) return undefined;
  try {
    const url = new URL(href);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || !url.hostname) return undefined;
    return { href: url.href, external: true };
  } catch {
    return undefined;
  }
}

/**
 * The canonical embed URL of a YouTube video or playlist (privacy-enhanced host), or undefined
 * when `src` is not a youtube.com / youtube-nocookie.com embed URL.
 */
export function youtubeEmbedUrl(src: string): string | undefined {
  let url: URL;
  try {
    url = new URL(src.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = url.hostname.replace(/^www\./, '');
  if (host !== 'youtube.com' && host !== 'youtube-nocookie.com') return undefined;
  if (url.username || url.password || (url.port && url.port !== '443')) return undefined;
  const base = 'https://www.youtube-nocookie.com/embed/';
  if (url.pathname === '/embed/videoseries') {
    const list = url.searchParams.get('list') ?? '';
    return /^[\w-]{2,64}$/.test(list) ? `${base}videoseries?list=${list}` : undefined;
  }
  const id = /^\/embed\/([\w-]{6,32})$/.exec(url.pathname)?.[1];
  if (!id) return undefined;
  const start = Number.parseInt(url.searchParams.get('start') ?? '', 10);
  return Number.isSafeInteger(start) && start > 0 ? `${base}${id}?start=${start}` : `${base}${id}`;
}

const span = (value: string | undefined) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= 100 ? String(n) : undefined;
};

const tag = (tagName: string, attribs: sanitizeHtml.Attributes = {}): sanitizeHtml.Tag => ({
  tagName,
  attribs,
});

function cell(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const out: sanitizeHtml.Attributes = {};
  const colspan = span(attribs.colspan);
  const rowspan = span(attribs.rowspan);
  if (colspan && colspan !== '1') out.colspan = colspan;
  if (rowspan && rowspan !== '1') out.rowspan = rowspan;
  return tag(tagName, out);
}

/** sanitize-html 2.17 options; its type definitions lack `allowedEmptyAttributes`. */
interface Options extends sanitizeHtml.IOptions {
  allowedEmptyAttributes?: string[];
}

const OPTIONS: Options = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'rel'],
    th: ['colspan', 'rowspan'],
    td: ['colspan', 'rowspan'],
    figure: ['data-media-id'],
    span: ['class'],
    div: ['data-youtube-video'],
    iframe: ['src', 'width', 'height'],
    img: ['src'],
  },
  allowedClasses: { span: ['credit'] },
  allowedEmptyAttributes: ['data-youtube-video'],
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { iframe: ['https'], img: [] },
  allowProtocolRelative: false,
  allowedIframeHostnames: ['www.youtube-nocookie.com'],
  parseStyleAttributes: false,
  nonTextTags: [
    'script',
    'style',
    'textarea',
    'option',
    'noscript',
    'template',
    'title',
    'xmp',
    'svg',
    'math',
  ],
  transformTags: {
    h1: 'h2',
    h5: 'h4',
    h6: 'h4',
    a: (_tag, attribs) => {
      const link = attribs.href === undefined ? undefined : safeHref(attribs.href);
      if (!link) return tag(UNWRAP);
      return tag('a', link.external ? { href: link.href, rel: 'noopener noreferrer' } : { href: link.href });
    },
    td: cell,
    th: cell,
    figure: (_tag, attribs) => {
      const id = attribs['data-media-id'] ?? '';
      return /^[1-9]\d{0,9}$/.test(id) ? tag('figure', { 'data-media-id': id }) : tag('figure');
    },
    span: (_tag, attribs) =>
      (attribs.class ?? '').split(/\s+/).includes('credit') ? tag('span', { class: 'credit' }) : tag(UNWRAP),
    div: (_tag, attribs) =>
      'data-youtube-video' in attribs ? tag('div', { 'data-youtube-video': '' }) : tag(UNWRAP),
    iframe: (_tag, attribs) => {
      const src = attribs.src === undefined ? undefined : youtubeEmbedUrl(attribs.src);
      if (!src) return tag('iframe');
      const width = Number(attribs.width);
      const height = Number(attribs.height);
      return tag('iframe', {
        src,
        width: String(Number.isInteger(width) && width >= 100 && width <= 1920 ? width : VIDEO_WIDTH),
        height: String(Number.isInteger(height) && height >= 100 && height <= 1920 ? height : VIDEO_HEIGHT),
      });
    },
    // Only a library file's path is kept, to find the photo of an older figure; never stored.
    img: (_tag, attribs) =>
      LIBRARY_FILE.test(attribs.src ?? '') ? tag('img', { src: attribs.src! }) : tag('img'),
  },
  exclusiveFilter: (frame) => {
    // A frame that is not a YouTube embed goes, with its content.
    if (frame.tag === 'iframe' && !frame.attribs.src) return true;
    return false;
  },
};

const TOKEN = /<(\/?)([a-z0-9-]+)((?:\s+[a-z-]+(?:="[^"]*")?)*)\s*\/?>|[^<]+/g;
const ATTR = /([a-z-]+)(?:="([^"]*)")?/g;
/** Where a photo or video may not stand: it is moved out of these (closed before, reopened after). */
const PHRASING = new Set(['p', 'h2', 'h3', 'h4', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'span']);
const BLOCK_BREAKS = new Set(
  'p br h2 h3 h4 li blockquote tr td th table ul ol figure figcaption div'.split(' '),
);

interface OpenTag {
  name: string;
  /** The tag as it opened, to reopen it after a photo or video moved out of it. */
  raw: string;
  reopened?: boolean;
}

function attributes(raw: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of raw.matchAll(ATTR)) out[m[1]!] = m[2] ?? '';
  return out;
}

/**
 * Applies the allowlist to the editor's HTML. Pure: photos come back as references for
 * `prepareBody` to rebuild from the media library.
 */
export function sanitizeEditorHtml(input: string): SanitizedHtml {
  const clean = sanitizeHtml(nfc(input).replace(CONTROLS, ''), OPTIONS);
  const parts: (string | FigureRef)[] = [];
  let out = '';
  /** Open tags of the output, with the text that opened them (for reopening after a hoist). */
  const open: OpenTag[] = [];
  let wordsText = '';
  // Inside a photo: collecting its caption; inside a video: waiting for its iframe.
  let figure: { ref: FigureRef; depth: number; in: 'none' | 'caption' | 'credit' } | undefined;
  let video: { depth: number; src: string; width: string; height: string } | undefined;
  let skipIframe = 0;

  /** Closes `tag` in the output; a tag reopened after a hoist and still empty is removed instead. */
  const close = (tag: OpenTag, emptyGoes: boolean) => {
    if (emptyGoes && out.endsWith(tag.raw)) out = out.slice(0, -tag.raw.length);
    else out += `</${tag.name}>`;
  };
  /** Closes the phrasing tags around the current point, runs `emit`, and reopens them. */
  const hoisted = (emit: () => void) => {
    let cut = open.length;
    while (cut > 0 && PHRASING.has(open[cut - 1]!.name)) cut--;
    const reopen = open.splice(cut);
    for (let i = reopen.length - 1; i >= 0; i--) close(reopen[i]!, true);
    emit();
    for (const tag of reopen) {
      out += tag.raw;
      open.push({ ...tag, reopened: true });
    }
  };

  for (const m of clean.matchAll(TOKEN)) {
    const [token, slash, name, rawAttrs] = m;
    if (name === undefined) {
      // Text.
      if (skipIframe) continue;
      if (figure) {
        if (figure.in === 'credit') figure.ref.credit += token;
        else if (figure.in === 'caption') figure.ref.caption += token;
        continue;
      }
      if (video) continue;
      out += token;
      wordsText += token;
      continue;
    }
    const closing = slash === '/';
    if (name === 'iframe' && !video) {
      // An iframe outside a video block is dropped.
      skipIframe += closing ? -1 : 1;
      skipIframe = Math.max(0, skipIframe);
      continue;
    }
    if (figure) {
      if (name === 'figure') {
        figure.depth += closing ? -1 : 1;
        if (figure.depth === 0) {
          const ref = figure.ref;
          ref.caption = cleanText(decodeEntities(ref.caption)).replace(/\s+/g, ' ').slice(0, CAPTION_MAX);
          ref.credit = cleanText(decodeEntities(ref.credit)).replace(/\s+/g, ' ').slice(0, CAPTION_MAX);
          figure = undefined;
          // A figure naming no library photo at all is dropped.
          if (ref.mediaId !== null || ref.storedName !== null) {
            hoisted(() => {
              parts.push(out, ref);
              out = '';
            });
          }
        }
      } else if (name === 'img' && figure.ref.storedName === null) {
        const src = decodeEntities(attributes(rawAttrs ?? '').src ?? '');
        figure.ref.storedName = LIBRARY_FILE.exec(src)?.[1] ?? null;
      } else if (figure.depth === 1 && name === 'figcaption') {
        figure.in = closing ? 'none' : 'caption';
      } else if (figure.depth === 1 && name === 'span' && figure.in !== 'none') {
        figure.in = closing ? 'caption' : 'credit';
      }
      continue;
    }
    if (video) {
      if (name === 'div') {
        video.depth += closing ? -1 : 1;
        if (video.depth === 0) {
          const v = video;
          video = undefined;
          if (v.src) {
            hoisted(() => {
              out +=
                `<div data-youtube-video=""><iframe src="${escapeHtml(v.src)}" width="${v.width}" height="${v.height}"` +
                ` title="YouTube" allowfullscreen="true" loading="lazy"></iframe></div>`;
            });
          }
        }
      } else if (name === 'iframe' && !closing && !video.src) {
        const a = attributes(rawAttrs ?? '');
        video.src = decodeEntities(a.src ?? '');
        video.width = a.width ?? String(VIDEO_WIDTH);
        video.height = a.height ?? String(VIDEO_HEIGHT);
      }
      continue;
    }
    if (!closing && name === 'figure') {
      const id = attributes(rawAttrs ?? '')['data-media-id'];
      const ref: FigureRef = { mediaId: id ? Number(id) : null, storedName: null, caption: '', credit: '' };
      figure = { ref, depth: 1, in: 'none' };
      continue;
    }
    if (!closing && name === 'div') {
      video = { depth: 1, src: '', width: '', height: '' };
      continue;
    }
    // Outside a photo: images, captions and credits have no place; their text stays.
    if (name === 'img' || name === 'figcaption' || name === 'span' || name === 'div' || name === 'figure') {
      if (name === 'figcaption') wordsText += ' ';
      continue;
    }
    if (BLOCK_BREAKS.has(name)) wordsText += ' ';
    if (name === 'br') {
      out += '<br>';
      continue;
    }
    if (closing) {
      const at = open.map((t) => t.name).lastIndexOf(name);
      if (at === -1) continue;
      for (let i = open.length - 1; i >= at; i--) close(open[i]!, open[i]!.reopened === true);
      open.length = at;
      continue;
    }
    out += token;
    open.push({ name, raw: token });
  }
  for (let i = open.length - 1; i >= 0; i--) close(open[i]!, open[i]!.reopened === true);
  parts.push(out);
  return { parts: parts.filter((p) => p !== ''), words: countWords(decodeEntities(wordsText)) };
}

/**
 * Sanitises the editor's HTML and rebuilds its photos from the site's media library. Photos of
 * another site or no longer in the library are refused, and so is a photo without alt text
 * ("alt text required before use"), naming it. The error is on `field` (default `bodyHtml`).
 */
export async function prepareBody(
  database: Database,
  siteId: number,
  html: string,
  field = 'bodyHtml',
): Promise<PreparedBody> {
  if (html.length > BODY_HTML_MAX)
    throw invalid(field, 'validation.tooLong', { field: '@editorial.field.body', max: BODY_HTML_MAX });
  const sanitized = sanitizeEditorHtml(html);
  const refs = sanitized.parts.filter((p): p is FigureRef => typeof p !== 'string');
  const rows = await libraryMedia(
    database,
    siteId,
    [...new Set(refs.flatMap((r) => (r.mediaId === null ? [] : [r.mediaId])))],
    [...new Set(refs.flatMap((r) => (r.mediaId === null && r.storedName ? [r.storedName] : [])))],
  );
  const byId = new Map(rows.map((m) => [m.id, m]));
  const byFile = new Map(rows.map((m) => [m.stored_name, m]));
  const mediaIds: number[] = [];
  let out = '';
  for (const part of sanitized.parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const m = part.mediaId !== null ? byId.get(part.mediaId) : byFile.get(part.storedName ?? '');
    const figure = m
      ? figureHtml({ ...m, caption: part.caption || m.caption, credit: part.credit || m.credit })
      : '';
    if (!m || !figure)
      throw invalid(field, 'editorial.media.missing', { id: part.mediaId ?? part.storedName ?? '' });
    if (!cleanText(m.alt)) throw invalid(field, 'editorial.media.altRequired', { name: mediaName(m) });
    if (!mediaIds.includes(m.id)) mediaIds.push(m.id);
    out += `\n${figure}\n`;
  }
  return { html: out.replace(/^\n+|\n+$/g, '').replace(/\n{2,}/g, '\n'), words: sanitized.words, mediaIds };
}
