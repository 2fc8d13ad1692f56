/**
 * Verification codes (`Mã xác thực`): single-use, valid ten minutes, bound to the visitor who
 * fetched them. A code is either an image (five characters drawn by svg-captcha as SVG paths, so
 * there is no text to scrape from the DOM) or a sum asked in words (question.ts), the accessible
 * alternative. The reader's handle on a code is a random token; the table keeps only its SHA-256 as
 * the row id and a keyed hash of the answer, so a copy of the database reveals neither. Checking a
 * code deletes its row whatever the outcome, so no code can be tried twice; expired rows are swept
 * at most once a minute per node.
 */
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/index.js';
import { fold } from '../../platform/vietnamese/index.js';
import { sha256 } from '../access/actor.js';
import { keyedHash } from '../access/secrets.js';
import { answerDigits, makeQuestion } from './question.js';

export const CAPTCHA_TTL_MS = 10 * 60_000;
export const CAPTCHA_SIZE = 5;
/** Cookie naming the code of the last image served to this browser (pages without script). */
export const CAPTCHA_COOKIE = 'loa_cap';
/** Letters and digits that stay distinct when drawn distorted (no 0/O, 1/I/L, 2/Z, 5/S, 8/B). */
const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
const SWEEP_EVERY_MS = 60_000;

export type CaptchaKind = 'image' | 'text';
export type CaptchaCheck = 'ok' | 'missing' | 'wrong' | 'expired';

export interface IssuedCaptcha {
  /** What the reader sends back (cookie or `captchaId`); never stored as such. */
  token: string;
  kind: CaptchaKind;
  /** The image (kind 'image'): an SVG document of paths. */
  svg?: string;
  /** The question (kind 'text'), in the reader's language. */
  question?: string;
  expiresAt: number;
}

// The kind travels in the token (i.… image, t.… text), so the answer is normalised the right way.
const TOKEN = /^([it])\.([A-Za-z0-9_-]{32})$/;

type Draw = (text: string, options: Record<string, unknown>) => string;
let draw: Promise<Draw> | undefined;

/** svg-captcha loads its font when imported, so it is loaded on the first code, not at start. */
function drawer(): Promise<Draw> {
  // The package's module.exports is the drawing function itself (its typings only name the helpers).
  draw ??= import('svg-captcha').then((m) => (m as unknown as { default: Draw }).default);
  return draw;
}

function randomCode(): string {
  let code = '';
  for (let i = 0; i < CAPTCHA_SIZE; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}

/** The answer as compared: image codes ignore case and spaces, questions accept digits or words. */
export function normaliseAnswer(kind: CaptchaKind, typed: string): string {
  if (kind === 'text') return answerDigits(typed);
  return fold(typed.normalize('NFC')).replace(/\s+/g, '');
}

const answerHash = (database: Database, rowId: string, answer: string) =>
  keyedHash(database, 'captcha-salt', `${rowId}|${answer}`);

const lastSweep = new WeakMap<Database, number>();

/** Deletes expired codes (used codes are deleted when checked). */
export async function sweepCaptchas(database: Database, now = Date.now()): Promise<number> {
  lastSweep.set(database, now);
  const result = await database.db.deleteFrom('captchas').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Makes a new code for the visitor and stores it (hashed). */
export async function issueCaptcha(
  database: Database,
  visitorHash: string,
  options: { kind: CaptchaKind; lang: Lang; now?: number },
): Promise<IssuedCaptcha> {
  const now = options.now ?? Date.now();
  if (now - (lastSweep.get(database) ?? 0) >= SWEEP_EVERY_MS) await sweepCaptchas(database, now);
  const token = `${options.kind === 'image' ? 'i' : 't'}.${randomBytes(24).toString('base64url')}`;
  const rowId = sha256(token);
  const expiresAt = now + CAPTCHA_TTL_MS;
  let answer: string;
  const issued: IssuedCaptcha = { token, kind: options.kind, expiresAt };
  if (options.kind === 'image') {
    const code = randomCode();
    issued.svg = (await drawer())(code, {
      width: 170,
      height: 60,
      fontSize: 58,
      noise: 3,
      color: true,
      background: '#fffdf8',
    });
    answer = normaliseAnswer('image', code);
  } else {
    const question = makeQuestion(options.lang);
    issued.question = question.text;
    answer = question.answer;
  }
  await database.db
    .insertInto('captchas')
    .values({
      id: rowId,
      visitor_hash: visitorHash,
      answer_hash: await answerHash(database, rowId, answer),
      expires_at: expiresAt,
      used: 0,
    })
    .execute();
  return issued;
}

/**
 * Checks the visitor's answer to the code named by `token` and uses the code up: its row is deleted
 * in the same statement that reads it, so two requests racing with one code cannot both pass.
 * A code made for another visitor, an unknown or already used token and a wrong answer are all
 * 'wrong'; nothing typed is 'missing' (and the code stays usable).
 */
export async function checkCaptcha(
  database: Database,
  visitorHash: string,
  token: string | undefined,
  typed: string,
  now = Date.now(),
): Promise<CaptchaCheck> {
  if (typed.trim() === '') return 'missing';
  const match = token ? TOKEN.exec(token) : null;
  if (!match) return 'wrong';
  const rowId = sha256(token!);
  const row = await database.db
    .deleteFrom('captchas')
    .where('id', '=', rowId)
    .returning(['visitor_hash', 'answer_hash', 'expires_at'])
    .executeTakeFirst();
  if (!row || row.visitor_hash !== visitorHash) return 'wrong';
  if (row.expires_at <= now) return 'expired';
  const kind: CaptchaKind = match[1] === 'i' ? 'image' : 'text';
  const expected = Buffer.from(row.answer_hash, 'hex');
  const given = Buffer.from(await answerHash(database, rowId, normaliseAnswer(kind, typed)), 'hex');
  return expected.length === given.length && timingSafeEqual(expected, given) ? 'ok' : 'wrong';
}
