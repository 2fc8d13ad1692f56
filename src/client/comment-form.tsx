/**
 * The comment form's island (progressive: the form works without it, as a plain POST).
 * - The verification code is fetched only when the reader starts on the form (focus), not for
 *   every reader of the article, and comes with its id (`captchaId`), so several tabs each keep
 *   their own code.
 * - "Get another code" and "Answer a question in words" swap the code in place.
 * - Sending posts JSON to the public API; a refusal shows its message next to the field at fault
 *   and keeps everything typed (only the code is renewed, since every code is used once).
 */

interface ApiError {
  error?: { code?: string; message?: string; field?: string };
}

interface CaptchaAnswer {
  id: string;
  kind: 'image' | 'text';
  image?: string;
  question?: string;
}

const FIELD_IDS: Record<string, string> = {
  name: 'comment-name',
  email: 'comment-email',
  text: 'comment-text',
  code: 'comment-code',
};

function enhance(form: HTMLFormElement): void {
  const msg = (name: string) => form.getAttribute(`data-msg-${name}`) ?? '';
  const status = form.querySelector<HTMLElement>('.comment-status');
  const image = form.querySelector<HTMLImageElement>('.comment-code-image');
  const codeInput = form.querySelector<HTMLInputElement>('#comment-code');
  const codeLabel = form.querySelector<HTMLElement>('#comment-code-label');
  const codeHint = form.querySelector<HTMLElement>('#comment-code-hint');
  const modeLink = form.querySelector<HTMLAnchorElement>('[data-code-mode]');
  const refreshLink = form.querySelector<HTMLAnchorElement>('[data-code-refresh]');
  const button = form.querySelector<HTMLButtonElement>('button[type=submit]');
  if (!status || !codeInput || !codeLabel || !codeHint || typeof fetch !== 'function') return;

  let mode: 'image' | 'text' = modeLink?.getAttribute('data-code-mode') === 'image' ? 'text' : 'image';
  let tokenInput = form.querySelector<HTMLInputElement>('input[name=captcha_id]');
  // A code the page already shows (inline, or an image that has loaded) is used as it is; an image
  // not loaded yet is not fetched at all until the reader comes to the form.
  let needsCode = false;
  if (image && !image.src.startsWith('data:') && !(image.complete && image.naturalWidth > 0)) {
    image.removeAttribute('src');
    needsCode = true;
  }

  const say = (text: string) => {
    status.textContent = text;
  };

  const setToken = (id: string) => {
    if (!tokenInput) {
      tokenInput = document.createElement('input');
      tokenInput.type = 'hidden';
      tokenInput.name = 'captcha_id';
      form.appendChild(tokenInput);
    }
    tokenInput.value = id;
  };

  const showMode = (kind: 'image' | 'text', question?: string) => {
    mode = kind;
    if (image) image.hidden = kind === 'text';
    codeLabel.textContent = kind === 'text' ? `${msg('question')}: ${question ?? ''}` : msg('code');
    codeHint.textContent = kind === 'text' ? msg('question-hint') : msg('code-hint');
    codeInput.inputMode = kind === 'text' ? 'numeric' : 'text';
    if (modeLink) {
      modeLink.textContent = kind === 'text' ? msg('image-mode') : msg('text-mode');
      modeLink.setAttribute('data-code-mode', kind === 'text' ? 'image' : 'text');
    }
  };

  let loading: Promise<void> | null = null;
  const loadCode = (kind: 'image' | 'text', announce = false): Promise<void> => {
    needsCode = false;
    say(msg('loading'));
    const url = `${form.getAttribute('data-captcha-api') ?? '/api/v1/captcha'}&kind=${kind}`;
    loading = fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
      .then((res) => {
        if (!res.ok) throw new Error(String(res.status));
        return res.json() as Promise<CaptchaAnswer>;
      })
      .then((captcha) => {
        setToken(captcha.id);
        if (captcha.kind === 'image' && image && captcha.image) image.src = captcha.image;
        showMode(captcha.kind, captcha.question);
        codeInput.value = '';
        say(announce && captcha.question ? `${msg('question')}: ${captcha.question}` : '');
      })
      .catch(() => {
        needsCode = true;
        say(msg('load-failed'));
      })
      .finally(() => {
        loading = null;
      });
    return loading;
  };

  form.addEventListener('focusin', () => {
    if (needsCode && !loading) void loadCode(mode);
  });
  refreshLink?.addEventListener('click', (event) => {
    event.preventDefault();
    void loadCode(mode, true);
    codeInput.focus();
  });
  modeLink?.addEventListener('click', (event) => {
    event.preventDefault();
    void loadCode(modeLink.getAttribute('data-code-mode') === 'text' ? 'text' : 'image', true);
    codeInput.focus();
  });

  const clearErrors = () => {
    for (const el of form.querySelectorAll('[data-island-error]')) el.remove();
    for (const id of Object.values(FIELD_IDS)) {
      const input = document.getElementById(id);
      if (!input) continue;
      input.removeAttribute('aria-invalid');
      const ids = (input.getAttribute('aria-describedby') ?? '')
        .split(' ')
        .filter((x) => x && x !== `${id}-error`);
      if (ids.length) input.setAttribute('aria-describedby', ids.join(' '));
      else input.removeAttribute('aria-describedby');
      input.closest('.field')?.classList.remove('has-error');
      document.getElementById(`${id}-error`)?.remove();
    }
  };

  const showError = (field: string | undefined, message: string) => {
    const id = field ? FIELD_IDS[field] : undefined;
    const input = id ? document.getElementById(id) : null;
    if (!id || !input) {
      say(message);
      return;
    }
    const p = document.createElement('p');
    p.className = 'field-error';
    p.id = `${id}-error`;
    p.setAttribute('data-island-error', '');
    p.textContent = message;
    const wrap = input.closest('.field');
    wrap?.classList.add('has-error');
    wrap?.appendChild(p);
    input.setAttribute('aria-invalid', 'true');
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    input.setAttribute('aria-describedby', [...ids, p.id].join(' '));
    say(message);
    input.focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (loading) return;
    clearErrors();
    const data = new FormData(form);
    const value = (name: string) => {
      const v = data.get(name);
      return typeof v === 'string' ? v : '';
    };
    const payload = {
      name: value('name'),
      email: value('email'),
      text: value('text'),
      code: value('code'),
      captchaId: tokenInput?.value || undefined,
      website: value('website'),
    };
    if (button) button.disabled = true;
    say(msg('sending'));
    fetch(form.getAttribute('data-api') ?? form.action, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(payload),
    })
      .then(async (res) => {
        const answer = (await res.json().catch(() => ({}))) as ApiError & { message?: string };
        if (res.ok) {
          const text = document.getElementById('comment-text') as HTMLTextAreaElement | null;
          if (text) text.value = '';
          codeInput.value = '';
          if (tokenInput) tokenInput.value = '';
          // That code is spent: the next comment gets a new one when the reader comes back.
          if (mode === 'image') image?.removeAttribute('src');
          needsCode = true;
          say(answer.message ?? '');
          return;
        }
        // The code was used up (or never valid): a fresh one, everything else stays as typed.
        await loadCode(mode);
        showError(answer.error?.field, answer.error?.message ?? msg('network'));
      })
      .catch(() => say(msg('network')))
      .finally(() => {
        if (button) button.disabled = false;
      });
  });
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-comment-form]')) enhance(form);
