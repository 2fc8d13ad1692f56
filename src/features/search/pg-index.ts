/**
 * PostgreSQL's search vectors kept filled (migration 014): `articles.search_vector` and
 * `articles.search_head` are plain tsvector columns that a trigger empties (NULL) whenever an
 * indexed text column is written — no text processing in the database — and this file fills
 * them again from vectors built in Node (pg-vectors.ts). Rows with a NULL vector are simply not
 * found: `indexArticleNow` fills a row right after the editors' writes (articles/operations.ts);
 * `indexPending` fills every NULL row in batches (migration 014, the background sweep of
 * sweep.ts, `loa search reindex`), so a write made any other way, even raw SQL, is searchable
 * within seconds. Batches are read, computed and written with the next read and the previous
 * writes under way, so Node and PostgreSQL work at the same time.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { build, type IndexedText } from './pg-vectors.js';
import { VectorArray } from './tsvector-binary.js';

/** A migration is handed Kysely<unknown>, the application has Kysely<Schema>: both serve here. */
// biome-ignore lint/suspicious/noExplicitAny: the raw SQL below does not use the schema type.
type AnyKysely = Kysely<any>;

/** A database handle, or the bare Kysely instance a migration is given (PostgreSQL then). */
export type IndexTarget = Pick<Database, 'db' | 'dialect'> | AnyKysely;

function kyselyOf(target: IndexTarget): AnyKysely | null {
  if ('dialect' in target && 'db' in target && typeof target.dialect === 'string')
    return target.dialect === 'postgres' ? target.db : null;
  return target as AnyKysely;
}

interface PendingRow extends IndexedText {
  id: number;
  /** The row version read (xmin): the vectors are written only if no one wrote the row since. */
  x: string;
}

export interface IndexOptions {
  /** Rows read, computed and written at a time. */
  batch?: number;
  /** Batches being written while the next is read and computed (Node and PostgreSQL at once). */
  concurrency?: number;
  /** Every row, not only those without vectors (a rebuild). */
  all?: boolean;
  /** Called after each batch with the number of rows indexed so far. */
  onProgress?: (done: number) => void;
}

// The body as bytes: Node decodes a long text into a string at a cost the vectors can do without.
const COLUMNS = sql`a.id, a.xmin::text as x, a.title, a.lead, convert_to(a.body_html, 'UTF8') as body_html,
  a.search_tags, a.byline`;

async function readAfter(db: AnyKysely, after: number, batch: number, all: boolean): Promise<PendingRow[]> {
  const pending = all ? sql`` : sql`a.search_vector is null and`;
  const { rows } = await sql<PendingRow>`select ${COLUMNS} from articles a
    where ${pending} a.id > ${after} order by a.id limit ${batch}`.execute(db);
  return rows;
}

async function readIds(db: AnyKysely, ids: readonly number[], all: boolean): Promise<PendingRow[]> {
  const pending = all ? sql`` : sql`a.search_vector is null and`;
  const { rows } = await sql<PendingRow>`select ${COLUMNS} from articles a
    where ${pending} a.id = any(${ids}::int[])`.execute(db);
  return rows;
}

/**
 * Writes the vectors of `rows` in one statement, each only if the row is still the version read
 * (a concurrent edit empties the vectors again and the next sweep takes it). Returns the ids
 * not written.
 */
async function write(db: AnyKysely, rows: readonly PendingRow[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const ids: number[] = [];
  const versions: string[] = [];
  const vectors = new VectorArray(rows.length);
  const heads = new VectorArray(rows.length);
  for (const row of rows) {
    ids.push(row.id);
    versions.push(row.x);
    vectors.add(build(row, false));
    heads.add(build(row, true));
  }
  // The vectors go as binary parameters: no text for PostgreSQL to parse.
  const { rows: done } = await sql<{ id: number }>`update articles a
    set search_vector = v.vector, search_head = v.head
    from unnest(${ids}::int[], ${versions}::text[], ${vectors.finish()}::tsvector[],
      ${heads.finish()}::tsvector[]) as v(id, x, vector, head)
    where a.id = v.id and a.xmin = v.x::xid
    returning a.id`.execute(db);
  if (done.length === rows.length) return [];
  const written = new Set(done.map((r) => r.id));
  return ids.filter((id) => !written.has(id));
}

/** Rows written by someone else between the read and the write: read again, a few times. */
const RETRIES = 3;

async function writeWithRetries(db: AnyKysely, rows: readonly PendingRow[], all: boolean): Promise<number> {
  let missed = await write(db, rows);
  let done = rows.length - missed.length;
  for (let i = 0; i < RETRIES && missed.length > 0; i++) {
    const again = await readIds(db, missed, all);
    missed = await write(db, again);
    done += again.length - missed.length;
  }
  return done;
}

/**
 * Computes and stores the vectors of every article without them (or of every article, `all`),
 * in id order, `batch` rows a statement with `concurrency` batches being written while the next
 * is read and computed. Returns the number of rows written. A no-op on SQLite (FTS5 triggers
 * keep its index). Rows emptied again while it runs are left to the next call.
 */
export async function indexPending(target: IndexTarget, options: IndexOptions = {}): Promise<number> {
  const db = kyselyOf(target);
  if (!db) return 0;
  const batch = Math.max(1, options.batch ?? 500);
  const concurrency = Math.max(1, options.concurrency ?? 2);
  const all = options.all ?? false;
  const writing = new Set<Promise<void>>();
  let failure: { error: unknown } | undefined;
  let done = 0;
  // The next batch is read while this one is computed and written.
  let next = readAfter(db, 0, batch, all);
  try {
    for (;;) {
      const rows = await next;
      if (rows.length === 0) break;
      const last = rows[rows.length - 1]!.id;
      next = rows.length < batch ? Promise.resolve([]) : readAfter(db, last, batch, all);
      const job: Promise<void> = writeWithRetries(db, rows, all).then(
        (n) => {
          done += n;
          options.onProgress?.(done);
        },
        (error: unknown) => {
          failure ??= { error };
        },
      );
      const tracked = job.finally(() => writing.delete(tracked));
      writing.add(tracked);
      while (writing.size >= concurrency) await Promise.race(writing);
      if (failure) break;
    }
  } finally {
    // Nothing left behind: a read under way (its rows are not needed) and the writes.
    await next.catch(() => []);
    await Promise.all(writing);
  }
  if (failure) throw failure.error;
  return done;
}

/**
 * Indexes one article now if its vectors were emptied (after the editors' writes: created,
 * saved, restored), so it is found at once. A no-op on SQLite and when nothing indexed changed.
 */
export async function indexArticleNow(
  database: Pick<Database, 'db' | 'dialect'>,
  siteId: number,
  articleId: number,
): Promise<void> {
  if (database.dialect !== 'postgres') return;
  const { rows } = await sql<PendingRow>`select ${COLUMNS} from articles a
    where a.site_id = ${siteId} and a.id = ${articleId} and a.search_vector is null`.execute(database.db);
  // Written meanwhile by someone else: the sweep takes it.
  await write(database.db, rows);
}

/** The GIN indexes over the vectors (migration 014 builds them; a rebuild drops and rebuilds them). */
export const SEARCH_INDEXES: Record<string, string> = {
  articles_search: 'create index if not exists articles_search on articles using gin (search_vector)',
  articles_search_head: 'create index if not exists articles_search_head on articles using gin (search_head)',
};

/** Memory a GIN build may use (PostgreSQL's default, 64 MB, spills a large index to disk often). */
const BUILD_MEMORY = '512MB';

/**
 * Builds the GIN indexes of the vectors with more memory for the build: one after the other on
 * `db` (inside a migration's transaction), or `parallel`, each on its own connection of the pool.
 */
export async function createSearchIndexes(
  db: AnyKysely,
  options: { parallel?: boolean } = {},
): Promise<void> {
  const create = async (conn: AnyKysely, ddl: string, local: boolean) => {
    await sql`select set_config('maintenance_work_mem', ${BUILD_MEMORY}, ${local})`.execute(conn);
    await sql.raw(ddl).execute(conn);
  };
  if (!options.parallel) {
    for (const ddl of Object.values(SEARCH_INDEXES)) await create(db, ddl, true);
    return;
  }
  await Promise.all(
    Object.values(SEARCH_INDEXES).map((ddl) =>
      db.connection().execute(async (conn) => {
        try {
          await create(conn, ddl, false);
        } finally {
          await sql`reset maintenance_work_mem`.execute(conn);
        }
      }),
    ),
  );
}

export async function dropSearchIndexes(db: AnyKysely): Promise<void> {
  for (const name of Object.keys(SEARCH_INDEXES)) await sql.raw(`drop index if exists ${name}`).execute(db);
}
