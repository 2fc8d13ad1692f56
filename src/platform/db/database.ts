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
import { foldLongText } from '../vietnamese/index.js';
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
      : foldLongText(html ? text.replace(/<[^>]*>|&#?[a-zA-Z0-9]+;/g, ' ') : text),
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
