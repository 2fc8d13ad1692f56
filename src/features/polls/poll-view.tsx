/**
 * The poll in the public sidebar. The sidebar is cached and shared by every page of a site, and the
 * poll depends on the page (its placement) and on the reader (voted or not), so the widget is a
 * shell: the poll island fetches the page's poll and shows the form or the results; readers
 * without JavaScript get the same in a small frame rendered per request (`FrameBody`).
 */
import { type Lang, t } from '../../platform/i18n/index.js';
import { IslandScript } from '../ratings/frame.js';
import { PollForm, PollResults, type PollTexts } from './poll-markup.js';
import type { PollJson } from './polls.js';
import { pollUrls } from './urls.js';

export function pollTexts(lang: Lang): PollTexts {
  return {
    vote: t(lang, 'poll.vote'),
    showResults: t(lang, 'poll.showResults'),
    back: t(lang, 'poll.backToVote'),
    results: t(lang, 'poll.results'),
    thanks: t(lang, 'poll.thanks'),
    already: t(lang, 'poll.alreadyVoted'),
    closed: t(lang, 'poll.closedNotice'),
    multipleHint: t(lang, 'poll.multipleHint'),
    chooseOne: t(lang, 'poll.chooseOne'),
    chooseSome: t(lang, 'poll.chooseSome'),
    failed: t(lang, 'poll.failed'),
  };
}

/** The sidebar widget (in place of the sidebar's poll placeholder). */
export function PollWidget({ lang }: { lang: Lang }) {
  return (
    <section
      class="widget poll"
      aria-labelledby="w-poll"
      data-widget="poll"
      data-lang={lang}
      data-texts={JSON.stringify(pollTexts(lang))}
    >
      <h2 id="w-poll">{t(lang, 'sidebar.poll')}</h2>
      <div class="body" data-poll-mount="">
        <noscript>
          <iframe class="poll-frame" src={pollUrls.frame(lang)} title={t(lang, 'sidebar.poll')} />
        </noscript>
      </div>
      <IslandScript name="poll" />
    </section>
  );
}

/** Why the frame shows what it shows, after a vote (`?note=`). */
export type FrameNote = 'thanks' | 'already' | 'closed' | 'choose' | 'unknown';

export function frameUrl(
  lang: Lang,
  pollId: number,
  extra: { note?: FrameNote; view?: 'results' } = {},
): string {
  const q = new URLSearchParams({ poll: String(pollId) });
  if (extra.view) q.set('view', extra.view);
  if (extra.note) q.set('note', extra.note);
  return `${pollUrls.frame(lang)}?${q}`;
}

export function FrameBody({
  lang,
  poll,
  voted,
  view,
  note,
}: {
  lang: Lang;
  poll: PollJson | undefined;
  voted: boolean;
  view: 'form' | 'results';
  note?: FrameNote;
}) {
  if (!poll) return <p class="poll-none">{t(lang, 'sidebar.pollSoon')}</p>;
  const texts = pollTexts(lang);
  if (poll.state === 'closed') return <PollResults poll={poll} texts={texts} note={texts.closed} />;
  if (voted) {
    return <PollResults poll={poll} texts={texts} note={note === 'thanks' ? texts.thanks : texts.already} />;
  }
  if (view === 'results') {
    return (
      <PollResults poll={poll} texts={texts} back={{ label: texts.back, href: frameUrl(lang, poll.id) }} />
    );
  }
  const error =
    note === 'choose'
      ? poll.multiple
        ? texts.chooseSome
        : texts.chooseOne
      : note === 'unknown'
        ? texts.failed
        : undefined;
  return (
    <PollForm
      poll={poll}
      texts={texts}
      action={pollUrls.votes(poll.id)}
      error={error}
      results={{ label: texts.showResults, href: frameUrl(lang, poll.id, { view: 'results' }) }}
    >
      <input type="hidden" name="lang" value={lang} />
    </PollForm>
  );
}
