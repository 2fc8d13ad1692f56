/**
 * Browser island: the rich-text editor of the article form (TipTap), in place of the body textarea.
 *
 * The page's side of the contract. The article edit page loads this island and the autosave one
 * (`scripts: [clientScript('editor'), clientScript('article-form')]` in renderAdminPage; the styles
 * are in admin.css already) and renders, inside the article form (see article-form.ts):
 *
 *   <label for="body_html">…</label>
 *   <textarea name="body_html" id="body_html" data-editor
 *     data-labels='JSON of editorLabels(lang)'      (features/articles/editor-labels.ts)
 *     data-media-list-url="…"    GET → { items: [{ id, url, alt, caption, credit, width, height }] },
 *                                only media that have alt text
 *     data-upload-url="…"        POST multipart (file, alt, caption, credit), header x-csrf-token
 *                                → { item: {…same fields} } or { error: { code, message, field? } }
 *     data-csrf="…">…the stored body HTML…</textarea>
 *
 * Without JavaScript the textarea itself is the editor (raw HTML, sanitised by the server).
 * With it, this island:
 * - hides the textarea (it stays in the form) and shows a toolbar and an editable area named by
 *   the textarea's <label> and described by its hint and error (aria-describedby and aria-invalid
 *   are carried over);
 * - writes the body HTML back into the textarea on every change (and fires `input` on it) and on
 *   submit; until the first change the textarea keeps exactly what the server sent; an empty body
 *   is '';
 * - toolbar (role=toolbar, one tab stop, arrow keys, Home, End; Alt+F10 from the text, Esc back):
 *   paragraph, heading 2/3, bold, italic, underline, link (inline form, http/https/mailto only;
 *   Ctrl+K), bulleted and numbered lists, quote, image from the media library (a dialog that also
 *   uploads), YouTube video, table (3×3 with a header row; add/remove row and column, delete),
 *   undo, redo. Photos have their caption and credit as fields in the text.
 *
 * The HTML it writes, which the server's sanitiser (features/articles/sanitize.ts) accepts:
 *   p, br, h2, h3 (h4 kept when loaded; h1 → h2, h5/h6 → h4), strong, em, u,
 *   a[href] (http, https, mailto; site-relative paths and #anchors are kept when loaded),
 *   ul, ol[start], li, blockquote, table > tbody > tr > th|td[colspan][rowspan] (cells hold p),
 *   <figure data-media-id="ID"><img src="URL" alt="ALT"><figcaption>CAPTION <span class="credit">CREDIT</span></figcaption></figure>
 *     (stored figures, `<figure class="photo" data-media-id><picture>…`, load as the same),
 *   <div data-youtube-video=""><iframe src="https://www.youtube-nocookie.com/embed/ID[?start=N]"
 *     width="640" height="360" allowfullscreen="true" title="…"></iframe></div>
 */
import { mountEditor } from './editor/mount.js';

function start(): void {
  for (const textarea of document.querySelectorAll<HTMLTextAreaElement>('textarea[data-editor]')) {
    if (textarea.dataset.editorMounted) continue;
    textarea.dataset.editorMounted = '1';
    mountEditor(textarea);
  }
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
