/**
 * Puts a TipTap editor in place of one body textarea: toolbar, link and video forms, image
 * picker, and the textarea (hidden, still in the form) kept in sync on every change and before
 * submit. See src/client/editor.ts for the page's side of the contract.
 */
import { Editor } from '@tiptap/core';
import { NodeSelection } from '@tiptap/pm/state';
import type { EditorLabels } from '../../features/articles/editor-labels.js';
import { h, uid } from './dom.js';
import { editorExtensions } from './extensions.js';
import type { FigureAttrs } from './figure.js';
import { normaliseTypedUrl } from './link.js';
import { MediaDialog, type MediaItem } from './media-dialog.js';
import { UrlPanel } from './panel.js';
import { type Tool, Toolbar } from './toolbar.js';
import { videoContent } from './video.js';

export function mountEditor(textarea: HTMLTextAreaElement): Editor {
  const labels = JSON.parse(textarea.dataset.labels ?? '{}') as EditorLabels;
  const baseId = textarea.id || uid('body');
  const editorId = `${baseId}-editor`;
  const hintId = `${baseId}-editor-hint`;

  // The field's label names the editor; clicking it focuses the text.
  const label = textarea.id ? document.querySelector<HTMLLabelElement>(`label[for="${textarea.id}"]`) : null;
  if (label && !label.id) label.id = `${baseId}-label`;
  const describedBy = [textarea.getAttribute('aria-describedby'), hintId].filter(Boolean).join(' ');

  const root = h('div', { class: 'editor' });
  const mount = h('div', { class: 'editor-frame' });
  let toolbar: Toolbar | undefined;
  let dialog: MediaDialog | undefined;
  const editor: Editor = new Editor({
    element: mount,
    content: textarea.value,
    injectCSS: false,
    extensions: editorExtensions(labels, {
      toolbar: () => toolbar?.focus(),
      link: () => openLink(),
    }),
    editorProps: {
      // Pasted Vietnamese often arrives decomposed (NFD); the platform stores NFC.
      transformPastedHTML: (pasted) => pasted.normalize('NFC'),
      transformPastedText: (pasted) => pasted.normalize('NFC'),
      attributes: {
        id: editorId,
        class: 'article-body editor-content',
        role: 'textbox',
        'aria-multiline': 'true',
        ...(label ? { 'aria-labelledby': label.id } : { 'aria-label': labels.toolbar }),
        'aria-describedby': describedBy,
        ...(textarea.getAttribute('aria-invalid') === 'true' ? { 'aria-invalid': 'true' } : {}),
      },
    },
  });

  const html = () => (editor.isEmpty ? '' : editor.getHTML());
  const sync = () => {
    textarea.value = html();
  };
  editor.on('update', () => {
    sync();
    // Lets the form's other islands (autosave) notice the change like a typed one.
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  });
  textarea.form?.addEventListener('submit', sync, true);
  label?.addEventListener('click', () => editor.commands.focus());

  // TipTap's focus command waits for the next frame; keys pressed meanwhile would go elsewhere.
  const focusNow = () => {
    if (!editor.view.hasFocus()) editor.view.focus();
  };
  const focusText = () => {
    focusNow();
    editor.commands.focus();
  };
  const chain = () => {
    focusNow();
    return editor.chain().focus();
  };
  const inTable = () => editor.isActive('table');

  const linkPanel = new UrlPanel({
    label: labels.linkUrl,
    submit: labels.linkApply,
    cancel: labels.cancel,
    extra: { label: labels.linkRemove, run: () => chain().extendMarkRange('link').unsetMark('link').run() },
    apply: (value) => {
      const href = normaliseTypedUrl(value);
      if (!href) return labels.linkInvalid;
      const { empty } = editor.state.selection;
      if (empty && !editor.isActive('link')) {
        chain()
          .insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] })
          .run();
      } else chain().extendMarkRange('link').setMark('link', { href }).run();
      return null;
    },
    onClose: focusText,
  });
  const videoPanel = new UrlPanel({
    label: labels.videoUrl,
    submit: labels.videoInsert,
    cancel: labels.cancel,
    apply: (value) => {
      const content = videoContent(value);
      if (!content) return labels.videoInvalid;
      insertBlock(content);
      return null;
    },
    onClose: focusText,
  });
  const linkTool: Tool = {
    label: labels.link,
    text: labels.link,
    popup: 'form',
    run: () => openLink(),
    active: () => editor.isActive('link'),
  };
  function openLink() {
    videoPanel.close(false);
    const href = editor.getAttributes('link').href as string | undefined;
    linkPanel.open(href ?? '', toolbar?.buttonOf(linkTool), !!href);
  }

  /**
   * Inserts a photo or a video and leaves the cursor in a paragraph after it, so that typing or
   * the next insertion goes after it instead of replacing it.
   */
  const insertBlock = (content: { type: string; attrs: Record<string, unknown> }) => {
    chain().insertContent(content).run();
    const { selection, doc } = editor.state;
    if (!(selection instanceof NodeSelection)) return;
    const after = selection.to;
    const next = chain();
    if (!doc.resolve(after).nodeAfter?.isTextblock) next.insertContentAt(after, { type: 'paragraph' });
    next.setTextSelection(after + 1).run();
  };

  const insertFigure = (item: MediaItem) => {
    const attrs: FigureAttrs = {
      mediaId: String(item.id),
      src: item.url,
      alt: item.alt,
      caption: item.caption ?? '',
      credit: item.credit ?? '',
    };
    insertBlock({ type: 'figure', attrs: { ...attrs } });
  };
  let imageButton: HTMLButtonElement | undefined;
  const openMedia = (button: HTMLButtonElement) => {
    imageButton = button;
    dialog ??= new MediaDialog({
      labels,
      listUrl: textarea.dataset.mediaListUrl ?? '',
      uploadUrl: textarea.dataset.uploadUrl ?? '',
      csrf: textarea.dataset.csrf ?? '',
      insert: insertFigure,
      onCancel: () => imageButton?.focus(),
    });
    dialog.open();
  };

  const tools: Tool[][] = [
    [
      {
        label: labels.paragraph,
        text: '¶',
        run: () => chain().setParagraph().run(),
        active: () => editor.isActive('paragraph') && !editor.isActive('listItem'),
      },
      {
        label: labels.heading2,
        text: 'H2',
        run: () => chain().toggleHeading({ level: 2 }).run(),
        active: () => editor.isActive('heading', { level: 2 }),
      },
      {
        label: labels.heading3,
        text: 'H3',
        run: () => chain().toggleHeading({ level: 3 }).run(),
        active: () => editor.isActive('heading', { level: 3 }),
      },
    ],
    [
      {
        label: labels.bold,
        text: 'B',
        className: 'is-bold',
        run: () => chain().toggleBold().run(),
        active: () => editor.isActive('bold'),
      },
      {
        label: labels.italic,
        text: 'I',
        className: 'is-italic',
        run: () => chain().toggleItalic().run(),
        active: () => editor.isActive('italic'),
      },
      {
        label: labels.underline,
        text: 'U',
        className: 'is-underline',
        run: () => chain().toggleUnderline().run(),
        active: () => editor.isActive('underline'),
      },
      linkTool,
    ],
    [
      {
        label: labels.bulletList,
        text: '•',
        run: () => chain().toggleBulletList().run(),
        active: () => editor.isActive('bulletList'),
      },
      {
        label: labels.orderedList,
        text: '1.',
        run: () => chain().toggleOrderedList().run(),
        active: () => editor.isActive('orderedList'),
      },
      {
        label: labels.quote,
        text: '“ ”',
        run: () => chain().toggleBlockquote().run(),
        active: () => editor.isActive('blockquote'),
      },
    ],
    [
      { label: labels.image, text: labels.imageShort, popup: 'dialog', run: openMedia },
      {
        label: labels.video,
        text: labels.videoShort,
        popup: 'form',
        run: (button) => {
          linkPanel.close(false);
          videoPanel.open('', button);
        },
      },
      {
        label: labels.table,
        text: labels.tableShort,
        run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run(),
        enabled: () => !inTable(),
      },
    ],
    [
      ['tableAddRow', () => chain().addRowAfter().run()] as const,
      ['tableDeleteRow', () => chain().deleteRow().run()] as const,
      ['tableAddColumn', () => chain().addColumnAfter().run()] as const,
      ['tableDeleteColumn', () => chain().deleteColumn().run()] as const,
      ['tableDelete', () => chain().deleteTable().run()] as const,
    ].map(([key, run]) => ({ label: labels[key], text: labels[key], run, visible: inTable })),
    [
      {
        label: labels.undo,
        text: '↶',
        run: () => chain().undo().run(),
        enabled: () => editor.can().undo(),
      },
      {
        label: labels.redo,
        text: '↷',
        run: () => chain().redo().run(),
        enabled: () => editor.can().redo(),
      },
    ],
  ];
  toolbar = new Toolbar(labels.toolbar, editorId, tools, focusText);
  editor.on('transaction', () => toolbar?.refresh());
  toolbar.refresh();

  root.append(
    toolbar.el,
    linkPanel.el,
    videoPanel.el,
    mount,
    h('p', { class: 'editor-hint', id: hintId }, labels.hint),
  );
  textarea.after(root);
  // Hidden but still in the form; `required` would block a submit the user cannot fix.
  textarea.hidden = true;
  textarea.removeAttribute('required');
  return editor;
}
