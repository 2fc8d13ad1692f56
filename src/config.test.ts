import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ConfigError, ensureWritableDir, loadConfig } from './config.js';

test('defaults give a working single node on SQLite', () => {
  const c = loadConfig({});
  assert.equal(c.port, 3000);
  assert.equal(c.databaseUrl, undefined);
  assert.equal(c.redisUrl, undefined);
  assert.equal(c.demo, true);
  assert.equal(c.pageCache, true);
  assert.match(c.dataDir, /data$/);
});

test('every bad value stops with one clear line', () => {
  const cases: [Record<string, string>, RegExp][] = [
    [{ PORT: 'abc' }, /PORT must be a whole number/],
    [{ PORT: '70000' }, /PORT must be a whole number/],
    [{ DATABASE_URL: 'mysql://x/y' }, /DATABASE_URL must start with postgres:\/\//],
    [{ DATABASE_URL: 'not a url' }, /DATABASE_URL is not a valid URL/],
    [{ DATABASE_URL: 'postgres://localhost' }, /must name a database/],
    [{ REDIS_URL: 'http://x' }, /REDIS_URL must look like/],
    [{ LOA_DEMO: 'maybe' }, /LOA_DEMO must be 0 or 1/],
    [{ LOA_PAGE_CACHE: '2' }, /LOA_PAGE_CACHE must be 0 or 1/],
    [{ LOA_ADMIN_EMAIL: 'nobody' }, /LOA_ADMIN_EMAIL is not an email/],
    [{ LOA_ADMIN_EMAIL: 'a@b.vn', LOA_ADMIN_PASSWORD: 'short' }, /at least 10 characters/],
    [{ LOA_ADMIN_PASSWORD: 'long-enough-password' }, /LOA_ADMIN_EMAIL is not/],
    [{ LOA_LOG_LEVEL: 'loud' }, /LOA_LOG_LEVEL must be one of/],
    [{ LOA_PUBLIC_URL: 'ftp://x' }, /LOA_PUBLIC_URL must look like/],
  ];
  for (const [env, message] of cases) {
    assert.throws(
      () => loadConfig(env),
      (err: Error) => err instanceof ConfigError && message.test(err.message),
      JSON.stringify(env),
    );
  }
});

test('flags and URLs are read', () => {
  const c = loadConfig({
    PORT: '8080',
    DATABASE_URL: 'postgres://127.0.0.1:5432/loa',
    REDIS_URL: 'redis://127.0.0.1:6379',
    LOA_DEMO: '0',
    LOA_PAGE_CACHE: 'off',
    LOA_PUBLIC_URL: 'https://hoalam.gov.vn/some/path',
  });
  assert.equal(c.port, 8080);
  assert.equal(c.databaseUrl, 'postgres://127.0.0.1:5432/loa');
  assert.equal(c.redisUrl, 'redis://127.0.0.1:6379');
  assert.equal(c.demo, false);
  assert.equal(c.pageCache, false);
  assert.equal(c.publicUrl, 'https://hoalam.gov.vn');
});

test('an unusable data directory is refused clearly', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'loa-cfg-')), 'a-file');
  writeFileSync(file, 'not a directory');
  assert.throws(
    () => ensureWritableDir(join(file, 'data')),
    /LOA_DATA_DIR .* is not a writable directory \(ENOTDIR\)/,
  );
});
