/**
 * Test databases for every dialect. Each call gets its own SQLite file or PostgreSQL schema, migrated,
 * and removes it afterwards. PostgreSQL runs when reachable at TEST_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/test); on a laptop without it the suite is skipped and says so, under CI
 * (CI=true) a missing server is a failure.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { type Database, type DialectName, openPostgres, openSqlite } from '../platform/db/database.js';
import { migrateToLatest } from '../platform/db/migrate.js';

export const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

let pgAvailable: Promise<boolean> | undefined;

export function postgresAvailable(): Promise<boolean> {
  pgAvailable ??= (async () => {
    const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 10_000 });
    try {
      await client.connect();
      await client.query('select 1');
      return true;
    } catch {
      return false;
    } finally {
      await client.end().catch(() => {});
    }
  })();
  return pgAvailable;
}

/**
 * `skip` option for a node:test suite that needs PostgreSQL: false when it can run; a reason
 * string when it cannot on a laptop. Under CI it throws, so the run fails instead of skipping.
 */
export async function skipUnlessPostgres(): Promise<false | string> {
  if (await postgresAvailable()) return false;
  if (IN_CI) throw new Error(`PostgreSQL is required under CI but ${PG_URL} is not reachable`);
  return `PostgreSQL not reachable at ${PG_URL}: PostgreSQL suite skipped`;
}

export const DIALECTS: readonly DialectName[] = ['sqlite', 'postgres'];

export interface TestDatabase {
  database: Database;
  dataDir: string;
  cleanup(): Promise<void>;
}

export async function createTestDatabase(dialect: DialectName): Promise<TestDatabase> {
  const dataDir = mkdtempSync(join(tmpdir(), 'loa-test-'));
  let database: Database;
  let dropSchema: (() => Promise<void>) | undefined;
  if (dialect === 'sqlite') {
    database = openSqlite(join(dataDir, 'loa.sqlite'));
  } else {
    const schema = `t_${randomBytes(6).toString('hex')}`;
    database = await openPostgres(PG_URL, schema);
    dropSchema = async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    };
  }
  await migrateToLatest(database);
  return {
    database,
    dataDir,
    async cleanup() {
      await database.close();
      await dropSchema?.();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let redisAvailable: Promise<boolean> | undefined;

/** `skip` option for suites that need Redis; like skipUnlessPostgres, a failure under CI. */
export async function skipUnlessRedis(): Promise<false | string> {
  redisAvailable ??= (async () => {
    const { Redis } = await import('ioredis');
    const client = new Redis(REDIS_URL, {
      lazyConnect: true,
      connectTimeout: 10_000,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    try {
      await client.connect();
      return (await client.ping()) === 'PONG';
    } catch {
      return false;
    } finally {
      client.disconnect();
    }
  })();
  if (await redisAvailable) return false;
  if (IN_CI) throw new Error(`Redis is required under CI but ${REDIS_URL} is not reachable`);
  return `Redis not reachable at ${REDIS_URL}: Redis suite skipped`;
}
