/** Word-level differences, correct with Vietnamese diacritics and NFC/NFD spellings. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type DiffPart, tokenize, wordDiff } from './diff.js';

const side = (parts: DiffPart[], skip: DiffPart['op']) =>
  parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');

describe('word diff', () => {
  test('a changed diacritic is a changed word: Đảng vs Đang', () => {
    assert.deepEqual(wordDiff('Đại hội Đảng bộ huyện', 'Đại hội Đang bộ huyện'), [
      { op: 'same', text: 'Đại hội ' },
      { op: 'del', text: 'Đảng' },
      { op: 'add', text: 'Đang' },
      { op: 'same', text: ' bộ huyện' },
    ]);
  });

  test('NFC and NFD spellings of the same text compare equal', () => {
    const text = 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX';
    assert.deepEqual(wordDiff(text.normalize('NFD'), text.normalize('NFC')), [{ op: 'same', text }]);
  });

  test('tokens keep words whole, with their marks, and split punctuation and spaces', () => {
    assert.deepEqual(tokenize('Chỉ thị số 35-CT/TW, ngày 6/7.'.normalize('NFD')), [
      'Chỉ',
      ' ',
      'thị',
      ' ',
      'số',
      ' ',
      '35',
      '-',
      'CT',
      '/',
      'TW',
      ',',
      ' ',
      'ngày',
      ' ',
      '6',
      '/',
      '7',
      '.',
    ]);
  });

  test('insertions, deletions and replacements are minimal and spell both texts', () => {
    const a = 'Ủy ban nhân dân huyện tổ chức hội nghị sơ kết công tác quý I.';
    const b = 'Ủy ban nhân dân xã tổ chức hội nghị tổng kết công tác năm.';
    const parts = wordDiff(a, b);
    assert.equal(side(parts, 'add'), a, 'same + del spell a');
    assert.equal(side(parts, 'del'), b, 'same + add spell b');
    assert.deepEqual(
      parts.filter((p) => p.op !== 'same'),
      [
        { op: 'del', text: 'huyện' },
        { op: 'add', text: 'xã' },
        { op: 'del', text: 'sơ' },
        { op: 'add', text: 'tổng' },
        { op: 'del', text: 'quý I' },
        { op: 'add', text: 'năm' },
      ],
    );
    assert.deepEqual(wordDiff('', 'Mới'), [{ op: 'add', text: 'Mới' }]);
    assert.deepEqual(wordDiff('Cũ', ''), [{ op: 'del', text: 'Cũ' }]);
    assert.deepEqual(wordDiff('', ''), []);
  });

  test('random texts: the parts always spell both sides', () => {
    const words = ['Đảng', 'Đang', 'đảng', 'xã', 'huyện', ' ', '\n', ',', '35/2022/NĐ-CP'];
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    const text = () => Array.from({ length: next() % 40 }, () => words[next() % words.length]).join('');
    for (let i = 0; i < 500; i++) {
      const a = text();
      const b = text();
      const parts = wordDiff(a, b);
      assert.equal(side(parts, 'add'), a, `a of #${i}`);
      assert.equal(side(parts, 'del'), b, `b of #${i}`);
    }
  });

  test('very different long texts stay fast: one deletion, one addition past the limit', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `từ${i}`).join(' ');
    const b = Array.from({ length: 5000 }, (_, i) => `chữ${i}`).join(' ');
    const started = performance.now();
    const parts = wordDiff(a, b, 100);
    assert.ok(performance.now() - started < 2000, 'bounded');
    assert.equal(side(parts, 'add'), a);
    assert.equal(side(parts, 'del'), b);
  });
});
