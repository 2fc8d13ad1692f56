/**
 * An article's revisions in the admin: the list (pick any two to compare), one revision with the
 * restore confirmation, and the word-level comparison. Added and removed words are marked with
 * <ins>/<del> and also say "thêm"/"bớt" to screen readers (the marks alone are not announced).
 */
import type { Lang } from '../../platform/i18n/index.js';
import type { AdminContext } from '../admin/context.js';
import { Csrf } from '../admin/forms.js';
import type { ArticleForEdit } from './admin-ops.js';
import { articleUrls, type Say, sayer, When } from './admin-views.js';
import type {
  DiffPart,
  FieldChange,
  RevisionComparison,
  RevisionDetail,
  RevisionSummary,
} from './revisions.js';

const revisionLabel = (say: Say, r: RevisionSummary) =>
  say(r.labelKey, r.restoredFrom !== undefined ? { id: r.restoredFrom } : undefined);

function Links({ ctx, article }: { ctx: AdminContext; article: ArticleForEdit }) {
  const say = sayer(ctx.lang);
  return (
    <ul class="article-links">
      <li>
        <a href={articleUrls.edit(ctx.lang, ctx.site.code, article.id)}>{say('editorial.page.backToEdit')}</a>
      </li>
      <li>
        <a href={articleUrls.revisions(ctx.lang, ctx.site.code, article.id)}>
          {say('editorial.page.revisions')}
        </a>
      </li>
    </ul>
  );
}

export function RevisionListView({
  ctx,
  article,
  items,
}: {
  ctx: AdminContext;
  article: ArticleForEdit;
  items: RevisionSummary[];
}) {
  const say = sayer(ctx.lang);
  const code = ctx.site.code;
  if (items.length === 0) {
    return (
      <>
        <Links ctx={ctx} article={article} />
        <p>{say('editorial.page.rev.empty')}</p>
      </>
    );
  }
  const [newest, older] = items;
  return (
    <>
      <Links ctx={ctx} article={article} />
      {items.length < 2 && <p>{say('editorial.page.rev.only')}</p>}
      <form method="get" action={articleUrls.compare(ctx.lang, code, article.id)} class="revision-form">
        <div class="table-scroll">
          <table class="admin-table revision-table">
            <caption class="visually-hidden">{say('editorial.page.revisions')}</caption>
            <thead>
              <tr>
                <th scope="col">{say('editorial.page.rev.version')}</th>
                <th scope="col">{say('editorial.page.rev.time')}</th>
                <th scope="col">{say('editorial.page.rev.by')}</th>
                <th scope="col">{say('editorial.page.rev.kind')}</th>
                <th scope="col">{say('editorial.page.title')}</th>
                {items.length > 1 && <th scope="col">{say('editorial.page.rev.compareA')}</th>}
                {items.length > 1 && <th scope="col">{say('editorial.page.rev.compareB')}</th>}
                <th scope="col">{say('editorial.page.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id} id={`revision-${r.id}`}>
                  <th scope="row" class="num">
                    {r.version}
                  </th>
                  <td>
                    <When ms={r.createdAt} />
                  </td>
                  <td>{r.user?.name || say('editorial.page.system')}</td>
                  <td>{revisionLabel(say, r)}</td>
                  <td>{r.title}</td>
                  {items.length > 1 && (
                    <td>
                      <input
                        type="radio"
                        name="a"
                        value={r.id}
                        id={`a-${r.id}`}
                        checked={r.id === older?.id}
                      />
                      <label for={`a-${r.id}`} class="visually-hidden">
                        {say('editorial.page.rev.pickA', { version: r.version })}
                      </label>
                    </td>
                  )}
                  {items.length > 1 && (
                    <td>
                      <input
                        type="radio"
                        name="b"
                        value={r.id}
                        id={`b-${r.id}`}
                        checked={r.id === newest?.id}
                      />
                      <label for={`b-${r.id}`} class="visually-hidden">
                        {say('editorial.page.rev.pickB', { version: r.version })}
                      </label>
                    </td>
                  )}
                  <td class="actions">
                    <a href={articleUrls.revision(ctx.lang, code, article.id, r.id)}>
                      {say('editorial.page.rev.view')}
                      <span class="visually-hidden">
                        : {say('editorial.page.version', { version: r.version })}
                      </span>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        {items.length > 1 && <button type="submit">{say('editorial.page.rev.compare')}</button>}
      </form>
    </>
  );
}

export function RevisionView({
  ctx,
  article,
  revision,
  error,
}: {
  ctx: AdminContext;
  article: ArticleForEdit;
  revision: RevisionDetail;
  error?: string;
}) {
  const say = sayer(ctx.lang);
  return (
    <>
      <Links ctx={ctx} article={article} />
      <p>
        <When ms={revision.createdAt} /> – {revision.user?.name || say('editorial.page.system')} –{' '}
        {revisionLabel(say, revision)}
      </p>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      {article.canEdit ? (
        <form
          method="post"
          action={articleUrls.restore(ctx.lang, ctx.site.code, article.id, revision.id)}
          class="restore-form"
        >
          <Csrf token={ctx.session.csrf} />
          <input type="hidden" name="version" value={article.version} />
          <p id="restore-confirm">{say('editorial.page.restoreConfirm')}</p>
          <button type="submit" aria-describedby="restore-confirm">
            {say('editorial.page.restore')}
          </button>
        </form>
      ) : (
        <p class="notice">{say('editorial.page.restoreNotAllowed')}</p>
      )}
      <section class="revision-content" aria-labelledby="revision-title">
        <h2 id="revision-title">{revision.title}</h2>
        {revision.lead && <p class="lead">{revision.lead}</p>}
        <div class="article-body" dangerouslySetInnerHTML={{ __html: revision.bodyHtml }} />
      </section>
    </>
  );
}

/** An added or removed run: <ins>/<del>, which also says "thêm"/"bớt" to screen readers. */
function Mark({ lang, op, text }: { lang: Lang; op: 'add' | 'del'; text: string }) {
  const Tag = op === 'add' ? 'ins' : 'del';
  const word = sayer(lang)(op === 'add' ? 'editorial.page.diff.added' : 'editorial.page.diff.removed');
  return (
    <Tag>
      <span class="visually-hidden">[{word}: </span>
      {text}
      <span class="visually-hidden">]</span>
    </Tag>
  );
}

/** Diff runs as text, the changed ones marked. */
export function Diff({ lang, parts }: { lang: Lang; parts: DiffPart[] }) {
  if (parts.every((p) => p.op === 'same')) {
    return (
      <div class="diff">
        {parts.map((p) => p.text).join('')}
        <p class="diff-none">{sayer(lang)('editorial.page.diff.noChange')}</p>
      </div>
    );
  }
  return (
    <div class="diff">
      {parts.map((p, i) => (p.op === 'same' ? p.text : <Mark key={i} lang={lang} op={p.op} text={p.text} />))}
    </div>
  );
}

/** How a compared field's value reads: names for ids where the page knows them. */
export type FieldValueText = (change: FieldChange, value: unknown) => string;

const FIELD_LABELS = {
  slug: 'editorial.page.slug',
  categoryId: 'editorial.page.category',
  tags: 'editorial.page.tags',
  byline: 'editorial.page.byline',
  source: 'editorial.page.source',
  featuredMediaId: 'editorial.page.featured',
  lang: 'editorial.page.lang',
  translationId: 'editorial.page.translation',
  relatedIds: 'editorial.page.related',
} as const;

export function CompareView({
  ctx,
  article,
  comparison,
  valueText,
}: {
  ctx: AdminContext;
  article: ArticleForEdit;
  comparison: RevisionComparison;
  valueText: FieldValueText;
}) {
  const say = sayer(ctx.lang);
  const { a, b } = comparison;
  return (
    <>
      <Links ctx={ctx} article={article} />
      <p class="diff-legend">
        {say('editorial.page.diff.legend')} <ins>{say('editorial.page.diff.added')}</ins>{' '}
        <del>{say('editorial.page.diff.removed')}</del>
      </p>
      <p>
        {say('editorial.page.version', { version: a.version })}: <When ms={a.createdAt} /> (
        {a.user?.name ?? ''}) → {say('editorial.page.version', { version: b.version })}:{' '}
        <When ms={b.createdAt} /> ({b.user?.name ?? ''})
      </p>
      <section aria-labelledby="diff-title">
        <h2 id="diff-title">{say('editorial.page.title')}</h2>
        <Diff lang={ctx.lang} parts={comparison.title} />
      </section>
      <section aria-labelledby="diff-lead">
        <h2 id="diff-lead">{say('editorial.page.lead')}</h2>
        <Diff lang={ctx.lang} parts={comparison.lead} />
      </section>
      <section aria-labelledby="diff-body">
        <h2 id="diff-body">{say('editorial.page.body')}</h2>
        <Diff lang={ctx.lang} parts={comparison.body} />
      </section>
      {comparison.fields.length > 0 && (
        <section aria-labelledby="diff-fields">
          <h2 id="diff-fields">{say('editorial.page.diff.fields')}</h2>
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{say('editorial.page.diff.field')}</th>
                <th scope="col">{say('editorial.page.version', { version: a.version })}</th>
                <th scope="col">{say('editorial.page.version', { version: b.version })}</th>
              </tr>
            </thead>
            <tbody>
              {comparison.fields.map((f) => (
                <tr key={f.field}>
                  <th scope="row">
                    {say(FIELD_LABELS[f.field as keyof typeof FIELD_LABELS] ?? 'editorial.page.diff.field')}
                  </th>
                  <td>
                    <Mark lang={ctx.lang} op="del" text={valueText(f, f.a)} />
                  </td>
                  <td>
                    <Mark lang={ctx.lang} op="add" text={valueText(f, f.b)} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </>
  );
}
