/**
 * The article form of the admin (new and edit pages): every field of an article, the body textarea
 * the editor island takes over (the contract in src/client/editor.ts), autosave (the contract in
 * src/client/article-form.ts), the conflict warning of a refused save, the workflow buttons the
 * actor's role opens, and the timeline of the article's transitions. Works without JavaScript.
 */
import type { Lang } from '../../platform/i18n/index.js';
import type { AdminContext } from '../admin/context.js';
import { Csrf, type FieldErrors, FormError, SelectField, TextArea, TextField } from '../admin/forms.js';
import { mediaUrls } from '../media/admin-views.js';
import type { ArticleForEdit } from './admin-ops.js';
import { articleUrls, type Say, StatusBadge, sayer, When } from './admin-views.js';
import { editRefusal } from './article-access.js';
import { autosaveLabels, editorLabels } from './editor-labels.js';
import { actionKey, statusKey, type TimelineEntry, type WorkflowAction } from './workflow.js';

/** The form's values as strings, as typed or as stored. */
export type FormValues = Record<string, string>;

export interface Option {
  id: number;
  label: string;
}

export interface EditViewData {
  /** Undefined on the new-article page. */
  article?: ArticleForEdit;
  values: FormValues;
  errors: FieldErrors;
  /** The message of a refused save (someone else saved meanwhile). */
  conflict?: string;
  categories: Option[];
  /** Usable images of the library (with alt text). */
  media: (Option & { thumb?: string })[];
  /** Articles in the other language that may be linked as the translation. */
  translations: Option[];
  timeline: TimelineEntry[];
  /** Values and errors of the workflow forms (reason, publishAt). */
  workflow?: { action: WorkflowAction; values: FormValues; errors: FieldErrors };
}

/** The form's values from a stored article. */
export function valuesOf(a: ArticleForEdit): FormValues {
  return {
    title: a.title,
    slug: a.slug,
    lead: a.lead,
    body_html: a.bodyHtml,
    categoryId: String(a.categoryId),
    tags: a.tags.join(', '),
    featuredMediaId: a.featuredMediaId === null ? '' : String(a.featuredMediaId),
    byline: a.byline,
    source: a.source ?? '',
    lang: a.lang,
    translationId: a.translationId === null ? '' : String(a.translationId),
    relatedIds: a.relatedIds.join(', '),
    version: String(a.version),
  };
}

const mediaApi = (ctx: AdminContext, query = '') =>
  `${mediaUrls.api(ctx.site.code)}?lang=${ctx.lang}${query}`;

function BodyField({ ctx, values, errors }: { ctx: AdminContext; values: FormValues; errors: FieldErrors }) {
  const say = sayer(ctx.lang);
  const error = errors.bodyHtml;
  const described = ['body_html-hint', error ? 'body_html-error' : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field-body has-error' : 'field field-body'}>
      <label for="body_html" id="body_html-label">
        {say('editorial.page.body')}
      </label>
      <p class="field-hint" id="body_html-hint">
        {say('editorial.page.bodyHint')}
      </p>
      <textarea
        name="body_html"
        id="body_html"
        rows={18}
        data-editor=""
        data-labels={JSON.stringify(editorLabels(ctx.lang))}
        data-media-list-url={mediaApi(ctx, '&usable=1')}
        data-upload-url={mediaApi(ctx)}
        data-csrf={ctx.session.csrf}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
      >
        {values.body_html ?? ''}
      </textarea>
      {error && (
        <p class="field-error" id="body_html-error">
          {error}
        </p>
      )}
    </div>
  );
}

function RelatedNow({ lang, article }: { lang: Lang; article?: ArticleForEdit }) {
  if (!article?.related.length) return null;
  const say = sayer(lang);
  return (
    <div class="related-now">
      <p class="field-hint">{say('editorial.page.relatedNow')}</p>
      <ul>
        {article.related.map((r) => (
          <li key={r.id}>
            <span class="num">{r.id}</span> {r.title} (<StatusBadge lang={lang} status={r.status} />)
          </li>
        ))}
      </ul>
    </div>
  );
}

function FeaturedField({ ctx, data }: { ctx: AdminContext; data: EditViewData }) {
  const say = sayer(ctx.lang);
  const current = data.media.find((m) => String(m.id) === data.values.featuredMediaId);
  return (
    <div class="featured-field">
      <SelectField
        name="featuredMediaId"
        label={say('editorial.page.featured')}
        hint={say('editorial.page.featuredHint')}
        value={data.values.featuredMediaId}
        errors={data.errors}
        options={[
          { value: '', label: say('editorial.page.featuredNone') },
          ...data.media.map((m) => ({ value: m.id, label: m.label })),
        ]}
      />
      {current?.thumb && <img class="featured-thumb" src={current.thumb} alt={current.label} width={160} />}
      <p class="field-hint">
        <a href={mediaUrls.list(ctx.lang, ctx.site.code)} target="_blank" rel="noopener">
          {say('editorial.page.mediaLibrary')}
        </a>
      </p>
    </div>
  );
}

function Fields({ ctx, data, say }: { ctx: AdminContext; data: EditViewData; say: Say }) {
  const { values, errors } = data;
  return (
    <div class="article-columns">
      <div class="article-main">
        <TextField
          name="title"
          label={say('editorial.page.title')}
          value={values.title}
          errors={errors}
          maxLength={300}
          required
        />
        <TextField
          name="slug"
          label={say('editorial.page.slug')}
          hint={say('editorial.page.slugHint')}
          value={values.slug}
          errors={errors}
          maxLength={200}
        />
        <TextArea
          name="lead"
          label={say('editorial.page.lead')}
          hint={say('editorial.page.leadHint')}
          value={values.lead}
          errors={errors}
          rows={3}
        />
        <BodyField ctx={ctx} values={values} errors={errors} />
      </div>
      <div class="article-side">
        <SelectField
          name="categoryId"
          label={say('editorial.page.category')}
          value={values.categoryId}
          errors={errors}
          required
          options={[
            { value: '', label: say('editorial.page.chooseCategory') },
            ...data.categories.map((c) => ({ value: c.id, label: c.label })),
          ]}
        />
        <TextField
          name="tags"
          label={say('editorial.page.tags')}
          hint={say('editorial.page.tagsHint')}
          value={values.tags}
          errors={errors}
        />
        <FeaturedField ctx={ctx} data={data} />
        <TextField
          name="byline"
          label={say('editorial.page.byline')}
          hint={say('editorial.page.bylineHint')}
          value={values.byline}
          errors={errors}
          maxLength={200}
        />
        <TextField
          name="source"
          label={say('editorial.page.source')}
          hint={say('editorial.page.sourceHint')}
          value={values.source}
          errors={errors}
          maxLength={300}
        />
        <SelectField
          name="lang"
          label={say('editorial.page.lang')}
          value={values.lang || 'vi'}
          errors={errors}
          options={[
            { value: 'vi', label: say('editorial.page.langVi') },
            { value: 'en', label: say('editorial.page.langEn') },
          ]}
        />
        <SelectField
          name="translationId"
          label={say('editorial.page.translation')}
          hint={say('editorial.page.translationHint')}
          value={values.translationId}
          errors={errors}
          options={[
            { value: '', label: say('editorial.page.translationNone') },
            ...data.translations.map((a) => ({ value: a.id, label: a.label })),
          ]}
        />
        <TextField
          name="relatedIds"
          label={say('editorial.page.related')}
          hint={say('editorial.page.relatedHint')}
          value={values.relatedIds}
          errors={errors}
          inputMode="text"
        />
        <RelatedNow lang={ctx.lang} article={data.article} />
      </div>
    </div>
  );
}

function ConflictBox({
  ctx,
  message,
  article,
}: {
  ctx: AdminContext;
  message: string;
  article: ArticleForEdit;
}) {
  const say = sayer(ctx.lang);
  return (
    <div class="conflict-box" role="alert" id="conflict">
      <h2>{say('editorial.page.conflictTitle')}</h2>
      <p>{message}</p>
      <p>{say('editorial.page.conflictKept')}</p>
      <p>
        <a href={articleUrls.edit(ctx.lang, ctx.site.code, article.id)} target="_blank" rel="noopener">
          {say('editorial.page.conflictOpen')}
        </a>
      </p>
    </div>
  );
}

/** The latest reason the article was returned for, while it is returned. */
function ReturnReason({
  ctx,
  article,
  timeline,
}: {
  ctx: AdminContext;
  article: ArticleForEdit;
  timeline: TimelineEntry[];
}) {
  if (article.status !== 'returned') return null;
  const last = [...timeline].reverse().find((e) => e.to === 'returned');
  if (!last) return null;
  const say = sayer(ctx.lang);
  return (
    <div class="return-reason" role="note" id="return-reason">
      <p>
        <strong>
          {say('editorial.page.returnedBy', { name: last.user?.name || say('editorial.page.system') })}{' '}
          <When ms={last.at} />
        </strong>
      </p>
      <p class="reason-text">{last.reason}</p>
    </div>
  );
}

function ArticleMeta({ ctx, article }: { ctx: AdminContext; article: ArticleForEdit }) {
  const say = sayer(ctx.lang);
  const code = ctx.site.code;
  return (
    <div class="article-meta">
      <p>
        {say('editorial.page.status')}: <StatusBadge lang={ctx.lang} status={article.status} />
        {article.status === 'scheduled' && article.publishedAt !== null && (
          <>
            {' '}
            ({say('editorial.page.scheduledFor')} <When ms={article.publishedAt} />)
          </>
        )}
        {' · '}
        {say('editorial.page.author')}: {article.author?.name ?? '—'}
        {' · '}
        {say('editorial.page.lastSaved')} <When ms={article.updatedAt} />
        {article.updatedBy && ` (${article.updatedBy.name})`}
        {' · '}
        {say('editorial.page.version', { version: article.version })}
      </p>
      <ul class="article-links">
        <li>
          <a href={articleUrls.preview(ctx.lang, code, article.id)}>{say('editorial.page.preview')}</a>
        </li>
        <li>
          <a href={articleUrls.revisions(ctx.lang, code, article.id)}>{say('editorial.page.revisions')}</a>
        </li>
        {article.publicPath && (
          <li>
            <a href={article.publicPath}>{say('editorial.page.public')}</a>
          </li>
        )}
        <li>
          <a href={articleUrls.list(ctx.lang, code)}>{say('editorial.page.backToList')}</a>
        </li>
      </ul>
    </div>
  );
}

function WorkflowForm({
  ctx,
  article,
  action,
  state,
}: {
  ctx: AdminContext;
  article: ArticleForEdit;
  action: WorkflowAction;
  state?: EditViewData['workflow'];
}) {
  const say = sayer(ctx.lang);
  const mine = state?.action === action ? state : undefined;
  const errors = mine?.errors ?? {};
  return (
    <form
      method="post"
      action={articleUrls.transition(ctx.lang, ctx.site.code, article.id)}
      class={`workflow-form workflow-${action}`}
      noValidate
    >
      <Csrf token={ctx.session.csrf} />
      <input type="hidden" name="action" value={action} />
      {mine && <FormError message={errors.form ?? errors.status} />}
      {action === 'return' && (
        <TextArea
          name="reason"
          id="return-reason-input"
          label={say('editorial.page.reason')}
          hint={say('editorial.page.reasonHint')}
          value={mine?.values.reason}
          errors={errors}
          rows={3}
          maxLength={1000}
          required
        />
      )}
      {action === 'schedule' && (
        <TextField
          name="publishAt"
          id="schedule-at"
          type="datetime-local"
          label={say('editorial.page.publishAt')}
          hint={say('editorial.page.publishAtHint')}
          value={mine?.values.publishAt}
          errors={errors}
          required
        />
      )}
      <button type="submit" class={action === 'return' || action === 'unpublish' ? 'secondary' : undefined}>
        {say(actionKey(action))}
      </button>
    </form>
  );
}

function WorkflowPanel({
  ctx,
  data,
  article,
}: {
  ctx: AdminContext;
  data: EditViewData;
  article: ArticleForEdit;
}) {
  const say = sayer(ctx.lang);
  return (
    <section class="workflow" aria-labelledby="workflow-title">
      <h2 id="workflow-title">{say('editorial.page.workflow')}</h2>
      {article.actions.length === 0 ? (
        <p>{say('editorial.page.noActions')}</p>
      ) : (
        <div class="workflow-actions">
          {article.actions.map((action) => (
            <WorkflowForm key={action} ctx={ctx} article={article} action={action} state={data.workflow} />
          ))}
        </div>
      )}
      <h2 id="timeline-title">{say('editorial.page.timeline')}</h2>
      {data.timeline.length === 0 ? (
        <p>{say('editorial.page.timelineEmpty')}</p>
      ) : (
        <ol class="timeline" aria-labelledby="timeline-title">
          {data.timeline.map((e) => (
            <li key={e.id}>
              <When ms={e.at} /> – <strong>{e.user?.name || say('editorial.page.system')}</strong>:{' '}
              {say('editorial.page.moved', { from: say(statusKey(e.from)), to: say(statusKey(e.to)) })}
              {e.reason && (
                <p class="reason">
                  {say('editorial.page.reasonShown')} {e.reason}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The new-article page (no article yet) and the edit page. */
export function ArticleEditView({ ctx, data }: { ctx: AdminContext; data: EditViewData }) {
  const say = sayer(ctx.lang);
  const { article } = data;
  const refusal = article
    ? editRefusal(ctx.actor, ctx.site.id, { author_id: article.author?.id ?? null, status: article.status })
    : undefined;
  const editable = article ? article.canEdit : true;
  const live = article && (article.status === 'published' || article.status === 'scheduled');
  const autosave = article && editable && !live;
  const action = article
    ? articleUrls.edit(ctx.lang, ctx.site.code, article.id)
    : articleUrls.create(ctx.lang, ctx.site.code);
  return (
    <div class="article-editor">
      {article && <ArticleMeta ctx={ctx} article={article} />}
      {article && <ReturnReason ctx={ctx} article={article} timeline={data.timeline} />}
      {data.conflict && article && <ConflictBox ctx={ctx} message={data.conflict} article={article} />}
      {!editable && refusal && (
        <p class="notice" role="note">
          {say('editorial.page.readOnly', { reason: say(refusal) })}
        </p>
      )}
      <form
        method="post"
        action={action}
        class="article-form"
        noValidate
        data-article-form=""
        data-autosave-url={autosave ? articleUrls.autosave(ctx.lang, ctx.site.code, article.id) : undefined}
        data-autosave-labels={autosave ? JSON.stringify(autosaveLabels(ctx.lang)) : undefined}
        data-csrf={ctx.session.csrf}
      >
        {autosave && <p data-autosave-status="" role="status" class="autosave-status" />}
        <FormError message={data.errors.form} />
        <Csrf token={ctx.session.csrf} />
        {article && (
          <input type="hidden" name="version" value={data.values.version ?? String(article.version)} />
        )}
        <fieldset class="article-fields" disabled={!editable}>
          <legend class="visually-hidden">{say('editorial.page.fieldsLegend')}</legend>
          <Fields ctx={ctx} data={data} say={say} />
        </fieldset>
        {editable && (
          <div class="form-actions">
            <button type="submit" name="next" value="save">
              {say(article ? 'admin.form.save' : 'editorial.page.create')}
            </button>
            {(!article || article.actions.includes('submit')) && (
              <button type="submit" name="next" value="submit" class="secondary">
                {say(article ? 'editorial.page.saveSubmit' : 'editorial.page.createSubmit')}
              </button>
            )}
          </div>
        )}
      </form>
      {article && <WorkflowPanel ctx={ctx} data={data} article={article} />}
    </div>
  );
}
