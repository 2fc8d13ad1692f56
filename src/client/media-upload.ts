/**
 * Media library island: enhances the plain multipart upload form with drag and drop (one or several
 * images), an upload progress bar and messages read out by screen readers. Uploads go to the JSON
 * API with the session's CSRF token; without JavaScript the form posts as it is.
 */

interface UploadForm {
  form: HTMLFormElement;
  input: HTMLInputElement;
  drop: HTMLElement;
  progress: HTMLProgressElement;
  status: HTMLElement;
  button: HTMLButtonElement | null;
}

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

function fieldValue(form: HTMLFormElement, name: string): string {
  const el = form.elements.namedItem(name);
  return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : '';
}

function say(ui: UploadForm, text: string, isError = false): void {
  ui.status.textContent = text;
  ui.status.classList.toggle('field-error', isError);
}

interface Result {
  ok: boolean;
  id?: number;
  alt?: string;
  message?: string;
}

function send(ui: UploadForm, file: File): Promise<Result> {
  const { form } = ui;
  const data = new FormData();
  data.append('alt', fieldValue(form, 'alt'));
  data.append('caption', fieldValue(form, 'caption'));
  data.append('credit', fieldValue(form, 'credit'));
  data.append('file', file, file.name);
  const msg = form.dataset;
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', msg.api || '');
    xhr.setRequestHeader('x-csrf-token', fieldValue(form, '_csrf'));
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (!e.lengthComputable) return;
      const percent = Math.round((e.loaded / e.total) * 100);
      ui.progress.value = percent;
      say(ui, fill(msg.msgProgress || '', { name: file.name, percent }));
      if (percent === 100) say(ui, fill(msg.msgProcessing || '', { name: file.name }));
    };
    xhr.onload = () => {
      let body: { item?: { id: number; alt: string }; error?: { message?: string } } = {};
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: keep the status line
      }
      if (xhr.status === 201 && body.item) resolve({ ok: true, id: body.item.id, alt: body.item.alt });
      else resolve({ ok: false, message: body.error?.message || xhr.statusText });
    };
    xhr.onerror = () => resolve({ ok: false, message: xhr.statusText || 'network' });
    xhr.send(data);
  });
}

async function uploadAll(ui: UploadForm, files: File[]): Promise<void> {
  const { form } = ui;
  const msg = form.dataset;
  ui.progress.hidden = false;
  if (ui.button) ui.button.disabled = true;
  const done: Result[] = [];
  const failures: string[] = [];
  for (const file of files) {
    ui.progress.value = 0;
    const result = await send(ui, file);
    if (result.ok) done.push(result);
    else failures.push(fill(msg.msgFailed || '', { name: file.name, message: result.message || '' }));
  }
  if (ui.button) ui.button.disabled = false;
  ui.progress.hidden = true;
  if (failures.length > 0) {
    say(ui, failures.join(' '), true);
    ui.input.setAttribute('aria-invalid', 'true');
    ui.input.focus();
    return;
  }
  if (done.length === 1) {
    window.location.assign(`${msg.edit}${done[0]!.id}?uploaded=1`);
  } else {
    say(ui, fill(msg.msgDoneMany || '', { count: done.length }));
    const needsAlt = done.some((r) => !r.alt);
    window.location.assign(`${form.action}${needsAlt ? '?filter=noAlt' : ''}`);
  }
}

function enhance(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="file"]');
  const drop = form.querySelector<HTMLElement>('.media-drop');
  const progress = form.querySelector<HTMLProgressElement>('.media-progress');
  const status = form.querySelector<HTMLElement>('.media-upload-status');
  if (!input || !drop || !progress || !status || !form.dataset.api) return;
  const ui: UploadForm = {
    form,
    input,
    drop,
    progress,
    status,
    button: form.querySelector('button[type="submit"]'),
  };
  let dropped: File[] = [];

  input.multiple = true;
  drop.classList.add('is-enhanced');
  const hint = document.createElement('p');
  hint.className = 'media-drop-text';
  hint.textContent = drop.dataset.dropText || '';
  drop.insertBefore(hint, input);

  const over = (on: boolean) => (e: DragEvent) => {
    e.preventDefault();
    drop.classList.toggle('is-over', on);
  };
  drop.addEventListener('dragenter', over(true));
  drop.addEventListener('dragover', over(true));
  drop.addEventListener('dragleave', over(false));
  drop.addEventListener('drop', (e: DragEvent) => {
    e.preventDefault();
    drop.classList.remove('is-over');
    const files = e.dataTransfer ? Array.from(e.dataTransfer.files) : [];
    if (files.length === 0) return;
    dropped = files;
    input.required = false;
    say(ui, files.map((f) => f.name).join(', '));
    void uploadAll(ui, files);
  });
  input.addEventListener('change', () => {
    dropped = [];
    input.removeAttribute('aria-invalid');
  });

  form.addEventListener('submit', (e) => {
    const files = input.files && input.files.length > 0 ? Array.from(input.files) : dropped;
    if (files.length === 0) return; // the browser's own "required" message, or the server's
    e.preventDefault();
    void uploadAll(ui, files);
  });
}

function start(): void {
  document.querySelectorAll<HTMLFormElement>('form.media-upload-form').forEach(enhance);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
