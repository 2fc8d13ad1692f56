/**
 * YouTube videos: TipTap's youtube node, always pointing at youtube-nocookie.com (no tracking
 * cookies for readers) and stored as clean markup:
 *   <div data-youtube-video=""><iframe src="https://www.youtube-nocookie.com/embed/ID" width="640"
 *     height="360" allowfullscreen="true" title="…"></iframe></div>
 * In the editor the video is a labelled placeholder, not an iframe: nothing is loaded from YouTube
 * while writing (slow lines, and the admin's CSP allows no frames from elsewhere).
 */
import Youtube, { type YoutubeOptions } from '@tiptap/extension-youtube';
import { h } from './dom.js';

const ID = /^[\w-]{11}$/;

/** The video id and start time (seconds) of a YouTube address, or null when it is not one. */
export function parseYoutube(address: string): { id: string; start: number } | null {
  let url: URL;
  try {
    url = new URL(/^[a-z]+:/i.test(address.trim()) ? address.trim() : `https://${address.trim()}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.replace(/^(www|m|music)\./, '');
  const path = url.pathname.split('/').filter(Boolean);
  let id: string | undefined;
  if (host === 'youtu.be') id = path[0];
  else if (host === 'youtube.com' || host === 'youtube-nocookie.com') {
    if (path[0] === 'watch') id = url.searchParams.get('v') ?? undefined;
    else if (['embed', 'shorts', 'live', 'v'].includes(path[0] ?? '')) id = path[1];
  }
  if (!id || !ID.test(id)) return null;
  return { id, start: parseStart(url.searchParams.get('t') ?? url.searchParams.get('start')) };
}

function parseStart(value: string | null): number {
  if (!value) return 0;
  if (/^\d+$/.test(value)) return Number(value);
  const m = /^(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(value);
  return m ? Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0) : 0;
}

export function embedUrl(id: string, start: number): string {
  return `https://www.youtube-nocookie.com/embed/${id}${start ? `?start=${start}` : ''}`;
}

function watchUrl(src: string): string {
  const found = parseYoutube(src);
  return found ? `https://youtu.be/${found.id}${found.start ? `?t=${found.start}` : ''}` : src;
}

export const Video = Youtube.extend<YoutubeOptions & { title: string }>({
  addOptions() {
    return { ...this.parent!(), nocookie: true, width: 640, height: 360, title: '' };
  },

  addAttributes() {
    return {
      // Whatever YouTube address was stored, keep the nocookie embed address.
      src: {
        default: null,
        parseHTML: (el) => {
          const found = parseYoutube(el.getAttribute('src') ?? '');
          return found ? embedUrl(found.id, found.start) : null;
        },
      },
      start: { default: 0 },
    };
  },

  parseHTML() {
    const youtubeOnly = (el: HTMLElement | string) =>
      parseYoutube((el as HTMLElement).getAttribute('src') ?? '') ? null : false;
    return [
      { tag: 'div[data-youtube-video] iframe', getAttrs: youtubeOnly },
      { tag: 'iframe[src]', priority: 40, getAttrs: youtubeOnly },
    ];
  },

  renderHTML({ node }) {
    return [
      'div',
      { 'data-youtube-video': '' },
      [
        'iframe',
        {
          src: node.attrs.src,
          width: this.options.width,
          height: this.options.height,
          allowfullscreen: 'true',
          title: this.options.title,
        },
      ],
    ];
  },

  addNodeView() {
    const title = this.options.title;
    return ({ node }) => {
      const address = h('span', { class: 'editor-video-url' });
      const dom = h(
        'div',
        { class: 'editor-video', contenteditable: 'false' },
        h('span', { class: 'editor-video-title' }, title),
        address,
      );
      address.textContent = watchUrl(node.attrs.src ?? '');
      return {
        dom,
        update: (next) => {
          if (next.type !== node.type) return false;
          address.textContent = watchUrl(next.attrs.src ?? '');
          return true;
        },
      };
    };
  },
}).configure({ addPasteHandler: false });

/** The node to insert for what the editor typed, or null when it is not a YouTube address. */
export function videoContent(address: string) {
  const found = parseYoutube(address);
  return found
    ? { type: 'youtube', attrs: { src: embedUrl(found.id, found.start), start: found.start } }
    : null;
}
