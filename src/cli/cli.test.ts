/** The `loa` command as operators run it: a real process, real exit codes, one-line errors. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';

const bin = new URL('../../bin/loa.js', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'loa-cli-'));

function loa(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, LOA_DATA_DIR: dataDir, LOA_LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('loa command', () => {
  after(() => rmSync(dataDir, { recursive: true, force: true }));

  test('--help on the command and on each subcommand', () => {
    const top = loa(['--help']);
    assert.equal(top.code, 0);
    for (const name of ['start', 'migrate', 'demo', 'site', 'user']) {
      assert.ok(top.out.includes(`loa ${name}`), name);
      const sub = loa([name, '--help']);
      assert.equal(sub.code, 0, name);
      assert.match(sub.out, /Usage:/, name);
    }
  });

  test('unknown commands and options are usage errors (exit 2)', () => {
    assert.equal(loa(['frobnicate']).code, 2);
    const bad = loa(['site', 'add', '--colour', 'red']);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /unknown option --colour/);
    assert.match(loa(['site', 'add', '--name']).err, /--name needs a value/);
  });

  test('migrate, then add a site and list it; bad input is refused in Vietnamese', () => {
    assert.equal(loa(['migrate']).code, 0);
    const added = loa([
      'site',
      'add',
      '--code',
      'xa-tan-phu',
      '--name',
      'Xã Tân Phú',
      '--host',
      'tanphu.example.vn',
    ]);
    assert.equal(added.code, 0, added.err);
    const list = loa(['site', 'list']);
    assert.match(list.out, /xa-tan-phu\tcommune\tdefault\tXã Tân Phú\ttanphu\.example\.vn/);
    const dup = loa(['site', 'add', '--code', 'xa-tan-phu', '--name', 'Xã khác']);
    assert.equal(dup.code, 1);
    assert.match(dup.err, /Mã trang “xa-tan-phu” đã tồn tại\./);
    const host = loa(['site', 'add', '--code', 'xa-moi', '--name', 'Xã Mới', '--host', 'bad host!']);
    assert.equal(host.code, 1);
    assert.match(host.err, /Tên miền “bad host!” không hợp lệ\./);
    const en = loa(['site', 'add', '--code', 'X', '--name', 'Y'], { LOA_LANG: 'en' });
    assert.match(en.err, /A site code is 2–64 lower-case letters/);
  });

  test('user add reads the password from the environment and validates the role', () => {
    const missing = loa(['user', 'add', '--email', 'bt@tanphu.example.vn']);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /LOA_USER_PASSWORD/);
    const badRole = loa(
      ['user', 'add', '--email', 'bt@tanphu.example.vn', '--site', 'xa-tan-phu', '--role', 'king'],
      {
        LOA_USER_PASSWORD: 'mat-khau-du-dai',
      },
    );
    assert.equal(badRole.code, 2);
    const ok = loa(
      ['user', 'add', '--email', 'bt@tanphu.example.vn', '--site', 'xa-tan-phu', '--role', 'editor'],
      {
        LOA_USER_PASSWORD: 'mat-khau-du-dai',
      },
    );
    assert.equal(ok.code, 0, ok.err);
    const again = loa(['user', 'add', '--email', 'BT@tanphu.example.vn'], {
      LOA_USER_PASSWORD: 'mat-khau-du-dai',
    });
    assert.equal(again.code, 1);
    assert.match(again.err, /đã có tài khoản/);
  });

  test('start refuses a taken port with one line, and stops gracefully on SIGTERM', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    const taken = (blocker.address() as AddressInfo).port;
    const refused = loa(['start'], { PORT: String(taken), HOST: '127.0.0.1', LOA_DEMO: '0' });
    blocker.close();
    assert.equal(refused.code, 1);
    assert.equal(refused.err.trim().split('\n').length, 1, refused.err);
    assert.match(refused.err, new RegExp(`port ${taken} is already in use`));

    const child = spawn(process.execPath, [bin, 'start'], {
      env: {
        ...process.env,
        LOA_DATA_DIR: dataDir,
        LOA_LOG_LEVEL: 'info',
        PORT: '0',
        HOST: '127.0.0.1',
        LOA_DEMO: '0',
      },
    });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    for (let i = 0; i < 200 && !out.includes('Loa is listening'); i++)
      await new Promise((r) => setTimeout(r, 50));
    const address = /"address":"([^"]+)"/.exec(out)?.[1];
    assert.ok(address, out);
    assert.equal((await fetch(`${address}/healthz`)).status, 200);
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    assert.ok(out.includes('Loa stopped'));
  });

  test('a bad setting stops with one clear line, no stack trace', () => {
    const r = loa(['migrate'], { DATABASE_URL: 'mysql://nope/x' });
    assert.equal(r.code, 1);
    assert.equal(r.err.trim().split('\n').length, 1);
    assert.match(r.err, /DATABASE_URL must start with postgres:\/\//);
    const unreachable = loa(['migrate'], { DATABASE_URL: 'postgres://127.0.0.1:1/loa' });
    assert.equal(unreachable.code, 1);
    assert.match(unreachable.err, /cannot reach the PostgreSQL database/);
  });
});
