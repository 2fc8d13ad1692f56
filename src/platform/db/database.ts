/**
 * Opens the database Loa runs on: embedded SQLite (better-sqlite3, WAL) by default, PostgreSQL when
 * DATABASE_URL is set. Both are handed out as the same `Database`, so nothing above this folder
 * knows which one it talks to.
 */
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { ConfigError } from '../../config.js';
import { fold } from '../vietnamese/index.js';
import type { Schema } from './schema.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Database {
  db: Kysely<Schema>;
  dialect: DialectName;
  /** Checks the database answers (used by /readyz). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

// PostgreSQL returns int8 (bigint, COUNT(*)) as strings by default; every int8 Loa stores is an epoch
// millisecond or a counter well inside Number.MAX_SAFE_INTEGER.
pg.types.setTypeParser(20, (value: string) => Number(value));

export interface OpenOptions {
  dataDir: string;
  databaseUrl?: string;
  /** PostgreSQL schema to use (tests give every run its own). */
  pgSchema?: string;
  /** SQLite file name, ':memory:' for a throwaway database. */
  sqliteFile?: string;
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query anew; preparing costs more than running most of Loa's queries.
 * Statements are reusable (better-sqlite3 runs them synchronously), so keep the recent ones by SQL.
 */
function withStatementCache(sqlite: BetterSqlite3.Database): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  return new Proxy(sqlite, {
    get(target, prop, receiver) {
      if (prop !== 'prepare') {
        const value = Reflect.get(target, prop, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      }
      return (sql: string) => {
        let stmt = cache.get(sql);
        if (stmt) return stmt;
        stmt = target.prepare(sql);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
        cache.set(sql, stmt);
        return stmt;
      };
    },
  });
}

/** fold() of each UTF-16 unit met so far: -1 not known yet, -2 dropped (a mark), -3 not one unit. */
const FOLDED_UNITS = new Int32Array(65536).fill(-1);
const utf16 = new TextDecoder('utf-16le');

/**
 * fold() for whole article bodies, unit by unit from a table of fold()'s own answers: the same
 * result several times faster, which is what indexing 5,000 articles a second needs. Text with a
 * character that does not fold to one unit (rare outside Vietnamese) goes through fold() itself.
 */
function foldForIndex(text: string): string {
  const lower = text.toLowerCase();
  const out = new Uint16Array(lower.length);
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c < 0x80) {
      out[n++] = c;
      continue;
    }
    let f = FOLDED_UNITS[c]!;
    if (f === -1) {
      const folded = c >= 0xd800 && c <= 0xdfff ? 'xx' : fold(String.fromCharCode(c));
      f = folded.length === 1 ? folded.charCodeAt(0) : folded.length === 0 ? -2 : -3;
      FOLDED_UNITS[c] = f;
    }
    if (f === -3) return fold(text);
    if (f >= 0) out[n++] = f;
  }
  return utf16.decode(out.subarray(0, n));
}

export function openSqlite(file: string): Database {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('cache_size = -32000');
  // Full-text search (migration 002): the FTS5 triggers fold text with the same fold() the search
  // queries use (đ → d), so every connection registers it. loa_fold(html, 1) drops tags and entities.
  sqlite.function('loa_fold', { deterministic: true, varargs: true }, (text: unknown, html?: unknown) =>
    typeof text !== 'string'
      ? ''
      : foldForIndex(html ? text.replace(/<[^>]*>|&#?[a-zA-Z0-9]+;/g, ' ') : text),
  );
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    dialect: 'sqlite',
    async ping() {
      sqlite.prepare('select 1').get();
    },
    async close() {
      await db.destroy();
    },
  };
}

export async function openPostgres(url: string, schema?: string): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    connectionTimeoutMillis: 5000,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  try {
    const client = await pool.connect();
    if (schema) await client.query(`create schema if not exists "${schema}"`);
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    const reason = (err as Error).message.split('\n')[0];
    throw new ConfigError(`cannot reach the PostgreSQL database in DATABASE_URL: ${reason}`);
  }
  const db = new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) });
  return {
    db,
    dialect: 'postgres',
    async ping() {
      const client = await pool.connect();
      try {
        await client.query('select 1');
      } finally {
        client.release();
      }
    },
    async close() {
      await db.destroy();
    },
  };
}

export async function openDatabase(options: OpenOptions): Promise<Database> {
  if (options.databaseUrl) return openPostgres(options.databaseUrl, options.pgSchema);
  const file = options.sqliteFile ?? join(options.dataDir, 'loa.sqlite');
  try {
    return openSqlite(file);
  } catch (err) {
    throw new ConfigError(`cannot open the SQLite database ${file}: ${(err as Error).message}`);
  }
}
