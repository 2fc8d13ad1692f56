/**
 * `loa token create` as operators run it (a real process): the token is printed once, opens the
 * API for its site only, and bad input is refused with the usual exit codes.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pino from 'pino';
import { buildApp } from '../app.js';
import { loadConfig } from '../config.js';
import { hashToken } from '../features/accounts/sessions.js';
import { prepareDatabase } from '../main.js';
import { createServices } from '../services.js';

const bin = new URL('../../bin/loa.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'loa-token-'));

function loa(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, LOA_DATA_DIR: dataDir, LOA_LOG_LEVEL: 'silent', DATABASE_URL: '', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('loa token', () => {
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('--help, and usage errors exit 2', () => {
    const help = loa(['token', '--help']);
    assert.equal(help.code, 0, 'help');
    assert.match(help.out, /Usage: loa token create --site CODE --email EMAIL --name/, 'usage shown');
    const missing = loa(['token', 'create', '--site', 'xa-a', '--email', 'a@b.vn']);
    assert.equal(missing.code, 2, 'a missing option');
    assert.match(missing.err, /--name is required/, 'named');
  });

  test('create prints the token once; it opens the API for its site only', async () => {
    assert.equal(loa(['site', 'add', '--code', 'xa-an-phu', '--name', 'Xã An Phú']).code, 0, 'site a');
    assert.equal(loa(['site', 'add', '--code', 'xa-binh-an', '--name', 'Xã Bình An']).code, 0, 'site b');
    const user = loa(
      ['user', 'add', '--email', 'bt@anphu.example.vn', '--site', 'xa-an-phu', '--role', 'editor'],
      {
        LOA_USER_PASSWORD: 'mat-khau-du-dai-nhe',
      },
    );
    assert.equal(user.code, 0, user.err);

    const noRole = loa([
      'token',
      'create',
      '--site',
      'xa-binh-an',
      '--email',
      'bt@anphu.example.vn',
      '--name',
      'X',
    ]);
    assert.equal(noRole.code, 1, 'no role on the site');
    assert.match(noRole.err, /không có vai trò nào trên trang “xa-binh-an”/, 'said in Vietnamese');
    const unknown = loa(
      ['token', 'create', '--site', 'xa-an-phu', '--email', 'ai@anphu.example.vn', '--name', 'X'],
      {
        LOA_LANG: 'en',
      },
    );
    assert.equal(unknown.code, 1, 'an unknown account');
    assert.match(
      unknown.err,
      /There is no account with the address “ai@anphu\.example\.vn”\./,
      'in English on request',
    );
    const made = loa([
      'token',
      'create',
      '--site',
      'xa-an-phu',
      '--email',
      'BT@anphu.example.vn',
      '--name',
      'Cổng dịch vụ công',
    ]);
    assert.equal(made.code, 0, made.err);
    const token = made.out.trim();
    assert.match(token, /^loa_[\w-]{40,}$/, 'the token alone on standard output');

    const config = loadConfig({ LOA_DATA_DIR: dataDir, LOA_LOG_LEVEL: 'silent' });
    const database = await prepareDatabase(config);
    const services = await createServices(config, database, pino({ level: 'silent' }));
    const app = await buildApp(services);
    try {
      const row = await database.db
        .selectFrom('api_tokens')
        .innerJoin('sites', 'sites.id', 'api_tokens.site_id')
        .select(['api_tokens.name', 'api_tokens.token_hash', 'sites.code'])
        .executeTakeFirstOrThrow();
      assert.deepEqual(
        [row.name, row.token_hash, row.code],
        ['Cổng dịch vụ công', hashToken(token), 'xa-an-phu'],
        'stored hashed, scoped to its site',
      );
      const headers = { authorization: `Bearer ${token}` };
      const me = await app.inject({ url: '/api/v1/me', headers });
      assert.equal(me.statusCode, 200, 'the token authenticates');
      assert.deepEqual(
        me.json().sites.map((s: { code: string }) => s.code),
        ['xa-an-phu'],
        'its one site',
      );
      assert.equal((await app.inject({ url: '/api/v1/sites/xa-an-phu/tokens', headers })).statusCode, 200);
      assert.equal((await app.inject({ url: '/api/v1/sites/xa-binh-an/tokens', headers })).statusCode, 404);
      const logged = await database.db
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('action', '=', 'token.create')
        .executeTakeFirstOrThrow();
      assert.match(logged.details, /"via":"cli"/, 'audited as made on the command line');
    } finally {
      await app.close();
      await services.close();
      await database.close();
    }
  });
});
