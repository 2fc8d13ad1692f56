/**
 * The image picker: a modal <dialog> (appended to <body>, outside the article form) with the
 * site's media library as a grid of buttons (arrow keys move between them, Enter inserts), a
 * search field, "more images" for the next page, and the upload form (upload-form.ts).
 *
 * Library: GET `listUrl` (&q=…, &page=N) → `{ items: [{ id, url, alt, caption, credit, width,
 * height }], total?, page?, pageSize? }`; only images with a description are offered.
 */
import type { EditorLabels } from '../../features/articles/editor-labels.js';
import { h, uid } from './dom.js';
import { UploadForm } from './upload-form.js';

export interface MediaItem {
  id: number | string;
  url: string;
  alt: string;
  caption?: string | null;
  credit?: string | null;
  width?: number;
  height?: number;
}

interface ListAnswer {
  items?: MediaItem[];
  total?: number;
  pageSize?: number;
}

export interface MediaDialogOptions {
  labels: EditorLabels;
  listUrl: string;
  uploadUrl: string;
  csrf: string;
  /** Puts the chosen or uploaded image into the body. */
  insert: (item: MediaItem) => void;
  /** Called after the dialog closed without inserting (focus goes back to the opener). */
  onCancel: () => void;
}

export class MediaDialog {
  private readonly dialog: HTMLDialogElement;
  private readonly grid: HTMLUListElement;
  private readonly status: HTMLElement;
  private readonly search: HTMLInputElement;
  private readonly more: HTMLButtonElement;
  private readonly upload: UploadForm;
  private inserted = false;
  /** Which load is the latest: the answers of older ones are dropped. */
  private round = 0;
  private page = 1;
  private searchTimer = 0;

  constructor(private readonly o: MediaDialogOptions) {
    const L = o.labels;
    const titleId = uid('editor-media-title');
    const searchId = uid('editor-media-search');
    this.status = h('p', { class: 'editor-media-status', role: 'status' });
    this.grid = h('ul', { class: 'editor-media-grid', 'aria-label': L.mediaLibrary });
    this.grid.addEventListener('keydown', (e) => this.onGridKey(e));
    this.search = h('input', { id: searchId, type: 'search', autocomplete: 'off' });
    this.search.addEventListener('input', () => {
      window.clearTimeout(this.searchTimer);
      this.searchTimer = window.setTimeout(() => void this.load(true), 300);
    });
    this.more = h('button', { type: 'button', class: 'editor-media-more', hidden: true }, L.mediaMore);
    this.more.addEventListener('click', () => {
      this.page += 1;
      void this.load(false);
    });
    this.upload = new UploadForm(L, o.uploadUrl, o.csrf, (item) => this.choose(item));

    const close = h(
      'button',
      { type: 'button', class: 'editor-media-close', 'aria-label': L.mediaClose },
      '×',
    );
    close.addEventListener('click', () => this.dialog.close());
    this.dialog = h(
      'dialog',
      { class: 'editor-media', 'aria-labelledby': titleId },
      h('div', { class: 'editor-media-head' }, h('h2', { id: titleId }, L.mediaTitle), close),
      h('div', { class: 'editor-media-search' }, h('label', { for: searchId }, L.mediaSearch), this.search),
      this.status,
      this.grid,
      this.more,
      this.upload.el,
    );
    this.dialog.addEventListener('close', () => {
      if (!this.inserted) o.onCancel();
    });
    document.body.append(this.dialog);
  }

  open(): void {
    this.inserted = false;
    this.search.value = '';
    this.upload.reset();
    this.dialog.showModal();
    void this.load(true);
  }

  /** Loads the first page again (`fresh`) or the next one, appending it. */
  private async load(fresh: boolean): Promise<void> {
    const round = ++this.round;
    const L = this.o.labels;
    if (fresh) {
      this.page = 1;
      this.grid.replaceChildren();
    }
    this.more.hidden = true;
    this.status.textContent = L.mediaLoading;
    const url = new URL(this.o.listUrl, window.location.href);
    const query = this.search.value.trim();
    if (query) url.searchParams.set('q', query);
    if (this.page > 1) url.searchParams.set('page', String(this.page));
    let answer: ListAnswer | undefined;
    try {
      const res = await fetch(url.href, { headers: { accept: 'application/json' } });
      if (res.ok) answer = (await res.json()) as ListAnswer;
    } catch {
      answer = undefined;
    }
    if (round !== this.round) return;
    if (!Array.isArray(answer?.items)) {
      this.status.textContent = L.mediaLoadError;
      return;
    }
    const before = this.grid.children.length;
    for (const item of answer.items) {
      if (item?.url && item.alt?.trim()) this.grid.append(h('li', {}, this.itemButton(item)));
    }
    const buttons = this.grid.querySelectorAll<HTMLButtonElement>('button');
    const shown = buttons.length;
    this.status.textContent = shown ? '' : query ? L.mediaNoMatch : L.mediaEmpty;
    this.more.hidden =
      typeof answer.total === 'number'
        ? this.page * (answer.pageSize ?? answer.items.length) >= answer.total
        : !answer.pageSize || answer.items.length < answer.pageSize;
    if (before === 0) buttons[0]?.setAttribute('tabindex', '0');
    const active = document.activeElement;
    if (!fresh) buttons[before]?.focus();
    // On opening, move to the first image unless the user has gone elsewhere meanwhile.
    else if (!active || active === this.dialog || active.classList.contains('editor-media-close')) {
      buttons[0]?.focus();
    }
  }

  private itemButton(item: MediaItem): HTMLButtonElement {
    const button = h(
      'button',
      { type: 'button', class: 'editor-media-item', tabindex: -1 },
      h('img', { src: item.url, alt: '', loading: 'lazy', width: item.width, height: item.height }),
      h('span', {}, item.alt),
    );
    button.addEventListener('click', () => this.choose(item));
    return button;
  }

  private onGridKey(e: KeyboardEvent): void {
    const buttons = [...this.grid.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0) return;
    const top = buttons[0]!.offsetTop;
    const perRow = Math.max(1, buttons.filter((b) => b.offsetTop === top).length);
    const moves: Record<string, number> = {
      ArrowRight: at + 1,
      ArrowLeft: at - 1,
      ArrowDown: at + perRow,
      ArrowUp: at - perRow,
      Home: 0,
      End: buttons.length - 1,
    };
    const next = moves[e.key];
    if (next === undefined) return;
    e.preventDefault();
    const target = buttons[Math.min(buttons.length - 1, Math.max(0, next))]!;
    for (const b of buttons) b.tabIndex = b === target ? 0 : -1;
    target.focus();
  }

  private choose(item: MediaItem): void {
    this.inserted = true;
    this.dialog.close();
    this.o.insert(item);
  }
}
