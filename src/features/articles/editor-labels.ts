/**
 * The strings of the article editor's browser islands, taken from the catalogue (part `editor`).
 * The edit page passes them as JSON: `data-labels` on the body textarea (`editorLabels`) and
 * `data-autosave-labels` on the article form (`autosaveLabels`). The islands import only the types.
 */
import { type Lang, type MessageKey, t } from '../../platform/i18n/index.js';

const EDITOR_KEYS = {
  toolbar: 'editor.toolbar',
  hint: 'editor.hint',
  paragraph: 'editor.paragraph',
  heading2: 'editor.heading2',
  heading3: 'editor.heading3',
  bold: 'editor.bold',
  italic: 'editor.italic',
  underline: 'editor.underline',
  bulletList: 'editor.bulletList',
  orderedList: 'editor.orderedList',
  quote: 'editor.quote',
  link: 'editor.link',
  linkUrl: 'editor.link.url',
  linkApply: 'editor.link.apply',
  linkRemove: 'editor.link.remove',
  linkInvalid: 'editor.link.invalid',
  cancel: 'editor.cancel',
  table: 'editor.table',
  tableShort: 'editor.table.short',
  tableAddRow: 'editor.table.addRow',
  tableDeleteRow: 'editor.table.deleteRow',
  tableAddColumn: 'editor.table.addColumn',
  tableDeleteColumn: 'editor.table.deleteColumn',
  tableDelete: 'editor.table.delete',
  image: 'editor.image',
  imageShort: 'editor.image.short',
  video: 'editor.video',
  videoShort: 'editor.video.short',
  videoUrl: 'editor.video.url',
  videoInsert: 'editor.video.insert',
  videoInvalid: 'editor.video.invalid',
  videoTitle: 'editor.video.title',
  undo: 'editor.undo',
  redo: 'editor.redo',
  figureCaption: 'editor.figure.caption',
  figureCredit: 'editor.figure.credit',
  figureRemove: 'editor.figure.remove',
  mediaTitle: 'editor.media.title',
  mediaLibrary: 'editor.media.library',
  mediaClose: 'editor.media.close',
  mediaLoading: 'editor.media.loading',
  mediaSearch: 'editor.media.search',
  mediaMore: 'editor.media.more',
  mediaNoMatch: 'editor.media.noMatch',
  mediaEmpty: 'editor.media.empty',
  mediaLoadError: 'editor.media.loadError',
  uploadTitle: 'editor.upload.title',
  uploadFile: 'editor.upload.file',
  uploadDrop: 'editor.upload.drop',
  uploadAlt: 'editor.upload.alt',
  uploadAltHint: 'editor.upload.altHint',
  uploadCaption: 'editor.upload.caption',
  uploadCredit: 'editor.upload.credit',
  uploadSubmit: 'editor.upload.submit',
  uploadSending: 'editor.upload.sending',
  uploadFileRequired: 'editor.upload.fileRequired',
  uploadAltRequired: 'editor.upload.altRequired',
  uploadFailed: 'editor.upload.failed',
} as const satisfies Record<string, MessageKey>;

const AUTOSAVE_KEYS = {
  saving: 'editor.autosave.saving',
  saved: 'editor.autosave.saved',
  failed: 'editor.autosave.failed',
  offline: 'editor.autosave.offline',
  stopped: 'editor.autosave.stopped',
  leave: 'editor.autosave.leave',
} as const satisfies Record<string, MessageKey>;

export type EditorLabels = { [K in keyof typeof EDITOR_KEYS]: string };
/** `saved` keeps its `{time}` placeholder and `failed` its `{message}`: the island fills them. */
export type AutosaveLabels = { [K in keyof typeof AUTOSAVE_KEYS]: string };

function pick<K extends string>(lang: Lang, keys: Record<K, MessageKey>): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const name of Object.keys(keys) as K[]) out[name] = t(lang, keys[name]);
  return out;
}

/** Every string of the editor island (src/client/editor.ts), for the textarea's `data-labels`. */
export function editorLabels(lang: Lang): EditorLabels {
  return pick(lang, EDITOR_KEYS);
}

/** Every string of the autosave island (src/client/article-form.ts), for `data-autosave-labels`. */
export function autosaveLabels(lang: Lang): AutosaveLabels {
  return pick(lang, AUTOSAVE_KEYS);
}
