/** `loa search reindex` as operators run it: help, usage errors, and a rebuild on each dialect. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pg from 'pg';
import { PG_URL, skipUnlessPostgres } from '../testing/dialects.js';

const bin = new URL('../../bin/loa.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'loa-cli-search-'));
const withoutPostgres = await skipUnlessPostgres();

function loa(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, LOA_DATA_DIR: dataDir, LOA_LOG_LEVEL: 'silent', LOA_DEMO: '0', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('loa search', () => {
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('--help, and usage errors exit 2', () => {
    const help = loa(['search', '--help']);
    assert.equal(help.code, 0, help.err);
    assert.match(help.out, /Usage: loa search reindex/);
    assert.match(loa(['--help']).out, /loa search/, 'listed with the other commands');
    assert.equal(loa(['search']).code, 2, 'no action');
    const unknown = loa(['search', 'optimise']);
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /unknown action "optimise" \(reindex\)/);
    assert.equal(loa(['search', 'reindex', '--fast']).code, 2, 'unknown option');
  });

  test('reindex on SQLite', () => {
    const r = loa(['search', 'reindex']);
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^search index rebuilt \(sqlite\): \d+ articles in \d+\.\d s/);
  });

  test('reindex on PostgreSQL', { skip: withoutPostgres }, async () => {
    const schema = `t_cli_${randomBytes(5).toString('hex')}`;
    const client = new pg.Client({ connectionString: PG_URL });
    await client.connect();
    try {
      await client.query(`create schema "${schema}"`);
      const url = new URL(PG_URL);
      url.searchParams.set('options', `-c search_path=${schema}`);
      const r = loa(['search', 'reindex'], { DATABASE_URL: url.toString() });
      assert.equal(r.code, 0, r.err);
      assert.match(r.out, /^search index rebuilt \(postgres\): \d+ articles in \d+\.\d s/);
      const { rows } = await client.query(
        `select count(*)::int as n from pg_indexes where schemaname = $1
         and indexname in ('articles_search', 'articles_search_head')`,
        [schema],
      );
      assert.equal(rows[0].n, 2, 'the GIN indexes are there after the rebuild');
    } finally {
      await client.query(`drop schema if exists "${schema}" cascade`);
      await client.end();
    }
  });
});
