/**
 * The text alternative to the image code: a small sum asked in words ("Bảy cộng hai bằng bao
 * nhiêu?"), for readers who cannot see the image. Screen readers read it like any other label; the
 * answer is typed as digits (a number written in words, e.g. "chín" or "nine", is accepted too).
 * It is weaker against bots than the image, which is why the rate limit, the honeypot and
 * moderation stay in force whichever one the reader answers.
 */
import { randomInt } from 'node:crypto';
import { type Lang, t } from '../../platform/i18n/index.js';
import { fold } from '../../platform/vietnamese/index.js';

/** Number words for the operands, in each language (data, like weekday names). */
const WORDS: Record<Lang, readonly string[]> = {
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** Answers written in words, folded (no diacritics, lower case) → the number. */
const ANSWER_WORDS = new Map<string, number>();
const VI_TEENS = ['muoi', 'muoi mot', 'muoi hai', 'muoi ba', 'muoi bon', 'muoi lam', 'muoi sau', 'muoi bay'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen'];
for (const lang of ['vi', 'en'] as const) {
  for (const [n, word] of WORDS[lang].entries()) ANSWER_WORDS.set(fold(word), n);
}
for (const [i, word] of VI_TEENS.entries()) ANSWER_WORDS.set(word, 10 + i);
for (const [i, word] of EN_TEENS.entries()) ANSWER_WORDS.set(word, 10 + i);
for (const [word, n] of [
  ['bay', 7],
  ['bon', 4],
  ['tu', 4],
  ['muoi nam', 15],
  ['muoi bay', 17],
  ['eighteen', 18],
  ['muoi tam', 18],
] as const) {
  ANSWER_WORDS.set(word, n);
}

export interface Question {
  text: string;
  /** The answer as digits. */
  answer: string;
}

/** A fresh question in the reader's language: a + b or a − b with one-digit operands, never negative. */
export function makeQuestion(lang: Lang): Question {
  const plus = randomInt(2) === 0;
  let a = randomInt(1, 10);
  let b = randomInt(1, 10);
  if (!plus && b > a) [a, b] = [b, a];
  const words = WORDS[lang];
  const raw = t(lang, plus ? 'comments.question.plus' : 'comments.question.minus', {
    a: words[a]!,
    b: words[b]!,
  });
  return { text: raw.charAt(0).toUpperCase() + raw.slice(1), answer: String(plus ? a + b : a - b) };
}

/** The reader's answer as digits: "9", " 9 ", "chín", "Chín", "nine" → "9"; anything else as typed. */
export function answerDigits(typed: string): string {
  const folded = fold(typed.normalize('NFC')).replace(/\s+/g, ' ').trim();
  if (/^\d{1,3}$/.test(folded)) return String(Number(folded));
  const n = ANSWER_WORDS.get(folded);
  return n === undefined ? folded : String(n);
}
