/**
 * Browser island: autosave of the article form, and a warning before leaving unsaved changes.
 *
 * The page's side of the contract (the article edit page):
 *
 *   <form method="post" data-article-form data-autosave-url="…"
 *     data-autosave-labels='JSON of autosaveLabels(lang)'   (features/articles/editor-labels.ts)
 *     [data-csrf="…"]                 (else the form's `_csrf` field is used)
 *     [data-autosave-interval="30000"]  (milliseconds; tests shorten it)>
 *     <input type="hidden" name="_csrf" …><input type="hidden" name="version" value="7">
 *     <p data-autosave-status role="status"></p>      (created at the top of the form if missing)
 *     [<div data-autosave-alert role="alert"></div>]  (likewise)
 *     …fields, the body textarea (see editor.ts)…
 *   </form>
 *
 * Every interval, when the form differs from what was last saved, and when the page is hidden
 * (visibilitychange: another tab, the phone's home screen, closing), it POSTs the form's fields as
 * application/x-www-form-urlencoded to data-autosave-url with the header x-csrf-token:
 * - `{ ok: true, version, savedAt }` → the hidden `version` takes the new value and the status says
 *   "Đã tự động lưu lúc 23:04" (Vietnam time);
 * - 409 `{ error: { code: 'LOA_CONFLICT', message } }` (someone else saved the article meanwhile)
 *   → the message is shown in a role="alert" box that stays in view, and autosaving stops;
 * - any other error → its message in the status; the next round tries again.
 * A submit waits for a save in flight (so it carries the new version) and ends autosaving.
 * `beforeunload` warns while the form holds changes that neither autosave nor submit has stored.
 */
import type { AutosaveLabels } from '../features/articles/editor-labels.js';

const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** 23:04 in Vietnam time (UTC+7, no daylight saving) for an epoch-ms or ISO time. */
function clock(savedAt: unknown): string {
  const ms = typeof savedAt === 'number' ? savedAt : Date.parse(String(savedAt));
  const d = new Date((Number.isFinite(ms) ? ms : Date.now()) + VIETNAM_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

function fill(text: string, name: string, value: string): string {
  return text.replace(`{${name}}`, value);
}

function ensure(form: HTMLFormElement, selector: string, create: () => HTMLElement): HTMLElement {
  const found = form.querySelector<HTMLElement>(selector);
  if (found) return found;
  const el = create();
  form.prepend(el);
  return el;
}

interface SaveResponse {
  ok?: boolean;
  version?: number | string;
  savedAt?: number | string;
  error?: { code?: string; message?: string };
}

function setup(form: HTMLFormElement): void {
  const url = form.dataset.autosaveUrl;
  const labels = JSON.parse(form.dataset.autosaveLabels ?? '{}') as AutosaveLabels;
  const interval = Number(form.dataset.autosaveInterval) || 30_000;
  const csrf =
    form.dataset.csrf ?? (form.elements.namedItem('_csrf') as HTMLInputElement | null)?.value ?? '';
  const versionInput = () => form.elements.namedItem('version') as HTMLInputElement | null;

  // Alert first, so it ends up above the status when both are created.
  const alert = ensure(form, '[data-autosave-alert]', () => {
    const el = document.createElement('div');
    el.setAttribute('data-autosave-alert', '');
    el.setAttribute('role', 'alert');
    return el;
  });
  alert.classList.add('autosave-alert');
  alert.hidden = !alert.textContent?.trim();
  const status = ensure(form, '[data-autosave-status]', () => {
    const el = document.createElement('p');
    el.setAttribute('data-autosave-status', '');
    el.setAttribute('role', 'status');
    return el;
  });
  status.classList.add('autosave-status');

  /** The form's text fields, url-encoded (files cannot be autosaved). */
  const encode = (): URLSearchParams => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    return params;
  };
  /** What counts as a change: everything but the version and the CSRF token. */
  const content = (params: URLSearchParams): string => {
    const copy = new URLSearchParams(params);
    copy.delete('version');
    copy.delete('_csrf');
    return copy.toString();
  };

  let saved = content(encode());
  let inFlight: Promise<void> | undefined;
  let stopped = false;
  let submitting = false;

  const dirty = () => content(encode()) !== saved;

  async function save(leaving: boolean): Promise<void> {
    if (!url || stopped || inFlight) return;
    const params = encode();
    const snapshot = content(params);
    if (snapshot === saved) return;
    const body = params.toString();
    const run = async () => {
      if (!leaving) status.textContent = labels.saving;
      let res: Response;
      let data: SaveResponse | undefined;
      try {
        res = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
            'x-csrf-token': csrf,
            accept: 'application/json',
          },
          body,
          credentials: 'same-origin',
          // Lets the request outlive the page when it is being closed (browsers cap it at 64 KB).
          keepalive: leaving && body.length < 60_000,
        });
        data = (await res.json().catch(() => undefined)) as SaveResponse | undefined;
      } catch {
        status.textContent = fill(labels.failed, 'message', labels.offline);
        return;
      }
      if (res.ok && data?.ok) {
        const input = versionInput();
        if (input && data.version !== undefined) input.value = String(data.version);
        saved = snapshot;
        status.textContent = fill(labels.saved, 'time', clock(data.savedAt));
      } else if (res.status === 409 || data?.error?.code === 'LOA_CONFLICT') {
        stopped = true;
        window.clearInterval(timer);
        status.textContent = '';
        const message = document.createElement('strong');
        message.textContent = data?.error?.message ?? '';
        alert.replaceChildren(message, ' ', labels.stopped);
        alert.hidden = false;
      } else {
        status.textContent = fill(labels.failed, 'message', data?.error?.message ?? labels.offline);
      }
    };
    inFlight = run().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  }

  const timer = window.setInterval(() => void save(false), interval);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden' && !submitting) void save(true);
  });

  // A submit waits for the save in flight, so that it carries the version that save returned.
  form.addEventListener('submit', (e) => {
    if (!inFlight) return;
    e.preventDefault();
    const submitter = (e as SubmitEvent).submitter as HTMLElement | null;
    void inFlight.then(() => {
      if (typeof form.requestSubmit === 'function') form.requestSubmit(submitter ?? undefined);
      else form.submit();
    });
  });
  // Listened on window (bubbling ends there): every handler of the form has had its say.
  window.addEventListener('submit', (e) => {
    if (e.target !== form || e.defaultPrevented) return;
    submitting = true;
    stopped = true;
    window.clearInterval(timer);
  });

  window.addEventListener('beforeunload', (e) => {
    if (submitting || !dirty()) return;
    e.preventDefault();
    e.returnValue = labels.leave;
  });
}

function start(): void {
  for (const form of document.querySelectorAll<HTMLFormElement>('form[data-autosave-url]')) setup(form);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
