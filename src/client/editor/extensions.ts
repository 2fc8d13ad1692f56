/**
 * The editor's schema: exactly what an article body may hold, each piece imported on its own
 * (not through StarterKit, so code blocks, strike-through, rules and linkify stay out of the bundle).
 * Tables, figures and videos render clean markup, without the inline styles TipTap would add.
 */
import { type AnyExtension, Extension, mergeAttributes } from '@tiptap/core';
import Blockquote from '@tiptap/extension-blockquote';
import Bold from '@tiptap/extension-bold';
import Document from '@tiptap/extension-document';
import HardBreak from '@tiptap/extension-hard-break';
import Heading from '@tiptap/extension-heading';
import Italic from '@tiptap/extension-italic';
// Sub-path imports: these packages do not declare themselves free of side effects, so importing
// their index would bundle task lists, drop cursors and the rest as well.
import { BulletList } from '@tiptap/extension-list/bullet-list';
import { ListItem } from '@tiptap/extension-list/item';
import { ListKeymap } from '@tiptap/extension-list/keymap';
import { OrderedList } from '@tiptap/extension-list/ordered-list';
import Paragraph from '@tiptap/extension-paragraph';
import { TableCell } from '@tiptap/extension-table/cell';
import { TableHeader } from '@tiptap/extension-table/header';
import { TableRow } from '@tiptap/extension-table/row';
import { Table } from '@tiptap/extension-table/table';
import Text from '@tiptap/extension-text';
import Underline from '@tiptap/extension-underline';
import { Gapcursor } from '@tiptap/extensions/gap-cursor';
import { UndoRedo } from '@tiptap/extensions/undo-redo';
import type { EditorLabels } from '../../features/articles/editor-labels.js';
import { Figure } from './figure.js';
import { Link } from './link.js';
import { Video } from './video.js';

/** colspan/rowspan written only when a cell really spans. */
function span(name: 'colspan' | 'rowspan') {
  return {
    default: 1,
    parseHTML: (el: HTMLElement) => Math.max(1, Number(el.getAttribute(name)) || 1),
    renderHTML: (attrs: Record<string, unknown>) =>
      Number(attrs[name]) > 1 ? { [name]: String(attrs[name]) } : {},
  };
}

const cleanCell = {
  addAttributes(this: { parent?: () => Record<string, unknown> }) {
    return { ...this.parent?.(), colspan: span('colspan'), rowspan: span('rowspan') };
  },
};

export interface EditorKeys {
  /** Alt+F10: move to the toolbar. */
  toolbar: () => void;
  /** Ctrl/Cmd+K: open the link form. */
  link: () => void;
}

export function editorExtensions(labels: EditorLabels, keys: EditorKeys): AnyExtension[] {
  return [
    Document,
    Paragraph,
    Text,
    HardBreak,
    // h2 and h3 from the toolbar, h4 kept when a body has one (the page's title is the h1);
    // other levels load as the nearest of these, as the server's sanitiser maps them.
    Heading.extend({
      parseHTML() {
        return [1, 2, 3, 4, 5, 6].map((n) => ({
          tag: `h${n}`,
          attrs: { level: Math.min(4, Math.max(2, n)) },
        }));
      },
    }).configure({ levels: [2, 3, 4] }),
    Bold,
    Italic,
    Underline,
    Blockquote,
    BulletList,
    OrderedList,
    ListItem,
    ListKeymap,
    Link,
    Table.extend({
      renderHTML({ HTMLAttributes }) {
        return ['table', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes), ['tbody', 0]];
      },
    }).configure({ resizable: false }),
    TableRow,
    TableHeader.extend(cleanCell),
    TableCell.extend(cleanCell),
    Figure.configure({ labels }),
    Video.configure({ title: labels.videoTitle }),
    Gapcursor,
    UndoRedo,
    Extension.create({
      name: 'loaKeys',
      addKeyboardShortcuts: () => ({
        'Alt-F10': () => {
          keys.toolbar();
          return true;
        },
        'Mod-k': () => {
          keys.link();
          return true;
        },
      }),
    }),
  ];
}
