/**
 * Login throttling on every dialect, with the clock given explicitly: waits grow, the limit locks
 * for 15 minutes, locks lift by themselves, old failures are forgotten, and concurrent failures
 * (as from several nodes) are all counted.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createTestDatabase,
  DIALECTS,
  skipUnlessPostgres,
  type TestDatabase,
} from '../../testing/dialects.js';
import {
  ACCOUNT_POLICY,
  accountKey,
  clearFailures,
  currentLocks,
  LOCK_MS,
  recordFailure,
  SOURCE_POLICY,
  sourceKey,
  throttleWait,
  waitAfter,
} from './login-throttle.js';

test('the wait grows after a few failures, then becomes the 15-minute lock', () => {
  const waits = [1, 2, 3, 4, 5, 6, 7].map((n) => waitAfter(ACCOUNT_POLICY, n));
  assert.deepEqual(waits, [0, 0, 5_000, 15_000, 45_000, LOCK_MS, LOCK_MS], 'account waits');
  assert.equal(waitAfter(SOURCE_POLICY, 9), 0, 'a shared address gets more room');
  assert.ok(waitAfter(SOURCE_POLICY, 10) > 0, 'but is slowed too');
  assert.equal(waitAfter(SOURCE_POLICY, 30), LOCK_MS, 'and locked at its limit');
});

test('account keys fit the column and never reveal a long address in full', () => {
  assert.equal(accountKey('a@b.vn'), 'account:a@b.vn', 'short emails as they are');
  const long = `${'x'.repeat(240)}@b.vn`;
  assert.ok(accountKey(long).length <= 200, 'long ones hashed');
  assert.notEqual(accountKey(long), accountKey(`y${long}`), 'distinct');
});

for (const dialect of DIALECTS) {
  describe(`login throttle on ${dialect}`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let test_: TestDatabase;
    before(async () => {
      test_ = await createTestDatabase(dialect);
    });
    after(async () => {
      await test_?.cleanup();
    });

    test('slowed, then locked; a lock lifts by itself', async () => {
      const db = test_.database;
      const key = accountKey('a@hoalam.example.vn');
      const t0 = 1_700_000_000_000;
      for (let i = 0; i < 2; i++) await recordFailure(db, key, ACCOUNT_POLICY, t0 + i);
      assert.equal(await throttleWait(db, [key], t0 + 2), 0, 'two failures cost nothing');
      const third = await recordFailure(db, key, ACCOUNT_POLICY, t0 + 10);
      assert.equal(third.failures, 3, 'counted');
      assert.equal(await throttleWait(db, [key], t0 + 10), 5_000, 'the third imposes 5 s');
      assert.equal(await throttleWait(db, [key, sourceKey('x')], t0 + 12_000), 0, 'waits pass');
      await recordFailure(db, key, ACCOUNT_POLICY, t0 + 20_000);
      assert.equal(await throttleWait(db, [key], t0 + 20_000), 15_000, 'then 15 s');
      await recordFailure(db, key, ACCOUNT_POLICY, t0 + 40_000);
      const sixth = await recordFailure(db, key, ACCOUNT_POLICY, t0 + 90_000);
      assert.equal(sixth.locked, true, 'the sixth locks');
      assert.equal(await throttleWait(db, [key], t0 + 90_000), LOCK_MS, 'for 15 minutes');
      const locks = await currentLocks(db, { now: t0 + 90_001 });
      assert.deepEqual(
        locks.map((l) => [l.key, l.failures]),
        [[key, 6]],
        'visible as a current lock',
      );
      assert.equal(await throttleWait(db, [key], t0 + 90_000 + LOCK_MS), 0, 'lifted by itself');
      assert.equal((await currentLocks(db, { now: t0 + 90_000 + LOCK_MS })).length, 0, 'not listed after');
      const again = await recordFailure(db, key, ACCOUNT_POLICY, t0 + 90_000 + LOCK_MS + 1);
      assert.equal(again.locked, true, 'one more failure inside the hour locks again');
      assert.equal(await clearFailures(db, [key]), 1, 'an unlock forgets the key');
      assert.equal(await throttleWait(db, [key], t0 + 90_000 + LOCK_MS + 2), 0, 'and frees it');
    });

    test('failures older than the window are forgotten', async () => {
      const db = test_.database;
      const key = accountKey('b@hoalam.example.vn');
      const t0 = 1_700_000_000_000;
      for (let i = 0; i < 3; i++) await recordFailure(db, key, ACCOUNT_POLICY, t0 + i);
      const later = await recordFailure(db, key, ACCOUNT_POLICY, t0 + ACCOUNT_POLICY.windowMs + 10);
      assert.equal(later.failures, 1, 'counting starts again');
      assert.equal(later.lockedUntil, 0, 'with no wait');
    });

    test('concurrent failures (several nodes) are all counted', async () => {
      const db = test_.database;
      const key = sourceKey('shared-office');
      const t0 = Date.now();
      await Promise.all(Array.from({ length: 12 }, () => recordFailure(db, key, SOURCE_POLICY, t0)));
      const row = await db.db
        .selectFrom('login_failures')
        .select(['failures', 'locked_until'])
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      assert.equal(row.failures, 12, 'no failure lost');
      assert.ok(row.locked_until > t0, 'and the source is slowed');
    });
  });
}
