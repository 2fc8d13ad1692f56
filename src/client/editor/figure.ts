/**
 * The photo of an article body: a figure node holding a media-library image with its caption and
 * photo credit. It renders (and parses back) exactly
 *   <figure data-media-id="ID"><img src="URL" alt="ALT"><figcaption>CAPTION <span class="credit">CREDIT</span></figcaption></figure>
 * (no figcaption when both are empty, no span without a credit). Older bodies' figures
 * (`<figure class="photo"><picture>…<img>…</picture>…`) and bare images load as figures too.
 * In the editor the caption and the credit are two labelled text fields under the image.
 */
import { Node, type NodeViewRendererProps } from '@tiptap/core';
import type { Node as PMNode } from '@tiptap/pm/model';
import { h, onEnter } from './dom.js';

export interface FigureAttrs {
  mediaId: string | null;
  src: string;
  alt: string;
  caption: string;
  credit: string;
}

export interface FigureLabels {
  figureCaption: string;
  figureCredit: string;
  figureRemove: string;
}

const squash = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function imageOf(el: HTMLElement): HTMLImageElement | null {
  return el.tagName === 'IMG' ? (el as HTMLImageElement) : el.querySelector('img');
}

function captionParts(el: HTMLElement): { caption: string; credit: string } {
  const figcaption = el.tagName === 'FIGURE' ? el.querySelector('figcaption') : null;
  if (!figcaption) return { caption: '', credit: '' };
  const copy = figcaption.cloneNode(true) as HTMLElement;
  const credits = [...copy.querySelectorAll('.credit')];
  const credit = squash(credits.map((c) => c.textContent).join(' '));
  for (const c of credits) c.remove();
  return { caption: squash(copy.textContent), credit };
}

export function figureHtmlSpec(attrs: FigureAttrs) {
  const caption: (string | unknown[])[] = [];
  if (attrs.caption) caption.push(attrs.credit ? `${attrs.caption} ` : attrs.caption);
  if (attrs.credit) caption.push(['span', { class: 'credit' }, attrs.credit]);
  return [
    'figure',
    attrs.mediaId ? { 'data-media-id': attrs.mediaId } : {},
    ['img', { src: attrs.src, alt: attrs.alt }],
    ...(caption.length ? [['figcaption', {}, ...caption]] : []),
  ] as const;
}

export const Figure = Node.create<{ labels: FigureLabels }>({
  name: 'figure',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: false,
  isolating: true,

  addOptions() {
    return { labels: { figureCaption: '', figureCredit: '', figureRemove: '' } };
  },

  addAttributes() {
    return {
      mediaId: {
        default: null,
        parseHTML: (el) => el.getAttribute('data-media-id') || null,
      },
      src: { default: '', parseHTML: (el) => imageOf(el)?.getAttribute('src') ?? '' },
      alt: { default: '', parseHTML: (el) => squash(imageOf(el)?.getAttribute('alt')) },
      caption: { default: '', parseHTML: (el) => captionParts(el).caption },
      credit: { default: '', parseHTML: (el) => captionParts(el).credit },
    };
  },

  parseHTML() {
    return [
      { tag: 'figure', getAttrs: (el) => (imageOf(el as HTMLElement)?.getAttribute('src') ? null : false) },
      // A bare image (older bodies, pasted text) becomes a figure without a caption.
      { tag: 'img[src]', priority: 40 },
    ];
  },

  renderHTML({ node }) {
    // ProseMirror's DOMOutputSpec type is recursive; the spec built above is one.
    return figureHtmlSpec(node.attrs as FigureAttrs) as never;
  },

  addNodeView() {
    const labels = this.options.labels;
    return (props: NodeViewRendererProps) => new FigureView(props, labels);
  },
});

type Field = 'caption' | 'credit';

class FigureView {
  dom: HTMLElement;
  private node: PMNode;
  private readonly img: HTMLImageElement;
  private readonly inputs: Record<Field, HTMLInputElement>;

  constructor(
    private readonly props: NodeViewRendererProps,
    labels: FigureLabels,
  ) {
    this.node = props.node;
    this.img = h('img', { alt: '' });
    const field = (name: Field, label: string) => {
      const input = h('input', { type: 'text', class: `editor-figure-${name}`, autocomplete: 'off' });
      input.addEventListener('input', () => this.set(name, input.value));
      // Enter would submit the article form; go back to the text after the photo instead.
      onEnter(input, () => this.leave());
      return { input, wrap: h('label', {}, h('span', {}, label), input) };
    };
    const caption = field('caption', labels.figureCaption);
    const credit = field('credit', labels.figureCredit);
    this.inputs = { caption: caption.input, credit: credit.input };
    const remove = h('button', { type: 'button', class: 'editor-figure-remove' }, labels.figureRemove);
    remove.addEventListener('click', () => this.remove());
    this.dom = h(
      'figure',
      { class: 'editor-figure', contenteditable: 'false' },
      this.img,
      h('div', { class: 'editor-figure-fields' }, caption.wrap, credit.wrap, remove),
    );
    this.render();
  }

  private get attrs(): FigureAttrs {
    return this.node.attrs as FigureAttrs;
  }

  private render(): void {
    const { src, alt, mediaId, caption, credit } = this.attrs;
    if (this.img.getAttribute('src') !== src) this.img.setAttribute('src', src);
    this.img.alt = alt;
    if (mediaId) this.dom.setAttribute('data-media-id', mediaId);
    else this.dom.removeAttribute('data-media-id');
    for (const [name, value] of [
      ['caption', caption],
      ['credit', credit],
    ] as const) {
      const input = this.inputs[name];
      if (input.value !== value && document.activeElement !== input) input.value = value;
    }
  }

  private position(): number | undefined {
    const pos = this.props.getPos();
    return typeof pos === 'number' ? pos : undefined;
  }

  private set(name: Field, value: string): void {
    const pos = this.position();
    if (pos === undefined) return;
    const { view } = this.props.editor;
    view.dispatch(view.state.tr.setNodeAttribute(pos, name, value.replace(/\s+/g, ' ').normalize('NFC')));
  }

  private leave(): void {
    const pos = this.position();
    if (pos === undefined) return;
    const after = pos + this.node.nodeSize;
    const chain = this.props.editor.chain();
    if (!this.props.editor.state.doc.resolve(after).nodeAfter?.isTextblock) {
      chain.insertContentAt(after, { type: 'paragraph' });
    }
    chain.focus(after + 1).run();
  }

  private remove(): void {
    const pos = this.position();
    if (pos === undefined) return;
    this.props.editor
      .chain()
      .focus()
      .deleteRange({ from: pos, to: pos + this.node.nodeSize })
      .run();
  }

  update(node: PMNode): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  stopEvent(event: Event): boolean {
    const target = event.target as HTMLElement | null;
    return !!target && target !== this.dom && (target.tagName === 'INPUT' || target.tagName === 'BUTTON');
  }

  ignoreMutation(): boolean {
    return true;
  }
}
