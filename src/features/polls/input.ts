/**
 * Reading a poll from the admin form (strings, repeated fields, absent checkboxes) and from the
 * API's JSON (arrays, booleans, absent = unchanged on PATCH) into the one `PollInput` the
 * operations check. Shape errors here name their field like the operations' own refusals.
 */
import { invalid } from '../../platform/http/errors.js';
import { isLang, type Lang } from '../../platform/i18n/index.js';
import { boolIn, idParam, textIn } from '../sites/admin-input.js';
import type { PollInput } from './operations.js';
import type { Placement, Poll } from './polls.js';
import { parseWhen } from './when.js';

type Body = Record<string, unknown>;

const asBody = (body: unknown): Body => (body && typeof body === 'object' ? (body as Body) : {});
const list = (value: unknown): unknown[] =>
  value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
/** More entries than any valid poll has are a shape error, not something to loop over. */
const MAX_LIST = 50;

function langIn(value: unknown): Lang {
  if (!isLang(value)) throw invalid('lang', 'validation.langInvalid');
  return value;
}

function categoryIds(values: unknown[]): number[] {
  if (values.length > MAX_LIST) throw invalid('categories', 'validation.categoryUnknown');
  return values.map((v) => {
    const id = typeof v === 'number' ? v : idParam(typeof v === 'string' ? v.trim() : undefined);
    if (!id || !Number.isSafeInteger(id) || id <= 0)
      throw invalid('categories', 'validation.categoryUnknown');
    return id;
  });
}

/** The admin form: `option`/`optionId` pairs in order, checkboxes absent when unticked. */
export function formInput(body: unknown, now = Date.now()): PollInput {
  const b = asBody(body);
  const labels = list(b.option);
  const ids = list(b.optionId);
  if (labels.length > MAX_LIST) throw invalid('options', 'poll.optionsInvalid');
  return {
    question: textIn(b, 'question', 2000) ?? '',
    lang: langIn(textIn(b, 'lang', 5)),
    options: labels.map((label, i) => ({
      id: idParam(typeof ids[i] === 'string' ? (ids[i] as string) : undefined),
      label: typeof label === 'string' ? label.slice(0, 2000) : '',
    })),
    multiple: boolIn(b, 'multiple') ?? false,
    opensAt: parseWhen(b.opensAt, 'opensAt') ?? now,
    closesAt: parseWhen(b.closesAt, 'closesAt'),
    placement: {
      home: boolIn(b, 'placeHome') ?? false,
      articles: boolIn(b, 'placeArticles') ?? false,
      categories: categoryIds(list(b.category)),
    },
    hidden: boolIn(b, 'hidden') ?? false,
  };
}

/** A poll as an input, the starting point of an edit. */
export function inputOf(poll: Poll): PollInput {
  return {
    question: poll.question,
    lang: poll.lang,
    options: poll.options.map((o) => ({ id: o.id, label: o.label })),
    multiple: poll.multiple,
    opensAt: poll.opensAt,
    closesAt: poll.closesAt,
    placement: poll.placement,
    hidden: poll.hidden,
  };
}

function optionsIn(value: unknown): PollInput['options'] {
  if (!Array.isArray(value) || value.length > MAX_LIST) throw invalid('options', 'poll.optionsInvalid');
  return value.map((o) => {
    if (typeof o === 'string') return { label: o };
    if (o && typeof o === 'object') {
      const { id, label } = o as Body;
      if (
        typeof label === 'string' &&
        (id === undefined || (Number.isSafeInteger(id) && (id as number) > 0))
      ) {
        return { id: id as number | undefined, label };
      }
    }
    throw invalid('options', 'poll.optionsInvalid');
  });
}

function placementIn(value: unknown): Placement {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw invalid('placement', 'poll.placementRequired');
  const p = value as Body;
  const flag = (name: 'home' | 'articles') => {
    if (p[name] === undefined) return false;
    if (typeof p[name] !== 'boolean') throw invalid('placement', 'poll.placementRequired');
    return p[name] as boolean;
  };
  return { home: flag('home'), articles: flag('articles'), categories: categoryIds(list(p.categories)) };
}

/**
 * A JSON body over `base` (a new poll's defaults, or the poll being edited): only the fields
 * present change. Times are epoch ms or ISO 8601; `closesAt: null` removes the closing time.
 */
export function jsonInput(body: unknown, base: PollInput): PollInput {
  const b = asBody(body);
  const out: PollInput = { ...base };
  const question = textIn(b, 'question', 2000);
  if (question !== undefined) out.question = question;
  if (b.lang !== undefined) out.lang = langIn(b.lang);
  if (b.options !== undefined) out.options = optionsIn(b.options);
  const multiple = boolIn(b, 'multiple');
  if (multiple !== undefined) out.multiple = multiple;
  if (b.opensAt !== undefined) out.opensAt = parseWhen(b.opensAt, 'opensAt') ?? base.opensAt;
  if (b.closesAt !== undefined) out.closesAt = parseWhen(b.closesAt, 'closesAt');
  if (b.placement !== undefined) out.placement = placementIn(b.placement);
  const hidden = boolIn(b, 'hidden');
  if (hidden !== undefined) out.hidden = hidden;
  return out;
}

export function newPollDefaults(lang: Lang, now = Date.now()): PollInput {
  return {
    question: '',
    lang,
    options: [],
    multiple: false,
    opensAt: now,
    closesAt: null,
    placement: { home: true, articles: false, categories: [] },
    hidden: false,
  };
}
