/**
 * Full-text search of articles (features/search), on both dialects, for existing rows too.
 *
 * Both index the same text of published articles: title, lead, body (tags and entities dropped),
 * tags (the denormalised `search_tags` column, kept by createArticle) and byline, folded (lower
 * case, no diacritics, đ → d) so `dai hoi dang bo` finds `Đại hội Đảng bộ`; plus title, tags and
 * lead lower-cased with their diacritics, so a query typed with diacritics ranks exact matches first.
 *
 * SQLite: FTS5 external-content tables (the full text, and a small title index with prefix
 * indexes for suggestions) over views of the folded columns (the folding is the `loa_fold`
 * function openSqlite registers on every connection), kept in sync by triggers that fire only
 * when an indexed column changes (not on view counts). Their rowid orders by publication day.
 *
 * PostgreSQL: an unaccent-based text search configuration, stored generated tsvector columns
 * (computed by the database on every write; the whole text, and titles, tags and lead) with GIN
 * indexes, and the folded title for pg_trgm similarity (queries with typos). Production needs
 * the two extensions: `create extension if not exists` below works for a superuser; otherwise a
 * DBA runs `create extension unaccent; create extension pg_trgm;` once before migrating (a
 * database created with a UTF-8 locale, not plain C, gets Vietnamese case folding right).
 */
import { type Kysely, sql } from 'kysely';
import type { MigrationContext } from '../migration-helpers.js';

/** Every ordinary word token of PostgreSQL's default parser. */
const PG_WORD_TOKENS =
  'asciiword, word, numword, asciihword, hword, numhword, hword_asciipart, hword_part, hword_numpart, ' +
  'int, uint, float, sfloat, version, email, url, host, url_path, file';

/**
 * Characters PostgreSQL's parser would glue words with (`35-CT/TW` as one `file` token, `1.5`,
 * e-mail addresses…) and typographic punctuation a plain C locale would take for letters, as a
 * regular expression class: all become spaces, so both dialects cut text into the same words.
 * (A regular expression, not translate(): translate() is slower than the parsing itself.)
 */
const PG_SEPARATORS = `[-/.@_:+~\\\\<>&=#%|*^$!?,;()\\[\\]{}'"\`“”‘’–—…«»·•\u00a0]`;

function pgLiteral(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** The SQL of text cut into words the same way on both dialects. */
function pgWords(expr: string): string {
  return `regexp_replace(${expr}, ${pgLiteral(PG_SEPARATORS)}, ' ', 'g')`;
}

/** HTML tags and entities out of a stored body (the same as loa_fold(html, 1) on SQLite). */
const PG_BODY_TEXT = `regexp_replace(body_html, '<[^>]*>|&#?[a-zA-Z0-9]+;', ' ', 'g')`;

async function extensionSchema(db: Kysely<unknown>, name: string): Promise<string> {
  await sql.raw(`create extension if not exists ${name} with schema public`).execute(db);
  const { rows } = await sql<{ schema: string }>`
    select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = ${name}`.execute(db);
  return `"${rows[0]!.schema.replace(/"/g, '""')}"`;
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  const unaccent = await extensionSchema(db, 'unaccent');
  await extensionSchema(db, 'pg_trgm');
  await sql`alter table articles add column search_tags text not null default ''`.execute(db);
  await sql`
    update articles a set search_tags = s.names
    from (
      select x.site_id, x.article_id, string_agg(t.name, ', ' order by t.name) as names
      from article_tags x join tags t on t.site_id = x.site_id and t.id = x.tag_id
      group by x.site_id, x.article_id
    ) s
    where a.site_id = s.site_id and a.id = s.article_id`.execute(db);

  await sql.raw(`create text search configuration loa_search (copy = pg_catalog.simple)`).execute(db);
  await sql
    .raw(
      `alter text search configuration loa_search alter mapping for ${PG_WORD_TOKENS} ` +
        `with ${unaccent}.unaccent, pg_catalog.simple`,
    )
    .execute(db);
  // Immutable, so it can back an index: the dictionary is named with its schema.
  await sql
    .raw(
      `create function loa_fold(text) returns text language sql immutable strict parallel safe as ` +
        `$$ select lower(${unaccent}.unaccent('${unaccent}.unaccent'::regdictionary, $1)) $$`,
    )
    .execute(db);

  // Folded: the configuration's unaccent applied to the whole text at once (loa_fold) gives the
  // lexemes loa_search gives token by token, about three times faster; queries use loa_search.
  const folded = (expr: string, weight: string) =>
    `setweight(to_tsvector('pg_catalog.simple'::regconfig, ${pgWords(`loa_fold(${expr})`)}), '${weight}')`;
  // The words as written (lower case, diacritics kept): titles and tags A, lead B, like the folded.
  const exact = (expr: string, weight: string) =>
    `setweight(to_tsvector('pg_catalog.simple'::regconfig, ${pgWords(expr)}), '${weight}')`;
  // Adding the column computes it for every existing row (the backfill).
  await sql
    .raw(
      `alter table articles add column search_vector tsvector generated always as (` +
        `${folded('title', 'A')} || ${folded('search_tags', 'A')} || ${folded('lead', 'B')} || ` +
        `${folded('byline', 'C')} || ${folded(PG_BODY_TEXT, 'D')} || ` +
        `${exact("title || ' ' || search_tags", 'A')} || ${exact('lead', 'B')}` +
        `) stored`,
    )
    .execute(db);
  await sql`create index articles_search on articles using gin (search_vector)`.execute(db);
  // Titles, tags and lead again, small: the tiers of relevance and suggestions look here (a
  // weight-limited query against the whole vector would re-read every body it matches).
  await sql
    .raw(
      `alter table articles add column search_head tsvector generated always as (` +
        `${folded('title', 'A')} || ${folded('search_tags', 'A')} || ${folded('lead', 'B')} || ` +
        `${exact("title || ' ' || search_tags", 'A')} || ${exact('lead', 'B')}) stored`,
    )
    .execute(db);
  await sql`create index articles_search_head on articles using gin (search_head)`.execute(db);
  // The folded title for pg_trgm similarity (queries with typos), stored so it is read as it is.
  // Compared with the newest titles only (features/search/postgres-search.ts), it needs no index.
  await sql`alter table articles add column search_title text generated always as (loa_fold(title)) stored`.execute(
    db,
  );
}

/**
 * The FTS5 rowid of an article: its publication day (in Vietnam, counted from 2000-01-01) times
 * 2^32, plus its id. Walking rowids down is newest first (by day, then by id), so a search stops
 * after the rows it needs instead of sorting every match; "published by now" and the date filters
 * are rowid ranges; the id is the low 32 bits. Articles of one day share the high part, so the
 * index stays as compact as one keyed by id (consecutive rowids differ by little).
 */
export const SQLITE_DAY_MS = 86_400_000;
export const SQLITE_VN_OFFSET_MS = 25_200_000;
export const SQLITE_KEY_DAY0 = 10_957;
function sqliteKey(row: string): string {
  return (
    `(((coalesce(${row}.published_at, 0) + ${SQLITE_VN_OFFSET_MS}) / ${SQLITE_DAY_MS} - ${SQLITE_KEY_DAY0}) ` +
    `* 4294967296 + ${row}.id)`
  );
}

/**
 * What the FTS5 index holds of a row named `row`: the folded columns, the exact one (title, tags
 * and lead; the tokenizer lower-cases), and the scope words (site, language, category) every
 * search ANDs in.
 */
function sqliteColumns(row: string): string {
  return (
    `loa_fold(${row}.title), loa_fold(${row}.lead), loa_fold(${row}.body_html, 1), ` +
    `loa_fold(${row}.search_tags), loa_fold(${row}.byline), ` +
    `${row}.title || ' ' || ${row}.search_tags || ' ' || ${row}.lead, ${sqliteScope(row)}`
  );
}

function sqliteScope(row: string): string {
  return `'s' || ${row}.site_id || ' l' || ${row}.lang || ' c' || ${row}.category_id`;
}

/** The small title index for suggestions as the user types: titles and tags, with prefix indexes. */
function sqliteTitleColumns(row: string): string {
  return (
    `loa_fold(${row}.title), loa_fold(${row}.search_tags), ` +
    `${row}.title || ' ' || ${row}.search_tags, ${sqliteScope(row)}`
  );
}

const FTS_COLUMNS = 'title, lead, body, tags, byline, exact, scope';
const TITLE_COLUMNS = 'title, tags, exact, scope';

/** An FTS5 table over a view of the published articles, with the triggers keeping it in step. */
async function sqliteIndex(
  db: Kysely<unknown>,
  name: string,
  columns: string,
  values: (row: string) => string,
  options: string,
): Promise<void> {
  // The view is what the index holds: FTS5 reads it to rebuild.
  await sql
    .raw(
      `create view ${name}_source (search_key, ${columns}) as ` +
        `select ${sqliteKey('a')}, ${values('a')} from articles a where a.status = 'published'`,
    )
    .execute(db);
  // unicode61 without diacritic removal: the folded columns are folded already, `exact` must keep them.
  await sql
    .raw(
      `create virtual table ${name} using fts5(${columns}, content='${name}_source', ` +
        `content_rowid='search_key', tokenize='unicode61 remove_diacritics 0'${options})`,
    )
    .execute(db);
  // Fewer, larger merges while writing: bulk imports and backfills index faster.
  await sql.raw(`insert into ${name}(${name}, rank) values ('automerge', 16)`).execute(db);
  const insert =
    `insert into ${name}(rowid, ${columns}) ` +
    `select ${sqliteKey('new')}, ${values('new')} where new.status = 'published';`;
  // An external-content index is told what it held, so the old values go with 'delete'.
  const remove =
    `insert into ${name}(${name}, rowid, ${columns}) ` +
    `select 'delete', ${sqliteKey('old')}, ${values('old')} where old.status = 'published';`;
  await sql.raw(`create trigger ${name}_insert after insert on articles begin ${insert} end`).execute(db);
  await sql.raw(`create trigger ${name}_delete after delete on articles begin ${remove} end`).execute(db);
  // Not on view counts: only on the columns the index holds.
  await sql
    .raw(
      `create trigger ${name}_update after update of title, lead, body_html, search_tags, byline, ` +
        `status, published_at, site_id, lang, category_id on articles begin ${remove} ${insert} end`,
    )
    .execute(db);
  // The backfill, in rowid order (FTS5 writes a segment whenever a rowid goes down).
  await sql
    .raw(
      `insert into ${name}(rowid, ${columns}) select k.search_key, ${values('a')} from ` +
        `(select id, ${sqliteKey('articles')} as search_key from articles where status = 'published' ` +
        `order by search_key) k join articles a on a.id = k.id`,
    )
    .execute(db);
}

async function upSqlite(db: Kysely<unknown>): Promise<void> {
  await sql`alter table articles add column search_tags text not null default ''`.execute(db);
  await sql`
    update articles set search_tags = coalesce((
      select group_concat(name, ', ') from (
        select t.name from article_tags x join tags t on t.site_id = x.site_id and t.id = x.tag_id
        where x.site_id = articles.site_id and x.article_id = articles.id order by t.name
      )
    ), '')`.execute(db);
  // Searches rank by tiers (features/search/search-engine.ts), not bm25: no column sizes needed.
  await sqliteIndex(db, 'articles_fts', FTS_COLUMNS, sqliteColumns, ', columnsize=0');
  await sqliteIndex(
    db,
    'articles_title_fts',
    TITLE_COLUMNS,
    sqliteTitleColumns,
    ", columnsize=0, prefix='2 3'",
  );
}

export async function up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void> {
  if (ctx.dialect === 'postgres') await upPostgres(db);
  else await upSqlite(db);
}
