/**
 * The poll island: asks which poll this page shows (the sidebar is cached and the same on every
 * page), then shows its form, or its results once the reader has voted or the poll has closed, and
 * votes without a page reload. Without this script the widget is a frame with a plain form.
 */
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { PollForm, PollResults, type PollTexts } from '../features/polls/poll-markup.js';
import type { PollJson } from '../features/polls/polls.js';

const votedKey = (id: number) => `loa.poll.${id}`;

function votedBefore(id: number): boolean {
  try {
    return localStorage.getItem(votedKey(id)) === '1';
  } catch {
    return false;
  }
}

function rememberVote(id: number): void {
  try {
    localStorage.setItem(votedKey(id), '1');
  } catch {
    // private browsing: the server still counts one vote per reader
  }
}

const JSON_HEADERS = { accept: 'application/json' };

async function getJson<T>(url: string): Promise<T | undefined> {
  const res = await fetch(url, { credentials: 'same-origin', headers: JSON_HEADERS });
  return res.ok ? ((await res.json()) as T) : undefined;
}

function Widget({ initial, texts, lang }: { initial: PollJson; texts: PollTexts; lang: string }) {
  const closed = initial.state === 'closed';
  const already = votedBefore(initial.id);
  const [poll, setPoll] = useState(initial);
  const [view, setView] = useState<'form' | 'results'>(closed || already ? 'results' : 'form');
  const [note, setNote] = useState<string | undefined>(
    closed ? texts.closed : already ? texts.already : undefined,
  );
  const [done, setDone] = useState(closed || already);
  const [error, setError] = useState<string | undefined>();

  const showResults = (fresh: PollJson, message: string) => {
    setPoll(fresh);
    setNote(message);
    setDone(true);
    setView('results');
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const chosen = [...form.querySelectorAll<HTMLInputElement>('input[name="option"]:checked')].map((i) =>
      Number(i.value),
    );
    if (chosen.length === 0) {
      setError(poll.multiple ? texts.chooseSome : texts.chooseOne);
      return;
    }
    const button = form.querySelector<HTMLButtonElement>('button[type="submit"]');
    if (button) button.disabled = true;
    try {
      const res = await fetch(`/api/v1/polls/${poll.id}/votes?lang=${lang}`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { ...JSON_HEADERS, 'content-type': 'application/json' },
        body: JSON.stringify({ options: chosen }),
      });
      const data = (await res.json().catch(() => ({}))) as {
        poll?: PollJson;
        error?: { code?: string; message?: string };
      };
      if (res.status === 201 && data.poll) {
        rememberVote(poll.id);
        showResults(data.poll, texts.thanks);
      } else if (res.status === 409) {
        const isClosed = data.error?.code === 'LOA_POLL_CLOSED';
        if (!isClosed) rememberVote(poll.id);
        const fresh = await getJson<{ poll: PollJson }>(`/api/v1/polls/${poll.id}?lang=${lang}`);
        showResults(fresh?.poll ?? poll, isClosed ? texts.closed : texts.already);
      } else {
        setError(data.error?.message ?? texts.failed);
      }
    } catch {
      setError(texts.failed);
    } finally {
      if (button) button.disabled = false;
    }
  };

  if (view === 'results') {
    return (
      <PollResults
        poll={poll}
        texts={texts}
        note={note}
        back={done ? undefined : { label: texts.back, onClick: () => setView('form') }}
      />
    );
  }
  return (
    <PollForm
      poll={poll}
      texts={texts}
      action={`/api/v1/polls/${poll.id}/votes`}
      error={error}
      results={{ label: texts.showResults, onClick: () => setView('results') }}
      onSubmit={submit}
    />
  );
}

function start(root: HTMLElement): void {
  const mount = root.querySelector<HTMLElement>('[data-poll-mount]');
  if (!mount || typeof fetch !== 'function') return;
  const lang = root.dataset.lang === 'en' ? 'en' : 'vi';
  const texts = JSON.parse(root.dataset.texts ?? '{}') as PollTexts;
  getJson<{ poll: PollJson | null }>(
    `/api/v1/polls?lang=${lang}&page=${encodeURIComponent(location.pathname)}`,
  )
    .then((data) => {
      if (!data) return;
      if (!data.poll) {
        root.hidden = true;
        return;
      }
      mount.textContent = '';
      render(<Widget initial={data.poll} texts={texts} lang={lang} />, mount);
    })
    .catch(() => {});
}

for (const root of document.querySelectorAll<HTMLElement>('section[data-widget="poll"]')) start(root);
