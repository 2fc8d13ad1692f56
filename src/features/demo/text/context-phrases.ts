// Phrases fixed by the article context: periods, seasons, occasions, time and
// place tails, and per-article names of projects, festivals, places and schools.

import type { DemoSubUnit } from '../places.js';
import type { Ctx } from './engine.js';
import { unitText } from './site-words.js';

export function nextUnit(c: Ctx): DemoSubUnit {
  const u = c.units[c.unitPos % c.units.length] as DemoSubUnit;
  c.unitPos++;
  return u;
}

function memoIndex(c: Ctx, key: string, size: number): number {
  let i = c.memo.get(key);
  if (i === undefined) {
    i = c.rng.int(0, size - 1);
    c.memo.set(key, i);
  }
  return i;
}

/** A fixed-per-article choice among [vi, en] pairs. */
export function memoPair(c: Ctx, key: string, pairs: readonly (readonly [string, string])[]): string {
  const pair = pairs[memoIndex(c, key, pairs.length) % pairs.length] as readonly [string, string];
  return c.lang === 'vi' ? pair[0] : pair[1];
}

export function periodText(c: Ctx): string {
  const y = c.year;
  const m = c.month;
  const vi = c.lang === 'vi';
  if (m <= 2) return vi ? `năm ${y - 1}` : `${y - 1}`;
  if (m <= 5) return vi ? `quý I/${y}` : `the first quarter of ${y}`;
  if (m <= 8) return vi ? `6 tháng đầu năm ${y}` : `the first half of ${y}`;
  if (m <= 10) return vi ? `9 tháng năm ${y}` : `the first nine months of ${y}`;
  return vi ? `năm ${y}` : `${y}`;
}

export function seasonText(c: Ctx): string {
  const m = c.month;
  if (c.lang === 'vi') return m <= 4 ? 'vụ Đông Xuân' : m <= 8 ? 'vụ Hè Thu' : 'vụ Mùa';
  return m <= 4 ? 'the winter–spring crop' : m <= 8 ? 'the summer–autumn crop' : 'the main autumn crop';
}

export function occasionText(c: Ctx): string {
  const m = c.month;
  const vi = c.lang === 'vi';
  if (m <= 2) return vi ? 'Tết Nguyên đán' : 'the Lunar New Year';
  if (m === 7)
    return vi
      ? `kỷ niệm ${c.year - 1947} năm Ngày Thương binh – Liệt sĩ`
      : `the ${c.year - 1947}th anniversary of War Invalids and Martyrs' Day`;
  if (m === 9) return vi ? 'Tết Trung thu' : 'the Mid-Autumn Festival';
  if (m === 10 || m === 11)
    return vi ? 'Tháng cao điểm “Vì người nghèo”' : 'the “For the Poor” campaign month';
  return vi ? `chương trình an sinh xã hội năm ${c.year}` : `the ${c.year} social welfare programme`;
}

/** A time phrase for headlines ("trong 9 tháng năm 2025", "những tháng cuối năm"). */
export function timeTail(c: Ctx): string {
  const vi = c.lang === 'vi';
  const r = c.rng.int(0, 3);
  if (r === 0) return vi ? `trong ${periodText(c)}` : `in ${periodText(c)}`;
  if (r === 1) return vi ? `năm ${c.year}` : `in ${c.year}`;
  if (c.month <= 4)
    return vi ? (r === 2 ? 'ngay từ đầu năm' : 'ngay từ những tháng đầu năm') : 'from the start of the year';
  if (c.month >= 9)
    return vi
      ? r === 2
        ? 'những tháng cuối năm'
        : `những tháng cuối năm ${c.year}`
      : 'in the final months of the year';
  return vi ? 'trong thời gian tới' : 'in the months ahead';
}

/** A place phrase for headlines ("ở thôn Đông Hưng", "trên địa bàn tỉnh Hòa Lâm"). */
export function placeTail(c: Ctx, allowHome = true): string {
  const r = c.rng.int(allowHome ? 0 : 1, 3);
  if (c.lang === 'en')
    return r === 0 ? `in ${unitText(c.home, 'en')}` : r === 1 ? `across ${c.w.place}` : `in ${c.w.place}`;
  if (r === 0) return `ở ${unitText(c.home, 'vi')}`;
  if (r === 1) return `tại ${c.w.place}`;
  if (r === 2) return `trên địa bàn ${c.w.place}`;
  return `ở ${c.w.place}`;
}

/** "Thời gian qua" and its variants, to open a sentence. */
export function sinceText(c: Ctx): string {
  const vi = c.lang === 'vi';
  switch (c.rng.int(0, 4)) {
    case 0:
      return vi ? 'thời gian qua' : 'recently';
    case 1:
      return vi ? 'những năm gần đây' : 'in recent years';
    case 2:
      return c.month >= 3
        ? vi
          ? `từ đầu năm ${c.year} đến nay`
          : `since the start of ${c.year}`
        : vi
          ? 'thời gian gần đây'
          : 'lately';
    case 3:
      return vi ? 'thời gian gần đây' : 'lately';
    default:
      return vi ? `trong ${periodText(c)}` : `in ${periodText(c)}`;
  }
}

// --- Per-article fixed things: projects, festivals, places to visit ----------

function homeNames(c: Ctx): { vi: string; en: string; nameVi: string; nameEn: string } {
  return {
    vi: unitText(c.home, 'vi'),
    en: unitText(c.home, 'en'),
    nameVi: c.home.nameVi,
    nameEn: c.home.nameEn,
  };
}

export function projectPairs(c: Ctx): (readonly [string, string])[] {
  const h = homeNames(c);
  const road = 600 + (memoIndex(c, 'road', 90) % 90);
  if (c.site.kind === 'province') {
    return [
      [`tuyến đường tỉnh ${road} đoạn qua ${h.vi}`, `the section of Provincial Road ${road} through ${h.en}`],
      [`cầu ${h.nameVi} bắc qua sông Lâm`, `the ${h.nameEn} Bridge over the Lam River`],
      ['tuyến đường ven sông Lâm', 'the Lam riverside road'],
      [`kè chống sạt lở bờ sông Lâm đoạn qua ${h.vi}`, `the Lam River embankment through ${h.en}`],
      [`Trường THPT ${h.nameVi}`, `${h.nameEn} High School`],
      [`Trung tâm Y tế khu vực ${h.nameVi}`, `the ${h.nameEn} Regional Health Centre`],
    ];
  }
  if (c.site.kind === 'ward') {
    return [
      ['tuyến phố đi bộ ven sông Lâm', 'the Lam riverside walking street'],
      [`công viên hồ Sen ${c.site.shortNameVi}`, `the ${c.site.shortNameEn} Lotus Lake Park`],
      [`hệ thống thoát nước ${h.vi}`, `the drainage system of ${h.en}`],
      [`Trường Tiểu học ${h.nameVi}`, `${h.nameEn} Primary School`],
    ];
  }
  return [
    [`tuyến đường liên thôn qua ${h.vi}`, `the inter-village road through ${h.en}`],
    [`nhà văn hóa ${h.vi}`, `the ${h.en} cultural house`],
    [`Trường Mầm non ${c.site.shortNameVi}`, `${c.site.shortNameEn} Kindergarten`],
    [`hệ thống kênh mương nội đồng ${h.vi}`, `the irrigation canals of ${h.en}`],
    [`cầu ${h.nameVi}`, `the ${h.nameEn} Bridge`],
  ];
}

export function festivalPairs(c: Ctx): (readonly [string, string])[] {
  const h = homeNames(c);
  return [
    [`Lễ hội đình ${h.nameVi}`, `the ${h.nameEn} Communal House Festival`],
    [`Hội làng ${h.nameVi}`, `the ${h.nameEn} Village Festival`],
    ['Lễ hội đua thuyền truyền thống trên sông Lâm', 'the traditional Lam River boat race festival'],
    [`Lễ hội Xuống đồng ${h.nameVi}`, `the ${h.nameEn} rice-planting festival`],
    [`Lễ hội chùa ${h.nameVi}`, `the ${h.nameEn} Pagoda Festival`],
  ];
}

export function spotPairs(c: Ctx): (readonly [string, string])[] {
  const h = homeNames(c);
  const list: (readonly [string, string])[] = [
    ['thác Ngọc Vân', 'Ngoc Van Waterfall'],
    [`đồi chè ${h.nameVi}`, `the ${h.nameEn} tea hills`],
    [`làng cổ ${h.nameVi}`, `the old village of ${h.nameEn}`],
    [`đầm sen ${h.nameVi}`, `the ${h.nameEn} lotus lagoon`],
    [`rừng tràm ${h.nameVi}`, `the ${h.nameEn} melaleuca forest`],
    ['bến thuyền sông Lâm', 'the Lam River boat landing'],
  ];
  if (c.site.kind === 'province') list.push(['bãi biển Cát Vân', 'Cat Van Beach']);
  return list;
}

export const MODEL_PAIRS: readonly (readonly [string, string])[] = [
  ['trồng bưởi da xanh', 'green-skinned pomelo growing'],
  ['nuôi tôm thẻ chân trắng trong nhà màng', 'greenhouse whiteleg shrimp farming'],
  ['trồng rau hữu cơ', 'organic vegetable growing'],
  ['lúa hữu cơ kết hợp nuôi cá', 'organic rice and fish farming'],
  ['trồng dưa lưới trong nhà màng', 'greenhouse melon growing'],
  ['nuôi gà thả đồi', 'free-range hill chicken farming'],
  ['trồng chè theo tiêu chuẩn VietGAP', 'VietGAP tea growing'],
  ['nuôi ong lấy mật', 'beekeeping'],
];

export function schoolPairs(c: Ctx): (readonly [string, string])[] {
  const h = homeNames(c);
  return [
    [`Trường Tiểu học ${h.nameVi}`, `${h.nameEn} Primary School`],
    [`Trường THCS ${h.nameVi}`, `${h.nameEn} Lower Secondary School`],
    [`Trường Mầm non ${h.nameVi}`, `${h.nameEn} Kindergarten`],
  ];
}
