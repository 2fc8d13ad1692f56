/**
 * The search results page: the advanced form (words, category, dates, order) with each problem
 * next to its field, a status line, the results with the matching words marked, and bounded
 * paging. Highlighted HTML comes from highlight.ts, which escapes everything it does not mark.
 */
import { Fragment } from 'preact';
import type { Category } from '../../platform/db/schema.js';
import { type Lang, t } from '../../platform/i18n/index.js';
import { formatDate, isoDateTimeVn } from '../../platform/vietnamese/index.js';
import { Thumb } from '../../web/components/article-card.js';
import { urls } from '../../web/urls.js';
import type { Field, FieldError, SearchParams } from './params.js';
import { PAGES_MAX, type SearchHit, type SearchOutcome } from './search.js';

export interface SearchViewProps {
  lang: Lang;
  params: SearchParams;
  categories: readonly Category[];
  outcome: SearchOutcome | null;
  /** The status line (results count, prompt, or why nothing was searched). */
  message: string;
  /** The document number searched for, as typed, when the query names one. */
  documentNumber: string | null;
}

function fieldError(lang: Lang, errors: readonly FieldError[], field: Field) {
  const e = errors.find((x) => x.field === field);
  if (!e) return null;
  return (
    <p class="field-error" id={`search-${field}-error`}>
      {t(lang, e.key, e.params)}
    </p>
  );
}

function invalid(errors: readonly FieldError[], field: Field) {
  return errors.some((x) => x.field === field) ? { 'aria-invalid': 'true' as const } : {};
}

function describedBy(errors: readonly FieldError[], field: Field, hint?: string): string | undefined {
  const ids = [hint, errors.some((x) => x.field === field) ? `search-${field}-error` : undefined].filter(
    Boolean,
  );
  return ids.length ? ids.join(' ') : undefined;
}

/** The URL of another page of the same search. */
export function searchUrl(lang: Lang, params: SearchParams, page: number): string {
  const qs = new URLSearchParams();
  qs.set('q', params.text);
  if (params.category) qs.set('category', params.category.slug);
  if (params.fromText) qs.set('from', params.fromText);
  if (params.toText) qs.set('to', params.toText);
  if (params.sort !== 'relevance') qs.set('sort', params.sort);
  if (page > 1) qs.set('page', String(page));
  return `${urls.search(lang)}?${qs.toString()}`;
}

function Hit({ hit, lang, cites }: { hit: SearchHit; lang: Lang; cites: string | null }) {
  const date = new Date(hit.published_at);
  return (
    <li class={hit.thumb_variants ? 'card' : 'card no-thumb'}>
      {hit.thumb_variants && <Thumb variants={hit.thumb_variants} alt={hit.thumb_alt} sizes="180px" />}
      <div>
        <h2>
          <a href={urls.article(lang, hit.slug)} dangerouslySetInnerHTML={{ __html: hit.titleHtml }} />
        </h2>
        <time datetime={isoDateTimeVn(date)}>{formatDate(date)}</time>
        {hit.cites && cites && <p class="notice">{t(lang, 'search.cites', { number: cites })}</p>}
        {hit.leadHtml && <p dangerouslySetInnerHTML={{ __html: hit.leadHtml }} />}
        {hit.snippetHtml && <p class="snippet" dangerouslySetInnerHTML={{ __html: hit.snippetHtml }} />}
      </div>
    </li>
  );
}

export function SearchView({ lang, params, categories, outcome, message, documentNumber }: SearchViewProps) {
  const { errors } = params;
  const page = outcome?.page ?? 1;
  const pages = outcome?.pages ?? 1;
  return (
    <>
      <h1>{t(lang, 'search.title')}</h1>
      <form class="admin-form search-filters" action={urls.search(lang)} method="get" noValidate>
        <h2 class="visually-hidden">{t(lang, 'search.filters')}</h2>
        {errors.length > 0 && (
          <p class="form-error" role="alert">
            {t(lang, 'search.fixErrors')}
          </p>
        )}
        <label for="search-q">{t(lang, 'search.query')}</label>
        <input
          id="search-q"
          name="q"
          type="search"
          maxLength={200}
          value={params.text}
          aria-describedby={describedBy(errors, 'q')}
          {...invalid(errors, 'q')}
        />
        {fieldError(lang, errors, 'q')}
        <label for="search-category">{t(lang, 'search.category')}</label>
        <select
          id="search-category"
          name="category"
          aria-describedby={describedBy(errors, 'category')}
          {...invalid(errors, 'category')}
        >
          <option value="">{t(lang, 'search.allCategories')}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.slug} selected={params.category?.id === c.id}>
              {lang === 'en' ? c.name_en : c.name_vi}
            </option>
          ))}
        </select>
        {fieldError(lang, errors, 'category')}
        <p class="hint" id="search-date-hint">
          {t(lang, 'search.dateHint')}
        </p>
        {(['from', 'to'] as const).map((name) => (
          <Fragment key={name}>
            <label for={`search-${name}`}>{t(lang, `search.${name}`)}</label>
            <input
              id={`search-${name}`}
              name={name}
              type="text"
              inputMode="numeric"
              autocomplete="off"
              placeholder="dd/mm/yyyy"
              value={name === 'from' ? params.fromText : params.toText}
              aria-describedby={describedBy(errors, name, 'search-date-hint')}
              {...invalid(errors, name)}
            />
            {fieldError(lang, errors, name)}
          </Fragment>
        ))}
        <label for="search-sort">{t(lang, 'search.sort')}</label>
        <select id="search-sort" name="sort" aria-describedby={describedBy(errors, 'sort')}>
          <option value="relevance" selected={params.sort === 'relevance'}>
            {t(lang, 'search.sortRelevance')}
          </option>
          <option value="newest" selected={params.sort === 'newest'}>
            {t(lang, 'search.sortNewest')}
          </option>
        </select>
        {fieldError(lang, errors, 'sort')}
        {fieldError(lang, errors, 'page')}
        <button type="submit">{t(lang, 'search.submit')}</button>
      </form>
      <p role="status">{message}</p>
      {outcome && outcome.hits.length > 0 && (
        <ul class="cards">
          {outcome.hits.map((hit) => (
            <Hit key={hit.id} hit={hit} lang={lang} cites={documentNumber} />
          ))}
        </ul>
      )}
      {outcome && pages > 1 && (
        <nav class="pager" aria-label={t(lang, 'search.pagination')}>
          {page > 1 ? <a href={searchUrl(lang, params, page - 1)}>{t(lang, 'search.previous')}</a> : <span />}
          <span>{t(lang, 'search.pageOf', { page, pages })}</span>
          {page < pages ? <a href={searchUrl(lang, params, page + 1)}>{t(lang, 'search.next')}</a> : <span />}
        </nav>
      )}
      {outcome?.totalCapped && page === PAGES_MAX && <p>{t(lang, 'search.pageLimit', { max: PAGES_MAX })}</p>}
    </>
  );
}
