/**
 * Live visitor figures: pages (often from the page cache) carry the figures of when they were
 * rendered; this asks `/api/v1/stats` for the live ones after load (with the article's id on an
 * article page) and writes them into `[data-stats-visits]`, `[data-stats-online]` and
 * `[data-views="<id>"]`; again every minute while the page is visible. Without it the rendered
 * figures stay.
 */
import { formatNumber } from '../platform/vietnamese/numbers.js';

interface StatsAnswer {
  site?: { visits?: unknown; online?: unknown };
  article?: { id?: unknown; views?: unknown } | null;
}

const REFRESH_MS = 60_000;

function write(selector: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) return;
  const text = formatNumber(value);
  document.querySelectorAll(selector).forEach((el) => {
    if (el.textContent !== text) el.textContent = text;
  });
}

async function refresh(): Promise<void> {
  const viewsEl = document.querySelector('[data-views]');
  const id = viewsEl?.getAttribute('data-views') ?? '';
  const url = /^\d{1,10}$/.test(id) ? `/api/v1/stats?article=${id}` : '/api/v1/stats';
  try {
    const res = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
    if (!res.ok) return;
    const body = (await res.json()) as StatsAnswer;
    write('[data-stats-visits]', body.site?.visits);
    write('[data-stats-online]', body.site?.online);
    if (body.article && String(body.article.id) === id) write(`[data-views="${id}"]`, body.article.views);
  } catch {
    // Offline or the server is busy: the figures rendered with the page stay.
  }
}

if (typeof fetch === 'function' && document.querySelector('[data-widget="stats"], [data-views]')) {
  void refresh();
  setInterval(() => {
    if (document.visibilityState === 'visible') void refresh();
  }, REFRESH_MS);
}
