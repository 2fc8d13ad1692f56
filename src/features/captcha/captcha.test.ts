/**
 * Verification codes on both databases: stored only hashed, drawn as paths, single use, ten
 * minutes, bound to the visitor, case-insensitive, swept when expired; the question in words.
 */
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  createTestDatabase,
  DIALECTS,
  skipUnlessPostgres,
  type TestDatabase,
} from '../../testing/dialects.js';
import { sha256 } from '../access/actor.js';
import { CAPTCHA_TTL_MS, checkCaptcha, issueCaptcha, normaliseAnswer, sweepCaptchas } from './captcha.js';
import { answerDigits, makeQuestion } from './question.js';
import { setCaptchaAnswer } from './test-answers.js';

const VISITOR = 'a'.repeat(64);
const OTHER = 'b'.repeat(64);

/** The question's numbers read back from its words, as a screen-reader user would. */
function solve(question: string): string {
  const m =
    /^(\S+) (cộng|trừ) (\S+) /i.exec(question) ?? /^What is (\S+) (plus|minus) (\S+)\?$/.exec(question);
  assert.ok(m, `question has the expected shape: ${question}`);
  const a = Number(answerDigits(m[1]!));
  const b = Number(answerDigits(m[3]!));
  return String(m[2] === 'cộng' || m[2] === 'plus' ? a + b : a - b);
}

describe('question in words', () => {
  test('Vietnamese and English questions; answers in digits or words', () => {
    for (let i = 0; i < 50; i++) {
      for (const lang of ['vi', 'en'] as const) {
        const q = makeQuestion(lang);
        assert.equal(solve(q.text), q.answer, `answer of "${q.text}"`);
        assert.ok(Number(q.answer) >= 0, 'never negative');
        assert.equal(q.text, q.text.normalize('NFC'), 'NFC');
      }
    }
    assert.equal(answerDigits(' Chín '), '9', 'Vietnamese word');
    assert.equal(answerDigits('mười lăm'), '15', 'two words');
    assert.equal(answerDigits('Mười Lăm'.normalize('NFD')), '15', 'decomposed input');
    assert.equal(answerDigits('eleven'), '11', 'English word');
    assert.equal(answerDigits('07'), '7', 'leading zero');
    assert.equal(normaliseAnswer('image', ' Ab 3k '), 'ab3k', 'image codes ignore case and spaces');
  });
});

for (const dialect of DIALECTS) {
  describe(`verification codes (${dialect})`, {
    skip: dialect === 'postgres' ? await skipUnlessPostgres() : false,
  }, () => {
    let t: TestDatabase;
    before(async () => {
      t = await createTestDatabase(dialect);
    });
    after(async () => {
      await t?.cleanup();
    });

    test('an image code is SVG paths with no text, stored only hashed', async () => {
      const issued = await issueCaptcha(t.database, VISITOR, { kind: 'image', lang: 'vi' });
      assert.match(issued.svg ?? '', /^<svg [^>]*>.*<path /s, 'an SVG of paths');
      assert.doesNotMatch(issued.svg ?? '', /<text|<script|<foreignObject/i, 'no text, script or HTML in it');
      assert.match(issued.token, /^i\.[A-Za-z0-9_-]{32}$/, 'token shape');
      const rows = await t.database.db.selectFrom('captchas').selectAll().execute();
      const row = rows.find((r) => r.id === sha256(issued.token));
      assert.ok(row, 'row keyed by the hash of the token');
      assert.ok(!rows.some((r) => r.id === issued.token), 'the token itself is not stored');
      assert.equal(row.visitor_hash, VISITOR, 'bound to the visitor');
      assert.match(row.answer_hash, /^[0-9a-f]{64}$/, 'answer kept as a hash');
      assert.ok(Math.abs(row.expires_at - (Date.now() + CAPTCHA_TTL_MS)) < 5000, 'expires in ten minutes');
    });

    test('right answer in any case passes once; the same code again is refused', async () => {
      const issued = await issueCaptcha(t.database, VISITOR, { kind: 'image', lang: 'vi' });
      await setCaptchaAnswer(t.database, issued.token, 'k7m4p');
      assert.equal(
        await checkCaptcha(t.database, VISITOR, issued.token, ' K7M4P '),
        'ok',
        'upper case accepted',
      );
      assert.equal(await checkCaptcha(t.database, VISITOR, issued.token, 'k7m4p'), 'wrong', 'replay refused');
    });

    test('a wrong answer uses the code up', async () => {
      const issued = await issueCaptcha(t.database, VISITOR, { kind: 'image', lang: 'vi' });
      await setCaptchaAnswer(t.database, issued.token, 'k7m4p');
      assert.equal(await checkCaptcha(t.database, VISITOR, issued.token, 'xxxxx'), 'wrong', 'wrong answer');
      assert.equal(await checkCaptcha(t.database, VISITOR, issued.token, 'k7m4p'), 'wrong', 'no second try');
    });

    test("another visitor's code is refused", async () => {
      const issued = await issueCaptcha(t.database, VISITOR, { kind: 'image', lang: 'vi' });
      await setCaptchaAnswer(t.database, issued.token, 'k7m4p');
      assert.equal(await checkCaptcha(t.database, OTHER, issued.token, 'k7m4p'), 'wrong', 'other visitor');
    });

    test('an expired code is refused as expired', async () => {
      const now = Date.now();
      const issued = await issueCaptcha(t.database, VISITOR, { kind: 'image', lang: 'vi', now });
      await setCaptchaAnswer(t.database, issued.token, 'k7m4p');
      const later = now + CAPTCHA_TTL_MS + 1;
      assert.equal(
        await checkCaptcha(t.database, VISITOR, issued.token, 'k7m4p', later),
        'expired',
        'expired',
      );
    });

    test('nothing typed is missing and leaves the code usable; forged tokens are wrong', async () => {
      const issued = await issueCaptcha(t.database, VISITOR, { kind: 'image', lang: 'vi' });
      await setCaptchaAnswer(t.database, issued.token, 'k7m4p');
      assert.equal(await checkCaptcha(t.database, VISITOR, issued.token, '  '), 'missing', 'empty answer');
      assert.equal(await checkCaptcha(t.database, VISITOR, undefined, 'k7m4p'), 'wrong', 'no token');
      assert.equal(await checkCaptcha(t.database, VISITOR, 'i.forged', 'k7m4p'), 'wrong', 'malformed token');
      assert.equal(
        await checkCaptcha(t.database, VISITOR, `i.${'A'.repeat(32)}`, 'k7m4p'),
        'wrong',
        'unknown token',
      );
      assert.equal(await checkCaptcha(t.database, VISITOR, issued.token, 'k7m4p'), 'ok', 'still usable');
    });

    test('the question in words is answered with digits or words', async () => {
      for (const lang of ['vi', 'en'] as const) {
        const issued = await issueCaptcha(t.database, VISITOR, { kind: 'text', lang });
        assert.match(issued.token, /^t\./, 'text token');
        assert.equal(issued.svg, undefined, 'no image');
        const answer = solve(issued.question ?? '');
        assert.equal(await checkCaptcha(t.database, VISITOR, issued.token, answer), 'ok', `${lang}: digits`);
      }
      const issued = await issueCaptcha(t.database, VISITOR, { kind: 'text', lang: 'vi' });
      const words = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
      const digits = solve(issued.question ?? '');
      const typed = Number(digits) < 10 ? words[Number(digits)]! : digits;
      assert.equal(
        await checkCaptcha(t.database, VISITOR, issued.token, typed),
        'ok',
        `answer "${typed}" accepted`,
      );
    });

    test('expired codes are swept', async () => {
      const now = Date.now();
      await issueCaptcha(t.database, VISITOR, {
        kind: 'image',
        lang: 'vi',
        now: now - CAPTCHA_TTL_MS - 1000,
      });
      const fresh = await issueCaptcha(t.database, VISITOR, { kind: 'image', lang: 'vi', now });
      const removed = await sweepCaptchas(t.database, now);
      assert.ok(removed >= 1, `expired rows removed (${removed})`);
      const left = await t.database.db.selectFrom('captchas').select(['id', 'expires_at']).execute();
      assert.ok(
        left.every((r) => r.expires_at > now),
        'no expired row left',
      );
      assert.ok(
        left.some((r) => r.id === sha256(fresh.token)),
        'fresh code kept',
      );
    });
  });
}
