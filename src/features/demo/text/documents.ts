// Invented but well-formed references to legal and Party documents
// ("Nghị quyết số 12-NQ/TW ngày …"), dated before the article's event.

import type { Ctx } from './engine.js';
import { DAY_MS, fmtDate, randomDateMs } from './formats.js';

/** A date in `year`, not later than a few days before the event. */
function docDateMs(c: Ctx, year: number): number {
  const from = Date.UTC(year, 0, 2);
  const to = Math.min(Date.UTC(year, 11, 28), c.eventMs - 5 * DAY_MS);
  return randomDateMs(c.rng, from, Math.max(from, to));
}

export function docTw(c: Ctx): string {
  const y = c.rng.int(c.year - 4, c.year);
  const date = fmtDate(docDateMs(c, y), c.lang);
  const kinds = [
    ['Nghị quyết', 'Resolution', 'NQ/TW', 'Bộ Chính trị', 'the Politburo', 80],
    ['Chỉ thị', 'Directive', 'CT/TW', 'Ban Bí thư', 'the Party Central Committee Secretariat', 50],
    ['Kết luận', 'Conclusion', 'KL/TW', 'Bộ Chính trị', 'the Politburo', 180],
  ] as const;
  const k = c.rng.pick(kinds);
  const n = c.rng.int(1, k[5]);
  return c.lang === 'vi'
    ? `${k[0]} số ${n}-${k[2]} ngày ${date} của ${k[3]}`
    : `${k[1]} No. ${n}-${k[2]} dated ${date} of ${k[4]}`;
}

export function docLocal(c: Ctx): string {
  const y = c.rng.int(c.year - 3, c.year);
  const date = fmtDate(docDateMs(c, y), c.lang);
  const code = c.w.partyCode;
  const vi = c.lang === 'vi';
  const province = c.site.kind === 'province';
  const k = c.site.kindWordVi;
  const lvl = c.site.levelEn;
  const n = c.rng.int(1, province ? 260 : 90);
  if (!province && c.year <= 2024 && c.rng.chance(0.35)) {
    const hn = c.rng.int(40, 260);
    return vi
      ? `Kế hoạch số ${hn}-KH/HU ngày ${date} của Ban Thường vụ Huyện ủy`
      : `Plan No. ${hn}-KH/HU dated ${date} of the Standing Board of the District Party Committee`;
  }
  switch (c.rng.int(0, 2)) {
    case 0:
      return vi
        ? `Nghị quyết số ${n}-NQ/${code} ngày ${date} của Ban Chấp hành Đảng bộ ${k}`
        : `Resolution No. ${n}-NQ/${code} dated ${date} of the ${lvl} Party Committee`;
    case 1:
      return vi
        ? `Kế hoạch số ${n}-KH/${code} ngày ${date} của ${c.w.btv}`
        : `Plan No. ${n}-KH/${code} dated ${date} of the Standing Board of the ${lvl} Party Committee`;
    default:
      return vi
        ? `Chỉ thị số ${c.rng.int(1, 40)}-CT/${code} ngày ${date} của ${c.w.btv}`
        : `Directive No. ${c.rng.int(1, 40)}-CT/${code} dated ${date} of the Standing Board of the ${lvl} Party Committee`;
  }
}

export function docGov(c: Ctx): string {
  const y = c.rng.int(c.year - 5, c.year - 1);
  const date = fmtDate(docDateMs(c, y), c.lang);
  const vi = c.lang === 'vi';
  switch (c.rng.int(0, 4)) {
    case 0:
      return vi
        ? `Nghị định số ${c.rng.int(8, 190)}/${y}/NĐ-CP ngày ${date} của Chính phủ`
        : `Decree No. ${c.rng.int(8, 190)}/${y}/NĐ-CP dated ${date} of the Government`;
    case 1:
      return vi ? `Nghị định ${c.rng.int(8, 190)}/${y}/NĐ-CP` : `Decree ${c.rng.int(8, 190)}/${y}/NĐ-CP`;
    case 2:
      return vi
        ? `Quyết định số ${c.rng.int(100, 2400)}/QĐ-TTg ngày ${date} của Thủ tướng Chính phủ`
        : `Decision No. ${c.rng.int(100, 2400)}/QĐ-TTg dated ${date} of the Prime Minister`;
    case 3:
      return vi
        ? `Nghị quyết số ${c.rng.int(10, 280)}/NQ-CP ngày ${date} của Chính phủ`
        : `Resolution No. ${c.rng.int(10, 280)}/NQ-CP dated ${date} of the Government`;
    default:
      return vi
        ? `Thông tư số ${c.rng.int(2, 90)}/${y}/TT-BTC của Bộ Tài chính`
        : `Circular No. ${c.rng.int(2, 90)}/${y}/TT-BTC of the Ministry of Finance`;
  }
}

export function docUbnd(c: Ctx): string {
  const y = c.rng.int(c.year - 1, c.year);
  const date = fmtDate(docDateMs(c, y), c.lang);
  const vi = c.lang === 'vi';
  const province = c.site.kind === 'province';
  switch (c.rng.int(0, 2)) {
    case 0: {
      const n = c.rng.int(province ? 100 : 10, province ? 3200 : 480);
      return vi
        ? `Quyết định số ${n}/QĐ-UBND ngày ${date} của ${c.w.ubnd}`
        : `Decision No. ${n}/QĐ-UBND dated ${date} of ${c.w.ubnd}`;
    }
    case 1: {
      const n = c.rng.int(province ? 20 : 5, province ? 420 : 160);
      return vi
        ? `Kế hoạch số ${n}/KH-UBND ngày ${date} của ${c.w.ubnd}`
        : `Plan No. ${n}/KH-UBND dated ${date} of ${c.w.ubnd}`;
    }
    default: {
      const n = c.rng.int(1, 45);
      return vi
        ? `Nghị quyết số ${n}/${y}/NQ-HĐND của ${c.w.hdnd}`
        : `Resolution No. ${n}/${y}/NQ-HĐND of ${c.w.hdnd}`;
    }
  }
}

const TTLT_ISSUERS = [
  'BTC-BKHĐT-BTTTT',
  'BTC-BNNPTNT',
  'BNV-BTC',
  'BYT-BTC',
  'BGDĐT-BNV-BTC',
  'BLĐTBXH-BTC',
  'BTC-BKHĐT',
] as const;

export function docTtlt(c: Ctx): string {
  const y = c.rng.int(2010, 2016);
  const n = c.rng.int(3, 230);
  const issuers = c.rng.pick(TTLT_ISSUERS);
  return c.lang === 'vi'
    ? `Thông tư liên tịch số ${n}/${y}/TTLT-${issuers}`
    : `Joint Circular No. ${n}/${y}/TTLT-${issuers}`;
}
