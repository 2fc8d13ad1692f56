// Tests for the Vietnamese text module: normalization, folding, slugs, dates,
// numbers and collation.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cleanText,
  compareVi,
  fold,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatNumber,
  formatTime,
  isAscii,
  isoDateTimeVn,
  nextVnMidnight,
  nfc,
  slugify,
  sortVi,
  todayLine,
  VN_OFFSET_MS,
  vnDayKey,
  vnParts,
  weekdayName,
} from './index.js';

const NFC_TITLE = 'Đại hội Đảng bộ huyện';
const NFD_TITLE = NFC_TITLE.normalize('NFD');

describe('isAscii', () => {
  it('detects ASCII and non-ASCII', () => {
    assert.equal(isAscii(''), true);
    assert.equal(isAscii('hello\n\t~'), true);
    assert.equal(isAscii('Hà Nội'), false);
  });
});

describe('nfc', () => {
  it('composes NFD input', () => {
    assert.notEqual(NFD_TITLE, NFC_TITLE);
    assert.equal(nfc(NFD_TITLE), NFC_TITLE);
  });
  it('returns ASCII strings unchanged', () => {
    const s = 'plain ascii';
    assert.equal(nfc(s), s);
    assert.equal(nfc(''), '');
  });
  it('leaves NFC input as is', () => {
    assert.equal(nfc('Thứ bảy'), 'Thứ bảy');
  });
});

describe('cleanText', () => {
  it('normalizes, strips control characters except \\n and \\t, trims', () => {
    assert.equal(cleanText(`  ${NFD_TITLE}\u0000\u0007\r\n\tx\u007f\u0085  `), `${NFC_TITLE}\n\tx`);
  });
  it('handles empty and whitespace-only input', () => {
    assert.equal(cleanText(''), '');
    assert.equal(cleanText(' \n\t '), '');
  });
});

describe('fold', () => {
  it('folds Vietnamese with đ/Đ', () => {
    assert.equal(fold('Đại hội Đảng bộ'), 'dai hoi dang bo');
    assert.equal(fold('đĐ'), 'dd');
  });
  it('handles NFD input', () => {
    assert.equal(fold(NFD_TITLE), 'dai hoi dang bo huyen');
    assert.equal(fold(NFD_TITLE), fold(NFC_TITLE));
  });
  it('lowercases uppercase letters with diacritics', () => {
    assert.equal(fold('THỪA THIÊN HUẾ'), 'thua thien hue');
    assert.equal(fold('ỨNG DỤNG Ở ĂN Ơ Ư Â Ê Ô'), 'ung dung o an o u a e o');
  });
  it('lowercases ASCII', () => {
    assert.equal(fold('Ha Noi 2021'), 'ha noi 2021');
    assert.equal(fold(''), '');
  });
});

describe('slugify', () => {
  it('builds slugs from Vietnamese titles', () => {
    assert.equal(slugify(NFC_TITLE), 'dai-hoi-dang-bo-huyen');
    assert.equal(slugify(NFD_TITLE), 'dai-hoi-dang-bo-huyen');
    assert.equal(
      slugify('  Thông báo: Lịch tiếp công dân (tháng 1/2021)!  '),
      'thong-bao-lich-tiep-cong-dan-thang-1-2021',
    );
    assert.equal(slugify('UBND XÃ ĐÔNG HÀ'), 'ubnd-xa-dong-ha');
  });
  it('returns an empty string for punctuation-only or empty input', () => {
    assert.equal(slugify('!!! --- ???'), '');
    assert.equal(slugify(''), '');
  });
  it('cuts at maxLength on a word boundary without a trailing dash', () => {
    assert.equal(slugify(NFC_TITLE, 12), 'dai-hoi-dang');
    assert.equal(slugify(NFC_TITLE, 13), 'dai-hoi-dang');
    assert.equal(slugify(NFC_TITLE, 14), 'dai-hoi-dang');
    assert.equal(slugify(NFC_TITLE, 15), 'dai-hoi-dang-bo');
    assert.equal(slugify(NFC_TITLE, 100), 'dai-hoi-dang-bo-huyen');
  });
  it('cuts inside a word when there is no boundary', () => {
    assert.equal(slugify('abcdefghij', 4), 'abcd');
    assert.equal(slugify('abc def', 0), '');
  });
  it('defaults to 80 characters', () => {
    const slug = slugify('từ '.repeat(60));
    assert.ok(slug.length <= 80);
    assert.ok(!slug.endsWith('-'));
    assert.match(slug, /^tu(-tu)+$/);
  });
});

describe('dates', () => {
  // 17:30 UTC on 15 Jan is 00:30 on Saturday 16 Jan in Vietnam.
  const acrossMidnight = new Date('2021-01-15T17:30:00Z');
  const morning = new Date('2021-01-16T01:05:00Z');

  it('exports the +7 h offset', () => {
    assert.equal(VN_OFFSET_MS, 7 * 3600 * 1000);
  });

  it('vnParts crosses the UTC midnight boundary', () => {
    assert.deepEqual(vnParts(acrossMidnight), {
      year: 2021,
      month: 1,
      day: 16,
      hour: 0,
      minute: 30,
      weekday: 6,
    });
    assert.deepEqual(vnParts(new Date('2020-12-31T17:00:00Z')), {
      year: 2021,
      month: 1,
      day: 1,
      hour: 0,
      minute: 0,
      weekday: 5,
    });
    assert.deepEqual(vnParts(new Date('2020-12-31T16:59:00Z')), {
      year: 2020,
      month: 12,
      day: 31,
      hour: 23,
      minute: 59,
      weekday: 4,
    });
  });

  it('formats dates and times', () => {
    assert.equal(formatDate(acrossMidnight), '16/01/2021');
    assert.equal(formatDateTime(acrossMidnight), '16/01/2021 00:30');
    assert.equal(formatDate(morning), '16/01/2021');
    assert.equal(formatTime(morning), '08:05');
    assert.equal(formatDateTime(morning), '16/01/2021 08:05');
    assert.equal(formatDateTime(new Date('2021-11-30T16:59:00Z')), '30/11/2021 23:59');
  });

  it('names all seven weekdays', () => {
    const vi = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
    const en = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
    // 2021-01-17 (Vietnam) was a Sunday; 20:00 UTC the day before is 03:00 that Sunday.
    for (let i = 0; i < 7; i++) {
      const d = new Date(Date.UTC(2021, 0, 16 + i, 20, 0));
      assert.equal(vnParts(d).weekday, i);
      assert.equal(weekdayName(d, 'vi'), vi[i]);
      assert.equal(weekdayName(d, 'en'), en[i]);
      assert.equal(weekdayName(d, 'vi'), weekdayName(d, 'vi').normalize('NFC'));
    }
    assert.equal(weekdayName(acrossMidnight, 'vi'), 'Thứ bảy');
    assert.equal(weekdayName(acrossMidnight, 'en'), 'Saturday');
  });

  it('builds the today line', () => {
    const vi = todayLine(acrossMidnight, 'vi');
    assert.equal(vi, 'Hôm nay, Thứ bảy ngày 16/01/2021');
    assert.equal(vi, vi.normalize('NFC'));
    assert.equal(todayLine(acrossMidnight, 'en'), 'Today, Saturday, 16/01/2021');
  });

  it('formats ISO 8601 with the +07:00 offset', () => {
    assert.equal(isoDateTimeVn(morning), '2021-01-16T08:05:00+07:00');
    assert.equal(isoDateTimeVn(new Date('2021-01-15T17:30:45.999Z')), '2021-01-16T00:30:45+07:00');
    const iso = isoDateTimeVn(acrossMidnight);
    assert.equal(new Date(iso).getTime(), acrossMidnight.getTime());
  });

  it('finds the next Vietnamese midnight', () => {
    // 00:30 on 16 Jan -> 00:00 on 17 Jan (Vietnam) = 17:00 UTC on 16 Jan.
    assert.equal(nextVnMidnight(acrossMidnight).toISOString(), '2021-01-16T17:00:00.000Z');
    // 23:59 on 15 Jan (Vietnam) -> 00:00 on 16 Jan.
    assert.equal(nextVnMidnight(new Date('2021-01-15T16:59:00Z')).toISOString(), '2021-01-15T17:00:00.000Z');
    // Exactly midnight -> the following midnight.
    assert.equal(nextVnMidnight(new Date('2021-01-15T17:00:00Z')).toISOString(), '2021-01-16T17:00:00.000Z');
    const next = nextVnMidnight(morning);
    assert.equal(formatDateTime(next), '17/01/2021 00:00');
    assert.ok(next.getTime() > morning.getTime());
  });

  it('keys the Vietnamese calendar day', () => {
    assert.equal(vnDayKey(acrossMidnight), '2021-01-16');
    assert.equal(vnDayKey(new Date('2021-01-15T16:59:59Z')), '2021-01-15');
    assert.equal(vnDayKey(new Date('2021-12-31T17:00:00Z')), '2022-01-01');
  });
});

describe('formatNumber', () => {
  it('formats integers with dot thousands separators', () => {
    assert.equal(formatNumber(0), '0');
    assert.equal(formatNumber(999), '999');
    assert.equal(formatNumber(1000), '1.000');
    assert.equal(formatNumber(305912), '305.912');
    assert.equal(formatNumber(1234567890), '1.234.567.890');
  });
  it('formats negative numbers with a leading minus', () => {
    assert.equal(formatNumber(-1), '-1');
    assert.equal(formatNumber(-1000), '-1.000');
    assert.equal(formatNumber(-305912), '-305.912');
    assert.equal(formatNumber(-0), '0');
  });
  it('rounds non-integers half away from zero', () => {
    assert.equal(formatNumber(2.5), '3');
    assert.equal(formatNumber(-2.5), '-3');
    assert.equal(formatNumber(999.4), '999');
    assert.equal(formatNumber(-0.4), '0');
  });
  it('passes non-finite values through', () => {
    assert.equal(formatNumber(Number.NaN), 'NaN');
  });
});

describe('formatDecimal', () => {
  it('uses a comma decimal separator and dot thousands', () => {
    assert.equal(formatDecimal(4.3), '4,3');
    assert.equal(formatDecimal(0), '0,0');
    assert.equal(formatDecimal(1234.56), '1.234,6');
    assert.equal(formatDecimal(305912.04, 2), '305.912,04');
    assert.equal(formatDecimal(0.05, 2), '0,05');
    assert.equal(formatDecimal(7, 3), '7,000');
  });
  it('rounds half away from zero', () => {
    assert.equal(formatDecimal(4.25), '4,3');
    assert.equal(formatDecimal(4.35), '4,4');
    assert.equal(formatDecimal(-4.25), '-4,3');
    assert.equal(formatDecimal(-4.35), '-4,4');
    assert.equal(formatDecimal(1.005, 2), '1,01');
    assert.equal(formatDecimal(9.96), '10,0');
    assert.equal(formatDecimal(999.96), '1.000,0');
  });
  it('handles negatives, tiny values and zero digits', () => {
    assert.equal(formatDecimal(-1234.5, 1), '-1.234,5');
    assert.equal(formatDecimal(-0.01), '0,0');
    assert.equal(formatDecimal(1e-7, 2), '0,00');
    assert.equal(formatDecimal(1234.5, 0), '1.235');
  });
});

describe('collation', () => {
  it('orders the Vietnamese alphabet', () => {
    assert.deepEqual(
      sortVi(['đ', 'd', 'e', 'a', 'ă', 'â', 'b'], (s) => s),
      ['a', 'ă', 'â', 'b', 'd', 'đ', 'e'],
    );
    assert.ok(compareVi('d', 'đ') < 0);
    assert.ok(compareVi('đ', 'e') < 0);
    assert.ok(compareVi('e', 'ê') < 0);
    assert.ok(compareVi('a', 'a') === 0);
  });
  it('compares digit runs numerically', () => {
    assert.ok(compareVi('Phường 2', 'Phường 10') < 0);
  });
  it('sortVi returns a new array sorted by key without mutating the input', () => {
    const items = [{ name: 'Đông Hà' }, { name: 'Cam Lộ' }, { name: 'Ba Lòng' }, { name: 'Dakrông' }];
    const sorted = sortVi(items, (t) => t.name);
    assert.notEqual(sorted, items);
    assert.deepEqual(
      sorted.map((t) => t.name),
      ['Ba Lòng', 'Cam Lộ', 'Dakrông', 'Đông Hà'],
    );
    assert.equal(items[0]?.name, 'Đông Hà');
  });
});
