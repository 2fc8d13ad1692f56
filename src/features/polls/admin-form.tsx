/**
 * The poll form of the admin: question, language, up to ten options (each keeping its id, so votes
 * stay with their option), single or multiple choice, opening and closing time in Vietnam time,
 * placement and hidden. Values are strings as typed, so a refused form comes back exactly as sent.
 */
import { LANGS, t } from '../../platform/i18n/index.js';
import type { AdminContext } from '../admin/context.js';
import { Checkbox, type FieldErrors, SelectField, TextArea, TextField } from '../admin/forms.js';
import type { PollInput } from './operations.js';
import { MAX_OPTIONS } from './polls.js';
import { toLocalInput } from './when.js';

/** What the form shows: strings as typed (a refused form comes back exactly as sent). */
export interface FormValues {
  question: string;
  lang: string;
  options: { id: string; label: string }[];
  multiple: boolean;
  opensAt: string;
  closesAt: string;
  placeHome: boolean;
  placeArticles: boolean;
  categories: string[];
  hidden: boolean;
}

const strings = (value: unknown): string[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).map((v) =>
    typeof v === 'string' ? v : '',
  );

export function valuesOfInput(input: PollInput): FormValues {
  return {
    question: input.question,
    lang: input.lang,
    options: input.options.map((o) => ({ id: o.id === undefined ? '' : String(o.id), label: o.label })),
    multiple: input.multiple,
    opensAt: toLocalInput(input.opensAt),
    closesAt: input.closesAt === null ? '' : toLocalInput(input.closesAt),
    placeHome: input.placement.home,
    placeArticles: input.placement.articles,
    categories: input.placement.categories.map(String),
    hidden: input.hidden,
  };
}

export function valuesOfBody(body: unknown): FormValues {
  const b = (body && typeof body === 'object' ? body : {}) as Record<string, unknown>;
  const ids = strings(b.optionId);
  const one = (name: string) => strings(b[name])[0] ?? '';
  return {
    question: one('question'),
    lang: one('lang'),
    options: strings(b.option).map((label, i) => ({ id: ids[i] ?? '', label })),
    multiple: b.multiple !== undefined,
    opensAt: one('opensAt'),
    closesAt: one('closesAt'),
    placeHome: b.placeHome !== undefined,
    placeArticles: b.placeArticles !== undefined,
    categories: strings(b.category),
    hidden: b.hidden !== undefined,
  };
}

export function PollFields({
  ctx,
  values,
  errors,
  categories,
}: {
  ctx: AdminContext;
  values: FormValues;
  errors: FieldErrors;
  categories: { id: number; name_vi: string; name_en: string }[];
}) {
  const { lang } = ctx;
  const rows = [...values.options];
  while (rows.length < MAX_OPTIONS) rows.push({ id: '', label: '' });
  const groupError = (name: string) =>
    errors[name] ? (
      <p class="field-error" id={`${name}-error`}>
        {errors[name]}
      </p>
    ) : null;
  return (
    <>
      <TextArea
        name="question"
        label={t(lang, 'poll.f.question')}
        value={values.question}
        rows={2}
        required
        errors={errors}
      />
      <SelectField
        name="lang"
        label={t(lang, 'poll.f.lang')}
        value={values.lang}
        options={LANGS.map((l) => ({ value: l, label: t(l, 'lang.name') }))}
        errors={errors}
      />
      <fieldset
        class="poll-options-fields"
        aria-describedby={errors.options ? 'options-error' : 'options-hint'}
      >
        <legend>{t(lang, 'poll.f.options')}</legend>
        <p class="field-hint" id="options-hint">
          {t(lang, 'poll.f.optionsHint')}
        </p>
        {groupError('options')}
        {rows.map((o, i) => (
          <div class="field" key={`option-${i + 1}`}>
            <label for={`option-${i + 1}`}>{t(lang, 'poll.f.option', { n: i + 1 })}</label>
            <input type="hidden" name="optionId" value={o.id} />
            <input
              id={`option-${i + 1}`}
              name="option"
              type="text"
              value={o.label}
              maxLength={200}
              aria-invalid={errors.options ? 'true' : undefined}
            />
          </div>
        ))}
      </fieldset>
      <Checkbox name="multiple" label={t(lang, 'poll.f.multiple')} checked={values.multiple} />
      {groupError('multiple')}
      <p class="field-hint" id="time-hint">
        {t(lang, 'poll.f.timeHint')}
      </p>
      <TextField
        name="opensAt"
        type="datetime-local"
        label={t(lang, 'poll.f.opensAt')}
        value={values.opensAt}
        errors={errors}
      />
      <TextField
        name="closesAt"
        type="datetime-local"
        label={t(lang, 'poll.f.closesAt')}
        value={values.closesAt}
        errors={errors}
      />
      <fieldset class="poll-placement-fields">
        <legend>{t(lang, 'poll.f.placement')}</legend>
        {groupError('placement')}
        <Checkbox name="placeHome" label={t(lang, 'poll.f.placeHome')} checked={values.placeHome} />
        <Checkbox
          name="placeArticles"
          label={t(lang, 'poll.f.placeArticles')}
          checked={values.placeArticles}
        />
        {categories.length > 0 && (
          <fieldset class="poll-categories">
            <legend>{t(lang, 'poll.f.categories')}</legend>
            {groupError('categories')}
            {categories.map((c) => (
              <Checkbox
                key={c.id}
                id={`category-${c.id}`}
                name="category"
                value={String(c.id)}
                label={lang === 'en' ? c.name_en : c.name_vi}
                checked={values.categories.includes(String(c.id))}
              />
            ))}
          </fieldset>
        )}
      </fieldset>
      <Checkbox name="hidden" label={t(lang, 'poll.f.hidden')} checked={values.hidden} />
    </>
  );
}
