/**
 * Runs the TypeScript migrations in order, each once, recorded in kysely's own migration table.
 * Migrations are listed here (not discovered on disk) so bundling and tsx behave the same.
 */
import { type Kysely, type Migration, type MigrationProvider, Migrator, sql } from 'kysely';
import type { Database } from './database.js';
import type { MigrationContext } from './migration-helpers.js';
import * as foundation from './migrations/001-foundation.js';
import * as search from './migrations/002-search.js';
import * as documentRefs from './migrations/003-document-refs.js';
import * as sessions from './migrations/004-sessions.js';
import * as editorial from './migrations/005-editorial.js';
import * as interaction from './migrations/006-interaction.js';
import * as security from './migrations/007-security.js';
import * as media from './migrations/009-media.js';
import * as oneVoteEach from './migrations/011-interaction.js';
import * as comments from './migrations/012-comments.js';
import * as searchVectors from './migrations/014-search-vectors.js';

interface MigrationModule {
  up(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
  down?(db: Kysely<unknown>, ctx: MigrationContext): Promise<void>;
}

const MIGRATIONS: Record<string, MigrationModule> = {
  '001-foundation': foundation,
  '002-search': search,
  '003-document-refs': documentRefs,
  '004-sessions': sessions,
  '005-editorial': editorial,
  '006-interaction': interaction,
  '011-interaction': oneVoteEach,
  '009-media': media,
  '007-security': security,
  '012-comments': comments,
  '014-search-vectors': searchVectors,
};

class StaticProvider implements MigrationProvider {
  constructor(private readonly ctx: MigrationContext) {}
  async getMigrations(): Promise<Record<string, Migration>> {
    const out: Record<string, Migration> = {};
    for (const [name, mod] of Object.entries(MIGRATIONS)) {
      out[name] = {
        up: (db) => mod.up(db, this.ctx),
        ...(mod.down ? { down: (db: Kysely<unknown>) => mod.down!(db, this.ctx) } : {}),
      };
    }
    return out;
  }
}

export class MigrationError extends Error {
  override name = 'MigrationError';
}

/** Applies every pending migration; returns the names applied. */
export async function migrateToLatest(database: Database): Promise<string[]> {
  // Kysely looks for its migration tables in every schema unless told which; name the connection's
  // own, so databases sharing a PostgreSQL server (one schema each) never see each other's.
  const schema =
    database.dialect === 'postgres'
      ? (await sql<{ schema: string }>`select current_schema() as schema`.execute(database.db)).rows[0]
          ?.schema
      : undefined;
  const migrator = new Migrator({
    db: database.db as unknown as Kysely<unknown>,
    provider: new StaticProvider({ dialect: database.dialect }),
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(`migration ${failed} failed: ${(error as Error).message}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
