// Tests for document numbers in text: which references are found (Party and state styles), which
// look-alikes are not (dates, scores, numbers, times, URLs, words with slashes), keys and queries.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { documentKey, extractDocumentNumbers } from './index.js';

/** [text, the number found as written, its key, its kind] */
const POSITIVE: readonly [string, string, string, 'party' | 'state'][] = [
  ['Chỉ thị số 35-CT/TW của Ban Bí thư', '35-CT/TW', '35-CT/TW', 'party'],
  ['Kế hoạch số 167-KH/HU ngày 12/3/2020', '167-KH/HU', '167-KH/HU', 'party'],
  ['Hướng dẫn số 12-HD/BTCTW ngày 6/7/2018', '12-HD/BTCTW', '12-HD/BTCTW', 'party'],
  ['Nghị quyết số 12-NQ/TU của Tỉnh ủy', '12-NQ/TU', '12-NQ/TU', 'party'],
  ['Nghị quyết 05-NQ/ĐU của Đảng ủy xã', '05-NQ/ĐU', '05-NQ/DU', 'party'],
  ['Quyết định số 01-QĐ/TW.', '01-QĐ/TW', '01-QD/TW', 'party'],
  ['(Kết luận 21-KL/TW)', '21-KL/TW', '21-KL/TW', 'party'],
  ['Thông báo số 45-TB/VPTW, ngày 1/2/2021', '45-TB/VPTW', '45-TB/VPTW', 'party'],
  ['Công văn 123-CV/BTGTU-TTTT về việc', '123-CV/BTGTU-TTTT', '123-CV/BTGTU-TTTT', 'party'],
  ['Resolution No. 18-NQ/TW dated 25/10/2017', '18-NQ/TW', '18-NQ/TW', 'party'],
  ['Nghị định 42/2022/NĐ-CP quy định', '42/2022/NĐ-CP', '42/2022/ND-CP', 'state'],
  ['Quyết định số 187/QĐ-TTg của Thủ tướng', '187/QĐ-TTg', '187/QD-TTG', 'state'],
  [
    'Thông tư liên tịch số 19/2012/TTLT-BTC-BKHĐT-BTTTT',
    '19/2012/TTLT-BTC-BKHĐT-BTTTT',
    '19/2012/TTLT-BTC-BKHDT-BTTTT',
    'state',
  ],
  ['Quyết định số 1254/QĐ-UBND ngày 5/5/2021', '1254/QĐ-UBND', '1254/QD-UBND', 'state'],
  ['Giấy phép số 12/GP-TTĐT do Sở cấp', '12/GP-TTĐT', '12/GP-TTDT', 'state'],
  ['Nghị định 13/2023/NĐ-CP về bảo vệ dữ liệu', '13/2023/NĐ-CP', '13/2023/ND-CP', 'state'],
  ['Luật số 80/2015/QH13 về ban hành văn bản', '80/2015/QH13', '80/2015/QH13', 'state'],
  ['Nghị quyết số 1211/2016/UBTVQH13', '1211/2016/UBTVQH13', '1211/2016/UBTVQH13', 'state'],
  ['Thông tư 01/2021/TT-BTTTT.', '01/2021/TT-BTTTT', '01/2021/TT-BTTTT', 'state'],
  ['Tờ trình số 45/TTr-UBND ngày 3/4/2024', '45/TTr-UBND', '45/TTR-UBND', 'state'],
  ['Kế hoạch số 98/KH-UBND, ngày 2/3', '98/KH-UBND', '98/KH-UBND', 'state'],
  ['Nghị quyết số 7/2021/NQ-HĐND của HĐND', '7/2021/NQ-HĐND', '7/2021/NQ-HDND', 'state'],
  ['Quyết định 2345/QĐ-BCĐ389 của Ban chỉ đạo', '2345/QĐ-BCĐ389', '2345/QD-BCD389', 'state'],
  ['Công văn 512/UBND-VX gửi các xã', '512/UBND-VX', '512/UBND-VX', 'state'],
  ['Chỉ thị số 16/CT-TTg về cách ly', '16/CT-TTg', '16/CT-TTG', 'state'],
  ['Nghị quyết 128/NQ-CP; ', '128/NQ-CP', '128/NQ-CP', 'state'],
  ['Quyết định số 15/2020/QĐ-UBND-VP', '15/2020/QĐ-UBND-VP', '15/2020/QD-UBND-VP', 'state'],
  ['Decree No. 100/2019/NĐ-CP dated', '100/2019/NĐ-CP', '100/2019/ND-CP', 'state'],
  ['số:42/2022/NĐ-CP', '42/2022/NĐ-CP', '42/2022/ND-CP', 'state'],
  ['“187/QĐ-TTg”', '187/QĐ-TTg', '187/QD-TTG', 'state'],
  ['Thông tư liên tịch 10/2015/TTLT-BNV-BTC', '10/2015/TTLT-BNV-BTC', '10/2015/TTLT-BNV-BTC', 'state'],
  ['Văn bản 88/BC-SNV.', '88/BC-SNV', '88/BC-SNV', 'state'],
  // Pasted text often arrives decomposed (NFD); the number comes back NFC.
  ['Nghị định 42/2022/NĐ-CP'.normalize('NFD'), '42/2022/NĐ-CP', '42/2022/ND-CP', 'state'],
  ['Quyết định 1254/QĐ-UBND của UBND huyện'.normalize('NFD'), '1254/QĐ-UBND', '1254/QD-UBND', 'state'],
];

/** Text with no document number in it. */
const NEGATIVE: readonly string[] = [
  'Hôm nay, Thứ bảy ngày 16/01/2021',
  'ngày 6/7/2018 tại hội trường',
  'đạt 495/495 điểm',
  'có 3/4 số hộ tham gia',
  'Thống kê: 305.912',
  'tăng 12,5% so với cùng kỳ',
  'lúc 14:30 ngày 2/3',
  'từ 7h30 đến 11h',
  'cá nhân và/hoặc tổ chức',
  'tốc độ tối đa 50 km/h',
  'tốc độ 60km/h',
  'giai đoạn 2021-2025',
  'phòng chống COVID-19/2020',
  'trường hợp F0/F1',
  'phục vụ 24/7',
  'Quốc lộ 1A/QL',
  'khu phố 5/KP',
  'ISO 9001:2015',
  'tỷ số 2-1 nghiêng về đội chủ nhà',
  'xem https://vbpl.vn/van-ban/42/2022/NĐ-CP và www.chinhphu.vn/187/QĐ-TTg',
  'Nghị định số /2022/NĐ-CP (dự thảo)',
  'Chỉ thị 35-CT/ chưa đủ',
  'CT/TW và NĐ-CP không có số',
  'mã X42/2022/NĐ-CP',
  'tổ 12/KP-3',
  'lớp 10/A1',
  'ghi 12-CT thiếu cơ quan',
  '',
];

describe('extractDocumentNumbers', () => {
  for (const [text, number, key, kind] of POSITIVE) {
    it(`finds ${number} in “${text.normalize('NFC')}”`, () => {
      assert.deepEqual(extractDocumentNumbers(text), [{ number, key, kind }]);
    });
  }
  for (const text of NEGATIVE) {
    it(`finds nothing in “${text}”`, () => {
      assert.deepEqual(extractDocumentNumbers(text), []);
    });
  }
  it('has enough cases on both sides', () => {
    assert.ok(POSITIVE.length >= 30 && NEGATIVE.length >= 20);
  });

  it('keeps the order of first appearance and drops repeats by key', () => {
    const text =
      'Thực hiện Chỉ thị số 35-CT/TW, Nghị định 42/2022/NĐ-CP và Kế hoạch 167-KH/HU; ' +
      'theo Chỉ thị 35-CT/TW và Nghị định 42/2022/NĐ-CP (ngày 24/6/2022).';
    assert.deepEqual(
      extractDocumentNumbers(text).map((r) => r.number),
      ['35-CT/TW', '42/2022/NĐ-CP', '167-KH/HU'],
    );
  });

  it('finds references next to dates without taking the date', () => {
    const refs = extractDocumentNumbers(
      'Hướng dẫn số 12-HD/BTCTW ngày 6/7/2018 và 187/QĐ-TTg ngày 16/01/2021',
    );
    assert.deepEqual(
      refs.map((r) => r.key),
      ['12-HD/BTCTW', '187/QD-TTG'],
    );
  });

  it('does not take a symbol cut short by an unrecognised tail', () => {
    assert.deepEqual(extractDocumentNumbers('số 12/QĐ-UBND-xã'), []);
    assert.deepEqual(extractDocumentNumbers('số 12/QĐ-UBNDxã'), []);
  });
});

describe('documentKey', () => {
  const CASES: readonly [string, string | null][] = [
    ['42/2022/nd-cp', '42/2022/ND-CP'],
    ['42/2022/nđ-cp', '42/2022/ND-CP'],
    ['42/2022/NĐ-CP', '42/2022/ND-CP'],
    ['Nghị định 42/2022/NĐ-CP', '42/2022/ND-CP'],
    ['nghi dinh 42/2022/nd-cp', '42/2022/ND-CP'],
    ['  187/qđ-ttg ', '187/QD-TTG'],
    ['chỉ thị 35-ct/tw', '35-CT/TW'],
    ['Chỉ thị 35-CT/TW'.normalize('NFD'), '35-CT/TW'],
    ['42/2022/NĐ-CP và 42/2022/nd-cp', '42/2022/ND-CP'],
    ['35-CT/TW và 42/2022/NĐ-CP', null],
    ['đại hội đảng bộ', null],
    ['16/01/2021', null],
    ['', null],
  ];
  for (const [input, key] of CASES) {
    it(`“${input}” → ${key}`, () => {
      assert.equal(documentKey(input), key);
    });
  }

  it('matches the key of the reference as written in an article', () => {
    for (const [text] of POSITIVE) {
      const ref = extractDocumentNumbers(text)[0]!;
      assert.equal(documentKey(ref.number.toLowerCase()), ref.key, ref.number);
    }
  });
});
