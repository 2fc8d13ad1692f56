/**
 * The upload part of the image dialog: pick or drop a file, a required description (alt text),
 * caption and credit; POST multipart to the upload URL with the x-csrf-token header.
 * The answer is `{ item: {…} }` or `{ error: { code, message, field? } }`: the message is shown
 * next to its field when it names one, else above the button.
 */
import type { EditorLabels } from '../../features/articles/editor-labels.js';
import { h, uid } from './dom.js';
import type { MediaItem } from './media-dialog.js';

const FIELDS = ['file', 'alt', 'caption', 'credit'] as const;
type FieldName = (typeof FIELDS)[number];

interface UploadAnswer {
  item?: MediaItem;
  error?: { code?: string; message?: string; field?: string };
}

export class UploadForm {
  readonly el: HTMLFormElement;
  private readonly fields = {} as Record<FieldName, HTMLInputElement>;
  private readonly errors = {} as Record<FieldName, HTMLElement>;
  private readonly fileName: HTMLElement;
  private readonly formError: HTMLElement;
  private readonly submit: HTMLButtonElement;

  constructor(
    private readonly labels: EditorLabels,
    private readonly uploadUrl: string,
    private readonly csrf: string,
    private readonly uploaded: (item: MediaItem) => void,
  ) {
    const L = labels;
    const field = (name: FieldName, label: string, attrs = {}) => {
      const id = uid(`editor-upload-${name}`);
      const input = h('input', { id, name, type: 'text', autocomplete: 'off', ...attrs });
      const error = h('p', { class: 'field-error', id: `${id}-error` });
      this.fields[name] = input;
      this.errors[name] = error;
      return h('div', { class: 'field' }, h('label', { for: id }, label), input, error);
    };
    const file = field('file', L.uploadFile, { type: 'file', accept: 'image/jpeg,image/png,image/webp' });
    const alt = field('alt', L.uploadAlt, { required: true, 'aria-required': 'true' });
    const altHint = h('p', { class: 'field-hint', id: `${this.fields.alt.id}-hint` }, L.uploadAltHint);
    this.fields.alt.setAttribute('aria-describedby', altHint.id);
    alt.insertBefore(altHint, this.fields.alt);

    this.fileName = h('p', { class: 'editor-drop-name' });
    const drop = h('div', { class: 'editor-drop' }, file, h('p', {}, L.uploadDrop), this.fileName);
    drop.addEventListener('dragover', (e) => {
      e.preventDefault();
      drop.classList.add('is-over');
    });
    drop.addEventListener('dragleave', () => drop.classList.remove('is-over'));
    drop.addEventListener('drop', (e) => {
      e.preventDefault();
      drop.classList.remove('is-over');
      if (e.dataTransfer?.files.length) {
        this.fields.file.files = e.dataTransfer.files;
        this.showFileName();
      }
    });
    this.fields.file.addEventListener('change', () => this.showFileName());

    this.formError = h('p', { class: 'form-error', role: 'alert', hidden: true });
    this.submit = h('button', { type: 'submit', class: 'editor-upload-submit' }, L.uploadSubmit);
    const title = uid('editor-upload-title');
    this.el = h(
      'form',
      { class: 'editor-upload', novalidate: true, 'aria-labelledby': title },
      h('h3', { id: title }, L.uploadTitle),
      drop,
      alt,
      field('caption', L.uploadCaption),
      field('credit', L.uploadCredit),
      this.formError,
      this.submit,
    );
    this.el.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.send();
    });
  }

  reset(): void {
    this.el.reset();
    this.fileName.textContent = '';
    this.clearErrors();
  }

  private showFileName(): void {
    this.fileName.textContent = this.fields.file.files?.[0]?.name ?? '';
  }

  private clearErrors(): void {
    this.formError.hidden = true;
    this.formError.textContent = '';
    for (const name of FIELDS) this.fieldError(name, '');
  }

  private fieldError(name: FieldName, message: string): void {
    const input = this.fields[name];
    const error = this.errors[name];
    error.textContent = message;
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .filter((id) => id && id !== error.id);
    if (message) {
      input.setAttribute('aria-invalid', 'true');
      described.push(error.id);
    } else input.removeAttribute('aria-invalid');
    if (described.length) input.setAttribute('aria-describedby', described.join(' '));
    else input.removeAttribute('aria-describedby');
  }

  private showError(message: string, field?: string): void {
    const name = FIELDS.find((f) => f === field);
    if (name) {
      this.fieldError(name, message);
      this.fields[name].focus();
    } else {
      this.formError.textContent = message;
      this.formError.hidden = false;
    }
  }

  private async send(): Promise<void> {
    const L = this.labels;
    this.clearErrors();
    const { file, alt } = this.fields;
    const missing: HTMLInputElement[] = [];
    if (!file.files?.length) {
      this.fieldError('file', L.uploadFileRequired);
      missing.push(file);
    }
    if (!alt.value.trim()) {
      this.fieldError('alt', L.uploadAltRequired);
      missing.push(alt);
    }
    if (missing.length) {
      missing[0]!.focus();
      return;
    }
    this.submit.disabled = true;
    this.submit.textContent = L.uploadSending;
    try {
      const res = await fetch(this.uploadUrl, {
        method: 'POST',
        headers: { 'x-csrf-token': this.csrf, accept: 'application/json' },
        body: new FormData(this.el),
      });
      const answer = (await res.json().catch(() => undefined)) as UploadAnswer | undefined;
      if (res.ok && answer?.item) this.uploaded(answer.item);
      else this.showError(answer?.error?.message ?? L.uploadFailed, answer?.error?.field);
    } catch {
      this.showError(L.uploadFailed);
    } finally {
      this.submit.disabled = false;
      this.submit.textContent = L.uploadSubmit;
    }
  }
}
