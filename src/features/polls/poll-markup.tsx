/**
 * The poll's two faces, a vote form and the results as bars, as plain components shared by the
 * server (the no-JavaScript frame) and the poll island in the browser. They take their words and
 * figures already written out (the API and the server format them), so the browser bundle carries
 * no catalogue. Every text is rendered as text: a question or option is never markup.
 */
import type { ComponentChildren } from 'preact';
import type { PollJson } from './polls.js';

export interface PollTexts {
  vote: string;
  showResults: string;
  back: string;
  results: string;
  thanks: string;
  already: string;
  closed: string;
  multipleHint: string;
  chooseOne: string;
  chooseSome: string;
  failed: string;
}

interface Link {
  label: string;
  href?: string;
  onClick?: () => void;
}

function Action({ link }: { link?: Link }) {
  if (!link) return null;
  return link.href ? (
    <a href={link.href} class="poll-link">
      {link.label}
    </a>
  ) : (
    <button type="button" class="button-link poll-link" onClick={link.onClick}>
      {link.label}
    </button>
  );
}

export function PollResults({
  poll,
  texts,
  note,
  back,
}: {
  poll: PollJson;
  texts: PollTexts;
  note?: string;
  back?: Link;
}) {
  const questionId = `poll-${poll.id}-question`;
  return (
    <div class="poll-results">
      <p class="poll-question" id={questionId}>
        {poll.question}
      </p>
      {note && (
        <p class="poll-note" role="status">
          {note}
        </p>
      )}
      <ul class="poll-bars" aria-label={texts.results}>
        {poll.options.map((o) => (
          <li key={o.id}>
            <span class="poll-label">{o.label}</span>{' '}
            <span class="poll-figure">
              {o.percentText} · {o.votesText}
            </span>
            <meter min={0} max={100} value={o.percent} aria-hidden="true">
              {o.percentText}
            </meter>
          </li>
        ))}
      </ul>
      <p class="poll-total">{poll.totalText}</p>
      <Action link={back} />
    </div>
  );
}

export function PollForm({
  poll,
  texts,
  action,
  error,
  results,
  onSubmit,
  children,
}: {
  poll: PollJson;
  texts: PollTexts;
  action: string;
  error?: string;
  results?: Link;
  onSubmit?: (event: Event) => void;
  /** Extra hidden fields. */
  children?: ComponentChildren;
}) {
  const errorId = `poll-${poll.id}-error`;
  return (
    <form method="post" action={action} class="poll-form" onSubmit={onSubmit}>
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend class="poll-question">{poll.question}</legend>
        {poll.multiple && <p class="poll-hint">{texts.multipleHint}</p>}
        {poll.options.map((o) => {
          const id = `poll-${poll.id}-option-${o.id}`;
          return (
            <div class="poll-option" key={o.id}>
              <input
                type={poll.multiple ? 'checkbox' : 'radio'}
                name="option"
                value={o.id}
                id={id}
                required={!poll.multiple}
              />
              <label for={id}>{o.label}</label>
            </div>
          );
        })}
      </fieldset>
      {error && (
        <p class="poll-error" id={errorId} role="alert">
          {error}
        </p>
      )}
      {children}
      <div class="poll-actions">
        <button type="submit">{texts.vote}</button>
        <Action link={results} />
      </div>
    </form>
  );
}
