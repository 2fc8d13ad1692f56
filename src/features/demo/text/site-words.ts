// Vocabulary of a demo site (its name, councils, Party organisation, units) in
// Vietnamese and English, as used by the phrase templates and the intro pages.

import { DEMO_PROVINCE, type DemoSite, type DemoSubUnit } from '../places.js';
import type { DemoLang } from './types.js';

export interface SiteWords {
  place: string;
  placeName: string;
  kind: string;
  level: string;
  ubnd: string;
  ubndFull: string;
  hdnd: string;
  hdndFull: string;
  hdndTerm: string;
  partyCom: string;
  partyCode: string;
  btv: string;
  partyOrg: string;
  partyOrgFull: string;
  mttq: string;
  depts: string;
  units: string;
  unitWord: string;
  congressNo: string;
  upperCongress: string;
  drill: string;
  examLevel: string;
  otherOrgs: string[];
}

const siteWordsCache = new WeakMap<DemoSite, { vi: SiteWords; en: SiteWords }>();

export function siteWords(site: DemoSite, lang: DemoLang): SiteWords {
  let entry = siteWordsCache.get(site);
  if (!entry) {
    entry = { vi: makeSiteWordsVi(site), en: makeSiteWordsEn(site) };
    siteWordsCache.set(site, entry);
  }
  return entry[lang];
}

export function provinceOf(site: DemoSite): DemoSite {
  return site.kind === 'province' ? site : DEMO_PROVINCE;
}

function makeSiteWordsVi(site: DemoSite): SiteWords {
  const k = site.kindWordVi;
  const province = site.kind === 'province';
  const unitWord = province ? 'xã, phường' : site.kind === 'ward' ? 'khu phố' : 'thôn';
  return {
    place: `${k} ${site.shortNameVi}`,
    placeName: site.shortNameVi,
    kind: k,
    level: k,
    ubnd: `UBND ${k}`,
    ubndFull: `Ủy ban nhân dân ${k} ${site.shortNameVi}`,
    hdnd: `HĐND ${k}`,
    hdndFull: `Hội đồng nhân dân ${k} ${site.shortNameVi}`,
    hdndTerm: province ? 'khóa X, nhiệm kỳ 2021 – 2026' : 'nhiệm kỳ 2021 – 2026',
    partyCom: province ? 'Tỉnh ủy' : `Đảng ủy ${k}`,
    partyCode: province ? 'TU' : 'ĐU',
    btv: province ? 'Ban Thường vụ Tỉnh ủy' : `Ban Thường vụ Đảng ủy ${k}`,
    partyOrg: `Đảng bộ ${k}`,
    partyOrgFull: `Đảng bộ ${k} ${site.shortNameVi}`,
    mttq: `Ủy ban MTTQ Việt Nam ${k}`,
    depts: province ? 'các sở, ban, ngành, đoàn thể tỉnh' : `các ban, ngành, đoàn thể ${k}`,
    units: `các ${unitWord}`,
    unitWord,
    congressNo: province ? 'XVIII' : 'I',
    upperCongress: province
      ? 'Đại hội đại biểu toàn quốc lần thứ XIV của Đảng'
      : `Đại hội đại biểu Đảng bộ tỉnh ${provinceOf(site).shortNameVi} lần thứ XVIII`,
    drill: province ? 'khu vực phòng thủ tỉnh' : `chiến đấu phòng thủ ${k}`,
    examLevel: province ? 'quốc gia' : 'tỉnh',
    otherOrgs: province
      ? [
          'Sở Tài chính',
          'Sở Nội vụ',
          'Ủy ban MTTQ Việt Nam tỉnh',
          'Tỉnh đoàn',
          'Hội Liên hiệp Phụ nữ tỉnh',
          'Hội Nông dân tỉnh',
          'Sở Tư pháp',
        ]
      : [
          `Văn phòng HĐND và UBND ${k}`,
          `Hội Liên hiệp Phụ nữ ${k}`,
          `Hội Nông dân ${k}`,
          `Đoàn Thanh niên ${k}`,
          `Hội Cựu chiến binh ${k}`,
          `Công an ${k}`,
        ],
  };
}

function makeSiteWordsEn(site: DemoSite): SiteWords {
  const province = site.kind === 'province';
  const lvl = site.levelEn;
  const kindLower = site.kindWordEn.toLowerCase();
  const unitWord = province
    ? 'communes and wards'
    : site.kind === 'ward'
      ? 'residential quarters'
      : 'villages';
  return {
    place: site.nameEn,
    placeName: site.shortNameEn,
    kind: kindLower,
    level: lvl,
    ubnd: `the ${lvl} People's Committee`,
    ubndFull: `the People's Committee of ${site.nameEn}`,
    hdnd: `the ${lvl} People's Council`,
    hdndFull: `the People's Council of ${site.nameEn}`,
    hdndTerm: 'for the 2021–2026 term',
    partyCom: `the ${lvl} Party Committee`,
    partyCode: province ? 'TU' : 'ĐU',
    btv: `the Standing Board of the ${lvl} Party Committee`,
    partyOrg: `the ${lvl.toLowerCase()} Party organisation`,
    partyOrgFull: `the Party organisation of ${site.nameEn}`,
    mttq: `the ${lvl} Viet Nam Fatherland Front Committee`,
    depts: province
      ? 'provincial departments, agencies and mass organisations'
      : `${kindLower} divisions and mass organisations`,
    units: unitWord,
    unitWord,
    congressNo: province ? '18th' : '1st',
    upperCongress: province
      ? '14th National Party Congress'
      : `18th Congress of the ${provinceOf(site).shortNameEn} Provincial Party Organisation`,
    drill: province ? 'provincial defence zone exercise' : `${kindLower} combat readiness exercise`,
    examLevel: province ? 'national' : 'provincial',
    otherOrgs: province
      ? [
          'the Department of Finance',
          'the Department of Home Affairs',
          'the Provincial Fatherland Front Committee',
          "the Provincial Women's Union",
          "the Provincial Farmers' Association",
          'the Provincial Youth Union',
        ]
      : [
          `the ${lvl} Office`,
          `the ${lvl} Women's Union`,
          `the ${lvl} Farmers' Association`,
          `the ${lvl} Youth Union`,
          `the ${lvl} Veterans' Association`,
          `the ${lvl} Police`,
        ],
  };
}

export function unitText(u: DemoSubUnit, lang: DemoLang): string {
  return lang === 'vi' ? `${u.kindVi} ${u.nameVi}` : `${u.nameEn} ${u.kindEn}`;
}

/** Invented totals of commune-level units of the demo province. */
export const PROVINCE_UNITS = { total: 72, wards: 9 } as const;
