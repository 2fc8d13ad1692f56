/**
 * The rating island: fills in the article's rating figures after load (the cached page has none)
 * and sends the reader's stars without a page reload, then shows the new count and average and a
 * spoken confirmation. Without this script the widget is a plain form that posts and comes back.
 */

interface Summary {
  count: number;
  countText: string;
  averageText: string;
  stars?: number;
  replaced?: boolean;
}

type Texts = Record<'summary' | 'summaryOne' | 'none' | 'yours' | 'thanks' | 'replaced' | 'failed', string>;

const fill = (template: string, params: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));

function remember(key: string, value?: string): string | null {
  try {
    if (value !== undefined) localStorage.setItem(key, value);
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

function start(root: HTMLElement): void {
  const id = root.dataset.rating;
  const lang = root.dataset.lang === 'en' ? 'en' : 'vi';
  const texts = JSON.parse(root.dataset.texts ?? '{}') as Texts;
  const form = root.querySelector('form');
  const summaryLine = root.querySelector<HTMLElement>('[data-rating-summary]');
  const status = root.querySelector<HTMLElement>('[data-rating-status]');
  if (!id || !form || !summaryLine || !status) return;
  const url = `/api/v1/articles/${id}/rating?lang=${lang}`;
  const storeKey = `loa.rating.${id}`;

  const show = (s: Summary) => {
    summaryLine.textContent =
      s.count === 0
        ? texts.none
        : s.count === 1
          ? fill(texts.summaryOne, { average: s.averageText })
          : fill(texts.summary, { count: s.countText, average: s.averageText });
    summaryLine.hidden = false;
  };

  const mine = remember(storeKey);
  if (mine) {
    const input = form.querySelector<HTMLInputElement>(`input[name="stars"][value="${Number(mine)}"]`);
    if (input) input.checked = true;
  }

  fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } })
    .then((res) => (res.ok ? (res.json() as Promise<Summary>) : undefined))
    .then((s) => s && show(s))
    .catch(() => {});

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name="stars"]:checked');
    if (!chosen) return;
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ stars: Number(chosen.value) }),
    })
      .then(async (res) => {
        const data = (await res.json().catch(() => ({}))) as Summary & { error?: { message?: string } };
        if (!res.ok) {
          status.textContent = data.error?.message ?? texts.failed;
          return;
        }
        show(data);
        remember(storeKey, String(data.stars));
        status.textContent = `${data.replaced ? texts.replaced : texts.thanks} ${fill(texts.yours, { stars: data.stars ?? '' })}`;
      })
      .catch(() => {
        status.textContent = texts.failed;
      })
      .finally(() => {
        if (button) button.disabled = false;
      });
  });
}

for (const root of document.querySelectorAll<HTMLElement>('section[data-rating]')) start(root);
