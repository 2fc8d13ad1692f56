// Deterministic generator of invented Vietnamese (and English) portal
// articles for demos, load tests and screenshots. Every phrase here was
// written for this module; nothing is copied from real portals. Articles are
// assembled from small templates with slots (places and people of the demo
// site, numbers, dates, document numbers) so that many thousands of articles
// stay varied, and they are cheap to produce (templates are compiled once).
//
// Template mini-language (used only inside this file):
//   {slot}        a slot, e.g. {place}, {leader}, {eventDate}; {Slot} = same, first letter capitalised
//   {slot:arg}    a slot with an argument, e.g. {n:5-20}, {p:80-99.5}, {ks:1200-4000/30-90}
//   [a|b|c]       one of the alternatives (each may contain slots; an empty one is allowed)

import {
  DEMO_PROVINCE,
  type DemoCategory,
  type DemoLeader,
  type DemoLeaderArea,
  type DemoSite,
  type DemoSubUnit,
} from './places.js';
import type { Rng } from './random.js';

export type DemoLang = 'vi' | 'en';

export interface DemoArticle {
  /** 8–20 words, sentence case. */
  title: string;
  /** Sapo, 25–60 words; for 'vi' about half start with "- ". */
  lead: string;
  /** Body paragraphs; the total word count is within [minWords, maxWords]. */
  paragraphs: string[];
  /** 0–2 section headings for longer articles, shown before `paragraphs[beforeParagraph]`. */
  subheadings: { beforeParagraph: number; text: string }[];
  byline: string;
  /** Newsroom the article is credited to, or null. */
  source: string | null;
  tags: string[];
  photoCredit: string;
  /** Three captions for photos of the article's scene. */
  captions: string[];
}

export interface DemoArticleOptions {
  minWords: number;
  maxWords: number;
  lang: DemoLang;
}

export interface DemoIntroPage {
  slug: string;
  titleVi: string;
  titleEn: string;
  bodyVi: string[];
  bodyEn: string[];
}

// ---------------------------------------------------------------------------
// Small helpers

/**
 * Words in a text: whitespace-separated tokens containing at least one letter
 * or digit (a lone "–" or "-" is not a word). Fast, no regular expressions.
 */
export function countWords(s: string): number {
  let words = 0;
  let inToken = false;
  let hasAlnum = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0) {
      if (inToken && hasAlnum) words++;
      inToken = false;
      hasAlnum = false;
      continue;
    }
    inToken = true;
    if (
      !hasAlnum &&
      ((c >= 48 && c <= 57) ||
        (c >= 65 && c <= 90) ||
        (c >= 97 && c <= 122) ||
        (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && (c < 0x2000 || c > 0x206f)))
    ) {
      hasAlnum = true;
    }
  }
  if (inToken && hasAlnum) words++;
  return words;
}

function capFirst(s: string): string {
  if (s.length === 0) return s;
  const first = s.charAt(0);
  const upper = first.toUpperCase();
  return upper === first ? s : upper + s.slice(1);
}

function foldAscii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

function groupDigits(digits: string, sep: string): string {
  let out = '';
  const len = digits.length;
  for (let i = 0; i < len; i++) {
    if (i > 0 && (len - i) % 3 === 0) out += sep;
    out += digits.charAt(i);
  }
  return out;
}

/** Integer with thousands separators: `1.250` (vi) or `1,250` (en). */
function fmtInt(n: number, lang: DemoLang): string {
  const r = Math.round(n);
  const body = groupDigits(String(Math.abs(r)), lang === 'vi' ? '.' : ',');
  return r < 0 ? `-${body}` : body;
}

/** One decimal place unless it is zero: `12,5` / `12.5`, `12`. */
function fmtDec(x: number, lang: DemoLang): string {
  const tenths = Math.round(x * 10);
  const int = Math.trunc(tenths / 10);
  const frac = Math.abs(tenths % 10);
  const head = fmtInt(int, lang);
  return frac === 0 ? head : `${head}${lang === 'vi' ? ',' : '.'}${frac}`;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const DAY_MS = 86_400_000;

/** `dd/mm/yyyy` (vi) or `5 March 2024` (en) for a UTC timestamp. */
function fmtDate(ms: number, lang: DemoLang): string {
  const d = new Date(ms);
  const day = d.getUTCDate();
  const month = d.getUTCMonth();
  const year = d.getUTCFullYear();
  if (lang === 'vi') return `${pad2(day)}/${pad2(month + 1)}/${year}`;
  return `${day} ${MONTHS_EN[month]} ${year}`;
}

// ---------------------------------------------------------------------------
// People's names (invented combinations of common Vietnamese name parts)

const FAMILY = [
  'Nguyễn',
  'Nguyễn',
  'Nguyễn',
  'Trần',
  'Trần',
  'Lê',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Lương',
  'Tô',
  'Cao',
] as const;
const MIDDLE_M = [
  'Văn',
  'Văn',
  'Hữu',
  'Đức',
  'Minh',
  'Quang',
  'Công',
  'Thành',
  'Xuân',
  'Ngọc',
  'Đình',
  'Tiến',
] as const;
const MIDDLE_F = ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Kim', 'Hồng', 'Bích', 'Mỹ', 'Diệu'] as const;
const GIVEN_M = [
  'Tâm',
  'Hùng',
  'Dũng',
  'Thắng',
  'Lợi',
  'Phúc',
  'Tài',
  'Nghĩa',
  'Cường',
  'Hải',
  'Sơn',
  'Bình',
  'Toàn',
  'Tú',
  'Khang',
  'Lộc',
  'Quý',
  'Trung',
  'Hiếu',
  'Thịnh',
  'Vinh',
  'Đạt',
  'Khoa',
  'Long',
] as const;
const GIVEN_F = [
  'Hoa',
  'Lan',
  'Hương',
  'Nga',
  'Hạnh',
  'Mai',
  'Thảo',
  'Hằng',
  'Liên',
  'Xuân',
  'Yến',
  'Loan',
  'Thủy',
  'Trinh',
  'Phượng',
  'Oanh',
  'Dung',
  'Huệ',
  'Ngân',
  'Vân',
  'Nhàn',
  'Quyên',
] as const;

/** Pen names for bylines. */
const PEN_NAMES = [
  'Ngọc Hưng',
  'Mai Hoa',
  'Trung Hà',
  'Thu Trang',
  'Văn Nam',
  'Minh Châu',
  'Thanh Tùng',
  'Hải Yến',
  'Quốc Việt',
  'Bảo Ngọc',
  'Đức Anh',
  'Phương Thảo',
  'Hoàng Long',
  'Khánh Linh',
  'Tuấn Kiệt',
  'Lệ Quyên',
  'Xuân Trường',
  'Thùy Dung',
  'Việt Hà',
  'Quang Định',
  'Anh Thư',
  'Hữu Nghĩa',
  'Kim Liên',
  'Công Thắng',
  'Diệu Hiền',
  'Bích Ngọc',
  'Minh Khôi',
  'Như Ý',
  'Trọng Tín',
  'Hà Vy',
] as const;

interface Person {
  name: string;
  female: boolean;
  age: number;
}

function makePerson(rng: Rng, minAge: number, maxAge: number, female = rng.chance(0.45)): Person {
  const name = `${rng.pick(FAMILY)} ${female ? rng.pick(MIDDLE_F) : rng.pick(MIDDLE_M)} ${
    female ? rng.pick(GIVEN_F) : rng.pick(GIVEN_M)
  }`;
  return { name, female, age: rng.int(minAge, maxAge) };
}

function honorificVi(p: Person): string {
  if (p.age < 40) return p.female ? 'chị' : 'anh';
  return p.female ? 'bà' : 'ông';
}

function honorificEn(p: Person): string {
  return p.female ? 'Ms' : 'Mr';
}

/** `Mr Huy` style reference: Vietnamese are called by the last syllable of the name. */
function shortRefEn(nameEn: string, female: boolean): string {
  const parts = nameEn.split(' ');
  return `${female ? 'Ms' : 'Mr'} ${parts[parts.length - 1]}`;
}

// ---------------------------------------------------------------------------
// Template engine

type Kind = 'meeting' | 'event' | 'feature';

interface Mention {
  /** First mention: name with full title. */
  full: string;
  /** Later mentions (one is picked each time). */
  refs: string[];
  /** For photo captions: name and short title. */
  cap: string;
  /** For headlines: short title followed by the name. */
  titled: string;
  name: string;
  used: boolean;
}

interface Deck {
  items: readonly Tpl[];
  order: number[];
  pos: number;
}

interface Ctx {
  rng: Rng;
  lang: DemoLang;
  site: DemoSite;
  w: SiteWords;
  topic: Topic;
  scene: Scene;
  eventMs: number;
  year: number;
  month: number;
  leader: Mention;
  official: Mention;
  superior: Mention;
  orgHead: Mention;
  org: string;
  otherOrgs: string[];
  home: DemoSubUnit;
  units: DemoSubUnit[];
  unitPos: number;
  memo: Map<string, number>;
  decks: Map<readonly Tpl[], Deck>;
}

type Part = string | ((c: Ctx) => string);
type Tpl = readonly Part[];
type SlotFactory = (arg: string, where: string) => (c: Ctx) => string;

function render(t: Tpl, c: Ctx): string {
  let s = '';
  for (let i = 0; i < t.length; i++) {
    const p = t[i] as Part;
    s += typeof p === 'string' ? p : p(c);
  }
  return s;
}

function compile(src: string, where: string): Tpl {
  const parts: Part[] = [];
  let lit = '';
  let i = 0;
  const flush = (): void => {
    if (lit) parts.push(lit);
    lit = '';
  };
  while (i < src.length) {
    const ch = src.charAt(i);
    if (ch === '{') {
      const end = src.indexOf('}', i);
      if (end < 0) throw new Error(`demo text: unclosed { in ${where}: ${src}`);
      flush();
      parts.push(slotPart(src.slice(i + 1, end), where));
      i = end + 1;
    } else if (ch === '[') {
      const end = src.indexOf(']', i);
      if (end < 0) throw new Error(`demo text: unclosed [ in ${where}: ${src}`);
      flush();
      const options = src
        .slice(i + 1, end)
        .split('|')
        .map((o) => compile(o, where));
      parts.push((c) => render(options[Math.floor(c.rng.next() * options.length)] as Tpl, c));
      i = end + 1;
    } else {
      lit += ch;
      i++;
    }
  }
  flush();
  return parts;
}

function slotPart(body: string, where: string): (c: Ctx) => string {
  const colon = body.indexOf(':');
  const rawName = colon < 0 ? body : body.slice(0, colon);
  const arg = colon < 0 ? '' : body.slice(colon + 1);
  const first = rawName.charAt(0);
  const cap = first !== first.toLowerCase();
  const name = cap ? first.toLowerCase() + rawName.slice(1) : rawName;
  const factory = SLOTS[name];
  if (!factory) throw new Error(`demo text: unknown slot {${rawName}} in ${where}`);
  const fn = factory(arg, where);
  return cap ? (c) => capFirst(fn(c)) : fn;
}

function compileAll(list: readonly string[], where: string): Tpl[] {
  return list.map((s) => compile(s, where));
}

/** Draw the next template of a pool, in a per-article shuffled order (no repeats until the pool is used up). */
function draw(c: Ctx, pool: readonly Tpl[]): Tpl {
  let d = c.decks.get(pool);
  if (!d) {
    d = { items: pool, order: c.rng.shuffle(pool.map((_, i) => i)), pos: 0 };
    c.decks.set(pool, d);
  }
  if (d.pos >= d.order.length) {
    const last = d.order[d.order.length - 1];
    d.order = c.rng.shuffle(d.order);
    if (d.order.length > 1 && d.order[0] === last) {
      const tmp = d.order[0] as number;
      d.order[0] = d.order[1] as number;
      d.order[1] = tmp;
    }
    d.pos = 0;
  }
  return d.items[d.order[d.pos++] as number] as Tpl;
}

/** Like draw(), but never repeats within an article: null once the pool is used up. */
function fresh(c: Ctx, pool: readonly Tpl[]): Tpl | null {
  let d = c.decks.get(pool);
  if (!d) {
    d = { items: pool, order: c.rng.shuffle(pool.map((_, i) => i)), pos: 0 };
    c.decks.set(pool, d);
  }
  if (d.pos >= d.order.length) return null;
  return d.items[d.order[d.pos++] as number] as Tpl;
}

function left(c: Ctx, pool: readonly Tpl[]): number {
  const d = c.decks.get(pool);
  return d ? d.order.length - d.pos : pool.length;
}

function sentence(t: Tpl, c: Ctx): string {
  return capFirst(render(t, c));
}

// ---------------------------------------------------------------------------
// Site vocabulary

interface SiteWords {
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

function siteWords(site: DemoSite, lang: DemoLang): SiteWords {
  let entry = siteWordsCache.get(site);
  if (!entry) {
    entry = { vi: makeSiteWordsVi(site), en: makeSiteWordsEn(site) };
    siteWordsCache.set(site, entry);
  }
  return entry[lang];
}

function provinceOf(site: DemoSite): DemoSite {
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

function unitText(u: DemoSubUnit, lang: DemoLang): string {
  return lang === 'vi' ? `${u.kindVi} ${u.nameVi}` : `${u.nameEn} ${u.kindEn}`;
}

function nextUnit(c: Ctx): DemoSubUnit {
  const u = c.units[c.unitPos % c.units.length] as DemoSubUnit;
  c.unitPos++;
  return u;
}

// ---------------------------------------------------------------------------
// Mentions of people

function leaderMention(l: DemoLeader, lang: DemoLang): Mention {
  if (lang === 'vi') {
    return {
      full: `đồng chí ${l.nameVi}, ${l.titleVi}`,
      refs: [
        `đồng chí ${l.nameVi}`,
        `${l.shortTitleVi} ${l.nameVi}`,
        `đồng chí ${l.nameVi}`,
        l.shortTitleVi,
        'đồng chí',
      ],
      cap: `đồng chí ${l.nameVi}, ${l.shortTitleVi}`,
      titled: `${l.shortTitleVi} ${l.nameVi}`,
      name: l.nameVi,
      used: false,
    };
  }
  const hon = l.gender === 'female' ? 'Ms' : 'Mr';
  // English news style puts the title first ("Chairman of … Le Quang Huy said"), which avoids comma trouble.
  return {
    full: `${l.shortTitleEn} ${l.nameEn}`,
    refs: [
      shortRefEn(l.nameEn, l.gender === 'female'),
      `${hon} ${l.nameEn}`,
      shortRefEn(l.nameEn, l.gender === 'female'),
      l.gender === 'female' ? 'she' : 'he',
    ],
    cap: `${l.shortTitleEn} ${l.nameEn}`,
    titled: `${l.shortTitleEn} ${l.nameEn}`,
    name: l.nameEn,
    used: false,
  };
}

/** Invented central officials who "attend" a province's Party congress. */
const CENTRAL_GUESTS: readonly { name: string; female: boolean; vi: string; en: string }[] = [
  {
    name: 'Kha Văn Trường',
    female: false,
    vi: 'Ủy viên Trung ương Đảng, Phó Trưởng Ban Tổ chức Trung ương',
    en: 'member of the Party Central Committee and Deputy Head of the Central Organisation Commission',
  },
  {
    name: 'Lâm Thị Bảo Châu',
    female: true,
    vi: 'Ủy viên Trung ương Đảng, Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương',
    en: 'member of the Party Central Committee and Deputy Chair of the Central Inspection Commission',
  },
  {
    name: 'Ông Đức Hiển',
    female: false,
    vi: 'Ủy viên Trung ương Đảng, Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương',
    en: 'member of the Party Central Committee and Deputy Head of the Central Commission for Communication, Education and Mass Mobilisation',
  },
];

function superiorMention(rng: Rng, site: DemoSite, lang: DemoLang): Mention {
  if (site.kind !== 'province') {
    const candidates = DEMO_PROVINCE.leaders.filter((l) => l.area !== 'office');
    return leaderMention(rng.pick(candidates), lang);
  }
  const g = rng.pick(CENTRAL_GUESTS);
  if (lang === 'vi') {
    return {
      full: `đồng chí ${g.name}, ${g.vi}`,
      refs: [`đồng chí ${g.name}`],
      cap: `đồng chí ${g.name}, ${g.vi}`,
      titled: `đồng chí ${g.name}`,
      name: g.name,
      used: false,
    };
  }
  const nameEn = foldAscii(g.name);
  const hon = g.female ? 'Ms' : 'Mr';
  return {
    full: `${g.en.charAt(0).toUpperCase()}${g.en.slice(1)} ${nameEn}`,
    refs: [shortRefEn(nameEn, g.female), `${hon} ${nameEn}`],
    cap: `${hon} ${nameEn}, ${g.en}`,
    titled: `${hon} ${nameEn}`,
    name: nameEn,
    used: false,
  };
}

function orgHeadMention(rng: Rng, org: string, head: string, lang: DemoLang): Mention {
  const p = makePerson(rng, 38, 58);
  const deputy = rng.chance(0.35);
  if (lang === 'vi') {
    const hon = p.female ? 'bà' : 'ông';
    const title = `${deputy ? 'Phó ' : ''}${head} ${org}`;
    return {
      full: `${hon} ${p.name}, ${title}`,
      refs: [`${hon} ${p.name}`],
      cap: `${hon} ${p.name}, ${title}`,
      titled: `${title} ${p.name}`,
      name: p.name,
      used: false,
    };
  }
  const nameEn = foldAscii(p.name);
  const title = `${deputy ? 'Deputy ' : ''}${head} of ${org}`;
  return {
    full: `${title} ${nameEn}`,
    refs: [shortRefEn(nameEn, p.female), `${honorificEn(p)} ${nameEn}`],
    cap: `${title} ${nameEn}`,
    titled: `${honorificEn(p)} ${nameEn}`,
    name: nameEn,
    used: false,
  };
}

function mentionSlot(get: (c: Ctx) => Mention, mode: 'auto' | 'ref' | 'cap' | 'titled' | 'name') {
  return (_arg: string) =>
    (c: Ctx): string => {
      const m = get(c);
      if (mode === 'cap') return m.cap;
      if (mode === 'titled') return m.titled;
      if (mode === 'name') return m.name;
      if (mode === 'auto' && !m.used) {
        m.used = true;
        return m.full;
      }
      return m.refs.length === 1 ? (m.refs[0] as string) : c.rng.pick(m.refs);
    };
}

// ---------------------------------------------------------------------------
// Numbers, money and dates

function parseRange(
  arg: string,
  where: string,
): { lo: number; hi: number; lo2: number; hi2: number; local: boolean } {
  const [a, b] = arg.split('/');
  const parse = (s: string | undefined): [number, number] => {
    if (!s) throw new Error(`demo text: missing range in ${where}`);
    const m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(s);
    if (m) return [Number(m[1]), Number(m[2])];
    const single = Number(s);
    if (Number.isFinite(single)) return [single, single];
    throw new Error(`demo text: bad range "${arg}" in ${where}`);
  };
  const [lo, hi] = parse(a);
  if (b !== undefined) {
    const [lo2, hi2] = parse(b);
    return { lo, hi, lo2, hi2, local: true };
  }
  return { lo, hi, lo2: lo / 40, hi2: hi / 40, local: false };
}

function niceRound(v: number): number {
  if (v >= 100_000) return Math.round(v / 100) * 100;
  if (v >= 10_000) return Math.round(v / 10) * 10;
  return Math.round(v);
}

/** An amount given in billions of đồng, written the way Vietnamese news does. */
function fmtMoneyBillion(v: number, lang: DemoLang): string {
  if (v >= 1) {
    const s = v >= 100 ? fmtInt(Math.round(v), lang) : fmtDec(v, lang);
    return lang === 'vi' ? `${s} tỷ đồng` : `VND ${s} billion`;
  }
  const millions = Math.max(10, Math.round((v * 1000) / 10) * 10);
  return lang === 'vi' ? `${fmtInt(millions, lang)} triệu đồng` : `VND ${fmtInt(millions, lang)} million`;
}

function fmtMoneyMillion(v: number, lang: DemoLang): string {
  const m = v >= 100 ? Math.round(v / 10) * 10 : Math.round(v);
  if (lang === 'vi') return `${fmtInt(m, lang)} triệu đồng`;
  return m >= 1000 ? `VND ${fmtDec(m / 1000, lang)} billion` : `VND ${fmtInt(m, lang)} million`;
}

function fmtPercent(c: Ctx, lo: number, hi: number): string {
  let v = c.rng.float(lo, hi);
  if (v > 100) v = 100;
  if (hi - lo > 3 && c.rng.chance(0.3)) v = Math.round(v);
  if (v > 100) v = 100;
  return `${fmtDec(v, c.lang)}%`;
}

function randomDateMs(rng: Rng, fromMs: number, toMs: number): number {
  if (toMs <= fromMs) return fromMs;
  const days = Math.floor((toMs - fromMs) / DAY_MS);
  return fromMs + rng.int(0, days) * DAY_MS;
}

/** A date in `year`, not later than a few days before the event. */
function docDateMs(c: Ctx, year: number): number {
  const from = Date.UTC(year, 0, 2);
  const to = Math.min(Date.UTC(year, 11, 28), c.eventMs - 5 * DAY_MS);
  return randomDateMs(c.rng, from, Math.max(from, to));
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
function memoPair(c: Ctx, key: string, pairs: readonly (readonly [string, string])[]): string {
  const pair = pairs[memoIndex(c, key, pairs.length) % pairs.length] as readonly [string, string];
  return c.lang === 'vi' ? pair[0] : pair[1];
}

function periodText(c: Ctx): string {
  const y = c.year;
  const m = c.month;
  const vi = c.lang === 'vi';
  if (m <= 2) return vi ? `năm ${y - 1}` : `${y - 1}`;
  if (m <= 5) return vi ? `quý I/${y}` : `the first quarter of ${y}`;
  if (m <= 8) return vi ? `6 tháng đầu năm ${y}` : `the first half of ${y}`;
  if (m <= 10) return vi ? `9 tháng năm ${y}` : `the first nine months of ${y}`;
  return vi ? `năm ${y}` : `${y}`;
}

function seasonText(c: Ctx): string {
  const m = c.month;
  if (c.lang === 'vi') return m <= 4 ? 'vụ Đông Xuân' : m <= 8 ? 'vụ Hè Thu' : 'vụ Mùa';
  return m <= 4 ? 'the winter–spring crop' : m <= 8 ? 'the summer–autumn crop' : 'the main autumn crop';
}

function occasionText(c: Ctx): string {
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
function timeTail(c: Ctx): string {
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
function placeTail(c: Ctx, allowHome = true): string {
  const r = c.rng.int(allowHome ? 0 : 1, 3);
  if (c.lang === 'en')
    return r === 0 ? `in ${unitText(c.home, 'en')}` : r === 1 ? `across ${c.w.place}` : `in ${c.w.place}`;
  if (r === 0) return `ở ${unitText(c.home, 'vi')}`;
  if (r === 1) return `tại ${c.w.place}`;
  if (r === 2) return `trên địa bàn ${c.w.place}`;
  return `ở ${c.w.place}`;
}

/** "Thời gian qua" and its variants, to open a sentence. */
function sinceText(c: Ctx): string {
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

// --- Document numbers -------------------------------------------------------

function docTw(c: Ctx): string {
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

function docLocal(c: Ctx): string {
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

function docGov(c: Ctx): string {
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

function docUbnd(c: Ctx): string {
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

function docTtlt(c: Ctx): string {
  const y = c.rng.int(2010, 2016);
  const n = c.rng.int(3, 230);
  const issuers = c.rng.pick(TTLT_ISSUERS);
  return c.lang === 'vi'
    ? `Thông tư liên tịch số ${n}/${y}/TTLT-${issuers}`
    : `Joint Circular No. ${n}/${y}/TTLT-${issuers}`;
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

function projectPairs(c: Ctx): (readonly [string, string])[] {
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

function festivalPairs(c: Ctx): (readonly [string, string])[] {
  const h = homeNames(c);
  return [
    [`Lễ hội đình ${h.nameVi}`, `the ${h.nameEn} Communal House Festival`],
    [`Hội làng ${h.nameVi}`, `the ${h.nameEn} Village Festival`],
    ['Lễ hội đua thuyền truyền thống trên sông Lâm', 'the traditional Lam River boat race festival'],
    [`Lễ hội Xuống đồng ${h.nameVi}`, `the ${h.nameEn} rice-planting festival`],
    [`Lễ hội chùa ${h.nameVi}`, `the ${h.nameEn} Pagoda Festival`],
  ];
}

function spotPairs(c: Ctx): (readonly [string, string])[] {
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

const MODEL_PAIRS: readonly (readonly [string, string])[] = [
  ['trồng bưởi da xanh', 'green-skinned pomelo growing'],
  ['nuôi tôm thẻ chân trắng trong nhà màng', 'greenhouse whiteleg shrimp farming'],
  ['trồng rau hữu cơ', 'organic vegetable growing'],
  ['lúa hữu cơ kết hợp nuôi cá', 'organic rice and fish farming'],
  ['trồng dưa lưới trong nhà màng', 'greenhouse melon growing'],
  ['nuôi gà thả đồi', 'free-range hill chicken farming'],
  ['trồng chè theo tiêu chuẩn VietGAP', 'VietGAP tea growing'],
  ['nuôi ong lấy mật', 'beekeeping'],
];

function schoolPairs(c: Ctx): (readonly [string, string])[] {
  const h = homeNames(c);
  return [
    [`Trường Tiểu học ${h.nameVi}`, `${h.nameEn} Primary School`],
    [`Trường THCS ${h.nameVi}`, `${h.nameEn} Lower Secondary School`],
    [`Trường Mầm non ${h.nameVi}`, `${h.nameEn} Kindergarten`],
  ];
}

const CITIES: readonly (readonly [string, string])[] = [
  ['Hà Nội', 'Ha Noi'],
  ['Thành phố Hồ Chí Minh', 'Ho Chi Minh City'],
  ['Đà Nẵng', 'Da Nang'],
  ['Hải Phòng', 'Hai Phong'],
  ['Cần Thơ', 'Can Tho'],
  ['Huế', 'Hue'],
];

// ---------------------------------------------------------------------------
// Slots

const word =
  (key: Exclude<keyof SiteWords, 'otherOrgs'>): SlotFactory =>
  () =>
  (c) =>
    c.w[key];

function numberSlot(kind: 'n' | 'p' | 'm' | 'b' | 'ks' | 'kb'): SlotFactory {
  return (arg, where) => {
    const r = parseRange(arg, where);
    switch (kind) {
      case 'n':
        return (c) => fmtInt(c.rng.int(r.lo, r.hi), c.lang);
      case 'p':
        return (c) => fmtPercent(c, r.lo, r.hi);
      case 'm':
        return (c) => fmtMoneyMillion(c.rng.float(r.lo, r.hi), c.lang);
      case 'b':
        return (c) => fmtMoneyBillion(c.rng.float(r.lo, r.hi), c.lang);
      case 'ks':
        return (c) => {
          const local = c.site.kind !== 'province';
          const lo = local ? r.lo2 : r.lo;
          const hi = local ? r.hi2 : r.hi;
          const v = c.rng.float(lo, hi);
          return hi < 10 ? fmtDec(Math.max(0.5, v), c.lang) : fmtInt(niceRound(v), c.lang);
        };
      default:
        return (c) => {
          const local = c.site.kind !== 'province';
          const v = c.rng.float(local ? r.lo2 : r.lo, local ? r.hi2 : r.hi);
          return fmtMoneyBillion(v, c.lang);
        };
    }
  };
}

function personSlot(kind: 'citizen' | 'youth' | 'recruit' | 'person' | 'visitor' | 'student'): SlotFactory {
  return () => (c) => {
    const rng = c.rng;
    const vi = c.lang === 'vi';
    switch (kind) {
      case 'citizen': {
        const p = makePerson(rng, 32, 78);
        const u = rng.chance(0.5) ? c.home : nextUnit(c);
        return vi
          ? `${honorificVi(p)} ${p.name} (${p.age} tuổi, ${unitText(u, 'vi')})`
          : `${honorificEn(p)} ${foldAscii(p.name)} from ${unitText(u, 'en')}`;
      }
      case 'youth': {
        const p = makePerson(rng, 20, 32);
        const u = rng.chance(0.5) ? c.home : nextUnit(c);
        return vi
          ? `${honorificVi(p)} ${p.name} (${p.age} tuổi, ${unitText(u, 'vi')})`
          : `${honorificEn(p)} ${foldAscii(p.name)}, ${p.age}, from ${unitText(u, 'en')}`;
      }
      case 'recruit': {
        const p = makePerson(rng, 18, 24, rng.chance(0.08));
        const u = nextUnit(c);
        return vi
          ? `${p.name} (${p.age} tuổi, ${unitText(u, 'vi')})`
          : `${foldAscii(p.name)}, ${p.age}, from ${unitText(u, 'en')}`;
      }
      case 'person': {
        const p = makePerson(rng, 40, 75);
        return vi ? `${honorificVi(p)} ${p.name}` : `${honorificEn(p)} ${foldAscii(p.name)}`;
      }
      case 'visitor': {
        const p = makePerson(rng, 24, 45);
        const city = rng.pick(CITIES);
        return vi
          ? `${honorificVi(p)} ${p.name}, du khách đến từ ${city[0]}`
          : `${honorificEn(p)} ${foldAscii(p.name)}, a visitor from ${city[1]}`;
      }
      default: {
        const p = makePerson(rng, 10, 17);
        return vi ? `em ${p.name}` : foldAscii(p.name);
      }
    }
  };
}

const SLOTS: Record<string, SlotFactory> = {
  place: word('place'),
  placeName: word('placeName'),
  kind: word('kind'),
  level: word('level'),
  ubnd: word('ubnd'),
  ubndFull: word('ubndFull'),
  hdnd: word('hdnd'),
  hdndFull: word('hdndFull'),
  hdndTerm: word('hdndTerm'),
  partyCom: word('partyCom'),
  btv: word('btv'),
  partyOrg: word('partyOrg'),
  partyOrgFull: word('partyOrgFull'),
  mttq: word('mttq'),
  depts: word('depts'),
  units: word('units'),
  unitWord: word('unitWord'),
  congressNo: word('congressNo'),
  upperCongress: word('upperCongress'),
  drill: word('drill'),
  examLevel: word('examLevel'),

  unit: () => (c) => unitText(nextUnit(c), c.lang),
  unitName: () => (c) => {
    const u = nextUnit(c);
    return c.lang === 'vi' ? u.nameVi : u.nameEn;
  },
  home: () => (c) => unitText(c.home, c.lang),
  homeName: () => (c) => (c.lang === 'vi' ? c.home.nameVi : c.home.nameEn),
  nUnits: () => (c) => {
    if (c.site.kind === 'province') return String(c.rng.int(18, 72));
    const n = c.site.subUnits.length;
    return String(c.rng.int(Math.max(2, Math.ceil(n / 2)), n));
  },
  subParty: () => (c) => {
    const u = nextUnit(c);
    if (c.lang === 'vi') return `${c.site.kind === 'province' ? 'Đảng bộ' : 'Chi bộ'} ${unitText(u, 'vi')}`;
    return `the Party ${c.site.kind === 'province' ? 'organisation' : 'cell'} of ${unitText(u, 'en')}`;
  },

  leader: mentionSlot((c) => c.leader, 'auto'),
  leaderRef: mentionSlot((c) => c.leader, 'ref'),
  leaderCap: mentionSlot((c) => c.leader, 'cap'),
  leaderTitled: mentionSlot((c) => c.leader, 'titled'),
  leaderName: mentionSlot((c) => c.leader, 'name'),
  official: mentionSlot((c) => c.official, 'auto'),
  officialCap: mentionSlot((c) => c.official, 'cap'),
  superior: mentionSlot((c) => c.superior, 'auto'),
  superiorCap: mentionSlot((c) => c.superior, 'cap'),
  orgHead: mentionSlot((c) => c.orgHead, 'auto'),
  orgHeadRef: mentionSlot((c) => c.orgHead, 'ref'),
  org: () => (c) => c.org,
  org2: () => (c) => c.rng.pick(c.otherOrgs),

  citizen: personSlot('citizen'),
  youth: personSlot('youth'),
  recruit: personSlot('recruit'),
  person: personSlot('person'),
  visitor: personSlot('visitor'),
  student: personSlot('student'),

  eventDate: () => (c) => fmtDate(c.eventMs, c.lang),
  eventStart: () => (c) => fmtDate(c.eventMs - 2 * DAY_MS, c.lang),
  eventPrev: () => (c) => fmtDate(c.eventMs - DAY_MS, c.lang),
  date: () => (c) => fmtDate(randomDateMs(c.rng, c.eventMs - 200 * DAY_MS, c.eventMs - 3 * DAY_MS), c.lang),
  dueDate: () => (c) => fmtDate(c.eventMs + c.rng.int(10, 45) * DAY_MS, c.lang),
  year: () => (c) => String(c.year),
  prevYear: () => (c) => String(c.year - 1),
  nextYear: () => (c) => String(c.year + 1),
  month: () => (c) => String(c.month),
  monthName: () => (c) => MONTHS_EN[c.month - 1] as string,
  period: () => periodText,
  since: () => sinceText,
  timeTail: () => timeTail,
  placeTail: () => (c) => placeTail(c),
  season: () => seasonText,
  schoolYear: () => (c) => {
    const start = c.month >= 8 ? c.year : c.year - 1;
    return c.lang === 'vi' ? `${start} – ${start + 1}` : `${start}–${start + 1}`;
  },
  schoolYearNew: () => (c) => (c.lang === 'vi' ? `${c.year} – ${c.year + 1}` : `${c.year}–${c.year + 1}`),
  occasion: () => occasionText,
  term: () => (c) => (c.lang === 'vi' ? '2025 – 2030' : '2025–2030'),
  prevTerm: () => (c) => (c.lang === 'vi' ? '2020 – 2025' : '2020–2025'),
  plan: () => (c) => (c.lang === 'vi' ? '2021 – 2025' : '2021–2025'),
  warYears: () => (c) => String(c.year - 1947),
  dlg: () => (c) => String(c.site.kind === 'province' ? c.rng.int(300, 350) : c.rng.int(100, 150)),
  bch: () => (c) => String(c.site.kind === 'province' ? c.rng.int(49, 55) : c.rng.int(15, 21)),
  btvN: () => (c) => String(c.site.kind === 'province' ? c.rng.int(13, 15) : c.rng.int(5, 7)),
  event: () => (c) => c.scene.event,
  topic: () => (c) => render(c.topic.phrase, c),
  topicDoc: () => (c) => render(c.topic.docPhrase, c),

  project: () => (c) => memoPair(c, 'project', projectPairs(c)),
  festival: () => (c) => memoPair(c, 'festival', festivalPairs(c)),
  relic: () => (c) => (c.lang === 'vi' ? `đình ${c.home.nameVi}` : `the ${c.home.nameEn} Communal House`),
  spot: () => (c) => memoPair(c, 'spot', spotPairs(c)),
  model: () => (c) => memoPair(c, 'model', MODEL_PAIRS),
  school: () => (c) => memoPair(c, 'school', schoolPairs(c)),
  coop: () => (c) =>
    c.lang === 'vi'
      ? `Hợp tác xã Nông nghiệp ${c.home.nameVi}`
      : `the ${c.home.nameEn} Agricultural Cooperative`,
  healthStation: () => (c) => {
    if (c.site.kind === 'province') {
      return c.lang === 'vi' ? `Trạm Y tế ${unitText(c.home, 'vi')}` : `the ${c.home.nameEn} health station`;
    }
    return c.lang === 'vi' ? `Trạm Y tế ${c.w.place}` : `the ${c.site.shortNameEn} health station`;
  },

  docTw: () => docTw,
  docGov: () => docGov,
  docLocal: () => docLocal,
  docUbnd: () => docUbnd,
  docTtlt: () => docTtlt,
  doc: () => (c) => {
    const k = c.rng.int(0, 3);
    return k === 0 ? docTw(c) : k === 1 ? docGov(c) : k === 2 ? docLocal(c) : docUbnd(c);
  },

  agency: () => (c) => (c.lang === 'vi' ? c.site.agencyVi : `the ${c.site.agencyEn}`),
  address: () => (c) => (c.lang === 'vi' ? c.site.addressVi : c.site.addressEn),
  phone: () => (c) => c.site.phone,
  email: () => (c) => c.site.email,
  responsible: () => (c) => (c.lang === 'vi' ? c.site.responsibleVi : c.site.responsibleEn),
  leaderLine: () => (c) => {
    const i = c.memo.get('leaderLine') ?? 0;
    c.memo.set('leaderLine', i + 1);
    const list = c.site.leaders;
    return leaderLine(list[i % list.length] as DemoLeader, c.lang);
  },

  area: () => (c) => fmtInt(c.site.areaKm2, c.lang),
  population: () => (c) => fmtInt(Math.round(c.site.population / 1000) * 1000, c.lang),
  unitCount: () => (c) => String(c.site.kind === 'province' ? PROVINCE_UNITS.total : c.site.subUnits.length),

  n: numberSlot('n'),
  p: numberSlot('p'),
  m: numberSlot('m'),
  b: numberSlot('b'),
  ks: numberSlot('ks'),
  kb: numberSlot('kb'),
};

// ---------------------------------------------------------------------------
// Topics and article assembly

type SiteKind = DemoSite['kind'];

interface RawScene {
  /** Only this scene's own titles fit (no titles composed from the topic's actions). */
  fixedTitles?: boolean;
  /** Overrides the topic's kind (meeting, event or feature). */
  kind?: Kind;
  /** Overrides the topic's event noun ({event}). */
  event?: string;
  months?: number[];
  titles: string[];
  leads: string[];
  /** Opening paragraph: one alternative from each group, in order. */
  opening: string[][];
  body?: string[];
  quotes?: string[];
  captions?: string[];
}

interface RawTopic {
  key: string;
  /** Category slugs this topic fits. */
  cats: string[];
  kinds?: SiteKind[];
  kind: Kind;
  areas: DemoLeaderArea[];
  event: string;
  year?: number;
  months?: number[];
  /** Noun phrase for {topic}, e.g. "công tác cải cách hành chính". */
  phrase: string;
  /** What documents about this topic are "about" ({topicDoc}). */
  docPhrase: string;
  /** Headline subjects for composed titles (default: the place, its People's Committee, the home unit). */
  subjects?: string[];
  /** Verb phrases for composed titles, e.g. "đẩy mạnh cải cách hành chính". */
  actions?: string[];
  scenes: RawScene[];
  body: string[];
  quotes: string[];
  directions: string[];
  subheads: string[];
  tags: string[];
  captions: string[];
  /** [name, head title] of agencies involved, for the province and for communes/wards. */
  orgs: { province: [string, string][]; local: [string, string][] };
}

interface RawGen {
  attend: string[];
  meeting: string[];
  results: string[];
  issues: string[];
  directions: string[];
  future: string[];
  closeMeeting: string[];
  closeEvent: string[];
  closeFeature: string[];
  docs: string[];
  /** Topic-neutral sentences about the place, used to pad long articles. */
  background: string[];
  leadTail: string[];
  /** Second halves of composed leads ("…, nhờ đó … có nhiều chuyển biến rõ nét"). */
  leadResults: string[];
  filler: string[];
  subheads: string[];
}

interface Scene {
  fixedTitles: boolean;
  kind: Kind;
  event: string;
  months: readonly number[] | null;
  titles: Tpl[];
  leads: Tpl[];
  opening: Tpl[][];
  body: Tpl[];
  quotes: Tpl[];
  captions: Tpl[];
}

interface OrgDef {
  name: Tpl;
  head: string;
}

interface Topic {
  key: string;
  cats: readonly string[];
  kinds: readonly SiteKind[];
  areas: readonly DemoLeaderArea[];
  year: number | null;
  phrase: Tpl;
  docPhrase: Tpl;
  subjects: Tpl[];
  /** Whether the topic lists its own subjects (then the village/commune may act in headlines). */
  customSubjects: boolean;
  /** The subjects that do not name the article's village/commune (for meetings and events). */
  subjectsNoHome: Tpl[];
  actions: Tpl[];
  scenes: Scene[];
  directions: Tpl[];
  subheads: readonly string[];
  tags: readonly string[];
  orgsProvince: OrgDef[];
  orgsLocal: OrgDef[];
}

interface Gen {
  attend: Tpl[];
  meeting: Tpl[];
  results: Tpl[];
  issues: Tpl[];
  directions: Tpl[];
  future: Tpl[];
  closeMeeting: Tpl[];
  closeEvent: Tpl[];
  closeFeature: Tpl[];
  docs: Tpl[];
  background: Tpl[];
  leadTail: Tpl[];
  leadResults: Tpl[];
  filler: Tpl[];
  subheads: readonly string[];
}

interface Pack {
  lang: DemoLang;
  topics: Topic[];
  gen: Gen;
  byCat: Map<string, Topic[]>;
}

const ALL_KINDS: readonly SiteKind[] = ['province', 'commune', 'ward'];
const DEFAULT_SUBJECTS = ['{place}', '{place}', '{ubnd}', '{home}'];

function compileTopic(t: RawTopic, lang: DemoLang): Topic {
  const where = `${lang}:${t.key}`;
  const body = compileAll(t.body, where);
  const quotes = compileAll(t.quotes, where);
  const captions = compileAll(t.captions, where);
  return {
    key: t.key,
    cats: t.cats,
    kinds: t.kinds ?? ALL_KINDS,
    areas: t.areas,
    year: t.year ?? null,
    phrase: compile(t.phrase, where),
    docPhrase: compile(t.docPhrase, where),
    subjects: compileAll(t.subjects ?? DEFAULT_SUBJECTS, where),
    customSubjects: t.subjects !== undefined,
    subjectsNoHome: compileAll(
      (t.subjects ?? DEFAULT_SUBJECTS).filter((x) => !x.includes('{home}')),
      where,
    ),
    actions: compileAll(t.actions ?? [], where),
    scenes: t.scenes.map((s) => ({
      fixedTitles: s.fixedTitles ?? false,
      kind: s.kind ?? t.kind,
      event: s.event ?? t.event,
      months: s.months ?? t.months ?? null,
      titles: compileAll(s.titles, where),
      leads: compileAll(s.leads, where),
      opening: s.opening.map((g) => compileAll(g, where)),
      body: [...compileAll(s.body ?? [], where), ...body],
      quotes: [...compileAll(s.quotes ?? [], where), ...quotes],
      captions: [...compileAll(s.captions ?? [], where), ...captions],
    })),
    directions: compileAll(t.directions, where),
    subheads: t.subheads,
    tags: t.tags,
    orgsProvince: t.orgs.province.map(([name, head]) => ({ name: compile(name, where), head })),
    orgsLocal: t.orgs.local.map(([name, head]) => ({ name: compile(name, where), head })),
  };
}

function compileGen(g: RawGen, lang: DemoLang): Gen {
  const where = `${lang}:generic`;
  return {
    attend: compileAll(g.attend, where),
    meeting: compileAll(g.meeting, where),
    results: compileAll(g.results, where),
    issues: compileAll(g.issues, where),
    directions: compileAll(g.directions, where),
    future: compileAll(g.future, where),
    closeMeeting: compileAll(g.closeMeeting, where),
    closeEvent: compileAll(g.closeEvent, where),
    closeFeature: compileAll(g.closeFeature, where),
    docs: compileAll(g.docs, where),
    background: compileAll(g.background, where),
    leadTail: compileAll(g.leadTail, where),
    leadResults: compileAll(g.leadResults, where),
    filler: compileAll(g.filler, where),
    subheads: g.subheads,
  };
}

const packs: Partial<Record<DemoLang, Pack>> = {};

function getPack(lang: DemoLang): Pack {
  let p = packs[lang];
  if (!p) {
    const raw = lang === 'vi' ? { topics: TOPICS_VI, gen: GEN_VI } : { topics: TOPICS_EN, gen: GEN_EN };
    const topics = raw.topics.map((t) => compileTopic(t, lang));
    const byCat = new Map<string, Topic[]>();
    for (const t of topics) {
      for (const cat of t.cats) {
        const list = byCat.get(cat) ?? [];
        list.push(t);
        byCat.set(cat, list);
      }
    }
    p = { lang, topics, gen: compileGen(raw.gen, lang), byCat };
    packs[lang] = p;
  }
  return p;
}

const topicChoiceCache = new Map<string, Topic[]>();

function topicsFor(pack: Pack, site: DemoSite, category: DemoCategory): Topic[] {
  const key = `${pack.lang}|${site.kind}|${category.slug}`;
  let list = topicChoiceCache.get(key);
  if (!list) {
    const fits = (t: Topic): boolean => t.kinds.includes(site.kind);
    list = (pack.byCat.get(category.slug) ?? []).filter(fits);
    if (list.length === 0) list = pack.topics.filter(fits);
    topicChoiceCache.set(key, list);
  }
  return list;
}

const YEARS = [2023, 2024, 2024, 2025, 2025, 2025] as const;

function makeCtx(rng: Rng, lang: DemoLang, site: DemoSite, topic: Topic, scene: Scene): Ctx {
  const year = topic.year ?? rng.pick(YEARS);
  const month = scene.months ? rng.pick(scene.months) : rng.int(1, 12);
  const day = rng.int(1, 28);
  // Prefer the first leader of the first matching area (the chairman rather than a deputy).
  const leaders = site.leaders.filter((l) => topic.areas.includes(l.area));
  const main = site.leaders.find((l) => l.area === topic.areas[0]);
  const leader = main && rng.chance(0.6) ? main : rng.pick(leaders.length > 0 ? leaders : site.leaders);
  const others = site.leaders.filter((l) => l !== leader && l.area !== 'office');
  const official = rng.pick(others.length > 0 ? others : site.leaders);
  const units = rng.shuffle(site.subUnits);
  const c: Ctx = {
    rng,
    lang,
    site,
    w: siteWords(site, lang),
    topic,
    scene,
    eventMs: Date.UTC(year, month - 1, day),
    year,
    month,
    leader: leaderMention(leader, lang),
    official: leaderMention(official, lang),
    superior: superiorMention(rng, site, lang),
    orgHead: leaderMention(leader, lang),
    org: '',
    otherOrgs: [],
    home: units[0] as DemoSubUnit,
    units,
    unitPos: 1,
    memo: new Map(),
    decks: new Map(),
  };
  const defs = site.kind === 'province' ? topic.orgsProvince : topic.orgsLocal;
  const mainOrg = rng.pick(defs);
  c.org = render(mainOrg.name, c);
  c.orgHead = orgHeadMention(rng, c.org, mainOrg.head, lang);
  c.otherOrgs = [...defs.filter((d) => d !== mainOrg).map((d) => render(d.name, c)), ...c.w.otherOrgs];
  return c;
}

/**
 * Whether the article's home unit may be the actor of a headline: only in
 * features, and for a commune/ward site only when the topic says so (a
 * village does not "cut administrative procedures").
 */
function homeMayAct(c: Ctx): boolean {
  return c.scene.kind === 'feature' && (c.site.kind === 'province' || c.topic.customSubjects);
}

/** A headline composed from the topic's subjects and actions, e.g. "Xã X đẩy mạnh … trong 9 tháng năm 2025". */
function composeTitle(c: Ctx): string {
  const rng = c.rng;
  const feature = homeMayAct(c);
  const subjects = feature || c.topic.subjectsNoHome.length === 0 ? c.topic.subjects : c.topic.subjectsNoHome;
  const action = render(rng.pick(c.topic.actions), c);
  const tail = rng.chance(0.6) ? ` ${timeTail(c)}` : '';
  const r = c.lang === 'vi' ? rng.next() : 0;
  if (r < 0.45) return `${capFirst(render(rng.pick(subjects), c))} ${action}${tail}`;
  if (r < 0.8) return `${capFirst(action)} ${placeTail(c, feature)}${tail}`;
  return `${capFirst(render(rng.pick(subjects), c))}: ${capFirst(action)}${tail}`;
}

function makeTitle(c: Ctx): string {
  const composed = c.topic.actions.length > 0 && !c.scene.fixedTitles;
  let t = '';
  for (let attempt = 0; attempt < 12; attempt++) {
    t = composed && c.rng.chance(0.68) ? composeTitle(c) : sentence(c.rng.pick(c.scene.titles), c);
    const n = countWords(t);
    if (n >= 8 && n <= 20) return t;
  }
  // Last resort (never reached with the stored pools; checked by the tests).
  const words = t.split(' ');
  if (words.length > 20) return words.slice(0, 20).join(' ');
  return c.lang === 'vi' ? `${t} tại ${c.w.place}` : `${t} in ${c.w.place}`;
}

/** A sapo composed from the topic's actions, optionally followed by a fact from the body pool. */
function composeLead(c: Ctx, pack: Pack): string {
  const rng = c.rng;
  const subjects =
    homeMayAct(c) || c.topic.subjectsNoHome.length === 0 ? c.topic.subjects : c.topic.subjectsNoHome;
  const subject = render(rng.pick(subjects), c);
  const action = render(rng.pick(c.topic.actions), c);
  const result = render(draw(c, pack.gen.leadResults), c);
  const first =
    c.lang === 'vi'
      ? `${capFirst(sinceText(c))}, ${subject} đã ${action}, ${result}.`
      : `${capFirst(subject)} ${action}, ${result}.`;
  return first;
}

function makeLead(c: Ctx, pack: Pack): string {
  const composed = c.topic.actions.length > 0 && !c.scene.fixedTitles;
  let s = '';
  for (let attempt = 0; attempt < 8; attempt++) {
    const useComposed = composed && c.rng.chance(0.55);
    s = useComposed ? composeLead(c, pack) : sentence(c.rng.pick(c.scene.leads), c);
    let n = countWords(s);
    if (useComposed && n < 40) {
      const fact = sentence(draw(c, c.scene.body), c);
      const fn = countWords(fact);
      if (n + fn <= 60) {
        s = `${s} ${fact}`;
        n += fn;
      }
    }
    if (n < 25 || (n < 42 && c.rng.chance(0.35))) {
      const tail = sentence(draw(c, pack.gen.leadTail), c);
      s = `${s} ${tail}`;
      n += countWords(tail);
    }
    if (n >= 25 && n <= 60) break;
  }
  if (c.lang === 'vi' && c.rng.chance(0.5)) s = `- ${s}`;
  return s;
}

interface Phase {
  name: 'open' | 'main' | 'issues' | 'direct' | 'close';
  frac: number;
  pools: [readonly Tpl[], number][];
  docs?: number;
}

function phasesFor(kind: Kind, topic: Topic, scene: Scene, gen: Gen): Phase[] {
  if (kind === 'meeting') {
    return [
      { name: 'open', frac: 0.1, pools: [[gen.attend, 1]] },
      {
        name: 'main',
        frac: 0.53,
        pools: [
          [scene.body, 5],
          [gen.meeting, 2],
          [gen.results, 2],
          [gen.background, 0.5],
          [scene.quotes, 1],
        ],
        docs: 1,
      },
      { name: 'issues', frac: 0.1, pools: [[gen.issues, 1]] },
      {
        name: 'direct',
        frac: 0.22,
        pools: [
          [topic.directions, 2],
          [gen.directions, 3],
        ],
        docs: 0.5,
      },
      { name: 'close', frac: 0.05, pools: [[gen.closeMeeting, 1]] },
    ];
  }
  if (kind === 'event') {
    return [
      { name: 'open', frac: 0.12, pools: [[gen.attend, 1]] },
      {
        name: 'main',
        frac: 0.6,
        pools: [
          [scene.body, 6],
          [gen.background, 1],
          [scene.quotes, 1],
        ],
        docs: 1,
      },
      {
        name: 'direct',
        frac: 0.23,
        pools: [
          [topic.directions, 2],
          [gen.directions, 1],
        ],
        docs: 0.4,
      },
      { name: 'close', frac: 0.05, pools: [[gen.closeEvent, 1]] },
    ];
  }
  return [
    { name: 'open', frac: 0.1, pools: [] },
    {
      name: 'main',
      frac: 0.56,
      pools: [
        [scene.body, 5],
        [gen.results, 2],
        [gen.background, 1],
        [scene.quotes, 1.2],
      ],
      docs: 1,
    },
    { name: 'issues', frac: 0.1, pools: [[gen.issues, 1]] },
    {
      name: 'direct',
      frac: 0.19,
      pools: [
        [topic.directions, 2],
        [gen.future, 2],
      ],
      docs: 0.4,
    },
    { name: 'close', frac: 0.05, pools: [[gen.closeFeature, 1]] },
  ];
}

function pickPool(c: Ctx, pools: [readonly Tpl[], number][]): readonly Tpl[] | null {
  let total = 0;
  for (const [pool, w] of pools) if (left(c, pool) > 0) total += w;
  if (total <= 0) return null;
  let r = c.rng.next() * total;
  let last: readonly Tpl[] | null = null;
  for (const [pool, w] of pools) {
    if (left(c, pool) === 0) continue;
    last = pool;
    r -= w;
    if (r < 0) return pool;
  }
  return last;
}

/** Cut a sentence to exactly `n` words (n >= 1) and end it with a full stop. */
function cutToWords(s: string, n: number): string {
  const tokens = s.split(' ');
  const out: string[] = [];
  let words = 0;
  for (const tok of tokens) {
    if (words >= n) break;
    out.push(tok);
    if (countWords(tok) > 0) words++;
  }
  return `${out.join(' ').replace(/[\s,;:.–“”"(]+$/u, '')}.`;
}

const CONNECTIVES = ['Đồng thời, ', 'Bên cạnh đó, ', 'Cùng với đó, ', 'Ngoài ra, '] as const;

function dropConnective(s: string): string {
  for (const k of CONNECTIVES) if (s.startsWith(k)) return capFirst(s.slice(k.length));
  return s;
}

function makeBody(
  c: Ctx,
  pack: Pack,
  minWords: number,
  maxWords: number,
): { paragraphs: string[]; subheadings: { beforeParagraph: number; text: string }[] } {
  const rng = c.rng;
  const gen = pack.gen;
  const min = Math.max(0, Math.floor(minWords));
  const max = Math.max(min, Math.floor(maxWords));
  const target = rng.int(min, max - min > 80 ? max - 40 : max);
  const citeDocs = rng.chance(0.36);
  const paragraphs: string[] = [];
  let cur: string[] = [];
  let curWords = 0;
  let paraGoal = rng.int(2, 4);
  let total = 0;

  const breakPara = (): void => {
    if (cur.length > 0) {
      paragraphs.push(cur.join(' '));
      cur = [];
      curWords = 0;
      paraGoal = rng.int(2, 4);
    }
  };
  const add = (s0: string, n0: number): void => {
    // "Đồng thời, …" cannot open a paragraph: drop the connective there.
    const s = cur.length === 0 ? dropConnective(s0) : s0;
    const n = s === s0 ? n0 : countWords(s);
    const quote = s.includes('“') && s.length > 60;
    if (quote && cur.length > 0 && rng.chance(0.5)) breakPara();
    cur.push(s);
    curWords += n;
    total += n;
    if (cur.length >= paraGoal || curWords > 110 || (quote && rng.chance(0.5))) breakPara();
  };
  /** Add unused sentences from the pools until `end` words (or nothing fits any more). */
  const fill = (pools: [readonly Tpl[], number][], end: number): void => {
    let fails = 0;
    while (total < end && fails < 6) {
      const pool = pickPool(c, pools);
      if (!pool) return;
      const t = fresh(c, pool);
      if (!t) continue;
      const s = sentence(t, c);
      const n = countWords(s);
      if (total + n > max) {
        fails++;
        continue;
      }
      add(s, n);
    }
  };

  const phases = phasesFor(c.scene.kind, c.topic, c.scene, gen);
  const closing = phases.pop() as Phase;
  let cum = 0;
  let mainSecond = -1;
  let directStart = -1;
  for (const phase of phases) {
    cum += phase.frac;
    const end = Math.round(target * cum);
    if (phase.name === 'open') {
      for (const group of c.scene.opening) {
        if (group.length === 0) continue;
        const s = sentence(rng.pick(group), c);
        const n = countWords(s);
        if (total + n <= max) {
          cur.push(s);
          curWords += n;
          total += n;
        }
      }
      if (phase.pools.length > 0 && total < end && rng.chance(0.8)) fill(phase.pools, total + 1);
      breakPara();
      continue;
    }
    if (phase.name === 'direct') {
      breakPara();
      directStart = paragraphs.length;
    }
    if (phase.docs && citeDocs && rng.chance(phase.docs)) fill([[gen.docs, 1]], total + 1);
    if (phase.name === 'main') {
      // Remember where the second paragraph of the main section starts (for a subheading).
      const before = paragraphs.length;
      fill(phase.pools, Math.min(end, total + 60));
      breakPara();
      if (paragraphs.length > before) mainSecond = paragraphs.length;
    }
    fill(phase.pools, end);
  }
  // Long articles may use up the phase pools: continue with anything not used yet.
  const closeReserve = Math.min(40, Math.round(target * 0.05));
  if (total < target - closeReserve) {
    fill(
      [
        [c.scene.body, 3],
        [c.scene.quotes, 1],
        [gen.background, 2],
        [gen.results, 2],
        [c.topic.directions, 1],
        [c.scene.kind === 'feature' ? gen.future : gen.directions, 2],
        [c.scene.kind === 'feature' ? gen.directions : gen.future, 1],
        [c.scene.kind === 'meeting' ? gen.meeting : gen.issues, 1],
        [gen.issues, 1],
      ],
      target - closeReserve,
    );
  }
  breakPara();
  fill(closing.pools, total + 1);
  if (total < target) fill(closing.pools, total + 1);
  breakPara();

  // Top up if a tight range left us short (sentences may repeat only here), then cut as a last resort.
  if (total < min) {
    // First anything unused that still fits, shortest pools last.
    for (const pool of [c.scene.body, gen.results, gen.background, gen.issues, gen.future, gen.filler]) {
      for (let t = fresh(c, pool); t && total < min; t = fresh(c, pool)) {
        const s = sentence(t, c);
        const n = countWords(s);
        if (total + n <= max) add(s, n);
      }
    }
    const pools = [c.scene.body, gen.results, gen.background, gen.filler, gen.filler];
    for (let guard = 0; total < min && guard < 400; guard++) {
      const s = sentence(draw(c, pools[guard % pools.length] as readonly Tpl[]), c);
      const n = countWords(s);
      if (total + n <= max) add(s, n);
      else if (guard >= 40) {
        const cut = cutToWords(s, min - total);
        add(cut, countWords(cut));
      }
    }
    breakPara();
  }

  const subheadings: { beforeParagraph: number; text: string }[] = [];
  let want = total >= 1000 ? 2 : total >= 600 ? (rng.chance(0.85) ? 1 : 0) : 0;
  const spots: number[] = [];
  if (want === 2 && mainSecond > 0 && mainSecond < paragraphs.length) spots.push(mainSecond);
  if (directStart > 0 && directStart < paragraphs.length && !spots.includes(directStart))
    spots.push(directStart);
  if (spots.length === 0 && mainSecond > 0 && mainSecond < paragraphs.length) spots.push(mainSecond);
  want = Math.min(want, spots.length);
  if (want > 0) {
    const own = rng.shuffle(c.topic.subheads);
    const general = rng.shuffle(gen.subheads);
    const texts = [own[0] ?? general[0], own.length > 1 && rng.chance(0.5) ? own[1] : general[0]];
    for (let i = 0; i < want; i++) {
      const text = (texts[i] ?? general[i]) as string;
      subheadings.push({ beforeParagraph: spots[spots.length - want + i] as number, text });
    }
    subheadings.sort((a, b) => a.beforeParagraph - b.beforeParagraph);
  }
  return { paragraphs, subheadings };
}

function initials(name: string): string {
  return name
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

function makeByline(rng: Rng, lang: DemoLang): { byline: string; photoCredit: string } {
  const a = rng.pick(PEN_NAMES);
  let b: string = rng.pick(PEN_NAMES);
  if (b === a) b = PEN_NAMES[(PEN_NAMES.indexOf(a) + 7) % PEN_NAMES.length] as string;
  if (lang === 'en') {
    const an = foldAscii(a);
    const bn = foldAscii(b);
    const r = rng.next();
    const byline = r < 0.45 ? an : r < 0.75 ? `Story and photos: ${an}` : `${an} – ${bn}`;
    const photoCredit =
      r >= 0.45 && r < 0.75 ? `Photo: ${an}` : rng.chance(0.5) ? `Photo: ${initials(an)}` : `Photo: ${bn}`;
    return { byline, photoCredit };
  }
  const r = rng.next();
  if (r < 0.22)
    return { byline: `Bài, ảnh: ${a}`, photoCredit: rng.chance(0.5) ? `Ảnh: ${a}` : `Ảnh: ${initials(a)}` };
  if (r < 0.38)
    return { byline: `Tin, ảnh: ${a}`, photoCredit: rng.chance(0.5) ? `Ảnh: ${a}` : `Ảnh: ${initials(a)}` };
  if (r < 0.43) return { byline: `Bài và ảnh: ${a}`, photoCredit: `Ảnh: ${a}` };
  if (r < 0.72) return { byline: a, photoCredit: rng.chance(0.6) ? `Ảnh: ${initials(a)}` : `Ảnh: ${b}` };
  if (r < 0.96)
    return { byline: `${a} – ${b}`, photoCredit: rng.chance(0.5) ? `Ảnh: ${initials(b)}` : `Ảnh: ${b}` };
  return { byline: 'Nhóm phóng viên', photoCredit: 'Ảnh: Nhóm PV' };
}

function makeCaptions(c: Ctx): string[] {
  const out: string[] = [];
  const pool = c.scene.captions;
  for (let i = 0; i < 8 && out.length < 3; i++) {
    let s = sentence(draw(c, pool), c);
    if (!/[.!?…]$/u.test(s)) s += '.';
    if (!out.includes(s)) out.push(s);
  }
  while (out.length < 3)
    out.push(out[0] ?? (c.lang === 'vi' ? 'Quang cảnh sự kiện.' : 'A view of the event.'));
  return out;
}

/**
 * One invented article for `site` in `category`, in Vietnamese or English.
 * Deterministic: the same Rng state gives the same article.
 */
export function generateArticle(
  rng: Rng,
  site: DemoSite,
  category: DemoCategory,
  opts: DemoArticleOptions,
): DemoArticle {
  const lang: DemoLang = opts.lang === 'en' ? 'en' : 'vi';
  const pack = getPack(lang);
  const topic = rng.pick(topicsFor(pack, site, category));
  const scene = rng.pick(topic.scenes);
  const c = makeCtx(rng, lang, site, topic, scene);
  const title = makeTitle(c);
  const lead = makeLead(c, pack);
  const { paragraphs, subheadings } = makeBody(c, pack, opts.minWords, opts.maxWords);
  const captions = makeCaptions(c);
  const tagCount = rng.int(2, Math.min(4, topic.tags.length));
  const tags = rng.sample(topic.tags, tagCount);
  if (tags.length < 4 && rng.chance(0.2)) tags.push(lang === 'vi' ? site.shortNameVi : site.shortNameEn);
  const { byline, photoCredit } = makeByline(rng, lang);
  const sources = lang === 'vi' ? site.newsSourcesVi : site.newsSourcesEn;
  const source = sources.length > 0 && rng.chance(0.6) ? rng.pick(sources) : null;
  return { title, lead, paragraphs, subheadings, byline, source, tags, photoCredit, captions };
}

// ---------------------------------------------------------------------------
// Vietnamese phrase pools (written for this module)

const GEN_VI: RawGen = {
  attend: [
    'Dự {event} có {official}; đại diện lãnh đạo {depts} cùng đông đảo đại biểu.',
    'Tham dự {event} có {official} cùng đại diện lãnh đạo {depts} và {units}.',
    'Cùng dự có các đồng chí trong Ban Thường vụ {partyCom}, Thường trực {hdnd}, lãnh đạo {ubnd} và {mttq}.',
    '{Event} được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, kết nối tới {nUnits} điểm cầu tại {units}.',
    'Đến dự và chung vui cùng {place} có {official}, cùng đại diện lãnh đạo {depts}.',
  ],
  meeting: [
    'Tại {event}, các đại biểu đã tập trung thảo luận, làm rõ nguyên nhân của những kết quả đạt được cũng như những tồn tại, hạn chế cần khắc phục.',
    'Nhiều ý kiến tham luận đã chia sẻ kinh nghiệm thực tiễn, đề xuất các giải pháp sát với tình hình của từng địa phương, đơn vị.',
    'Đại diện {org2} đề nghị cấp trên quan tâm bố trí thêm nguồn lực, hướng dẫn cụ thể để cơ sở triển khai thuận lợi hơn.',
    'Phát biểu tại {event}, đại diện {unit} cho biết địa phương đã chủ động xây dựng kế hoạch, phân công cụ thể từng phần việc cho cán bộ phụ trách.',
    '{Event} đã nghe báo cáo tóm tắt kết quả thực hiện nhiệm vụ {period} và phương hướng, nhiệm vụ trong thời gian tới.',
    'Các ý kiến phát biểu đều thống nhất cao với nội dung báo cáo, đồng thời bổ sung nhiều kiến nghị tâm huyết, trách nhiệm.',
    'Theo báo cáo của {org}, các nhiệm vụ trọng tâm đều được triển khai đúng kế hoạch, một số nhiệm vụ hoàn thành sớm hơn dự kiến.',
    'Đại biểu đến từ {unit} kiến nghị sớm có hướng dẫn tháo gỡ vướng mắc về thủ tục, nguồn vốn để địa phương triển khai các phần việc còn dang dở.',
    'Không khí thảo luận tại {event} diễn ra thẳng thắn, cởi mở, tập trung vào những vấn đề cốt lõi, cấp bách.',
    'Báo cáo của {org} cũng chỉ rõ những việc đã làm được, những việc chưa làm được và nguyên nhân của từng việc.',
  ],
  results: [
    'Nhờ sự vào cuộc đồng bộ của cả hệ thống chính trị và sự đồng thuận của nhân dân, {topic} trên địa bàn {place} đã có nhiều chuyển biến tích cực.',
    'Trong {period}, {ubnd} đã ban hành {n:5-24} văn bản chỉ đạo, hướng dẫn liên quan đến {topic}, kịp thời tháo gỡ nhiều khó khăn, vướng mắc ở cơ sở.',
    'Công tác tuyên truyền được đẩy mạnh với nhiều hình thức phong phú như hệ thống loa truyền thanh, mạng xã hội, hội nghị ở {units}, giúp người dân hiểu rõ hơn về {topic}.',
    'Theo báo cáo, đến nay có {n:8-15} trên tổng số {n:16-22} chỉ tiêu đạt và vượt kế hoạch; các chỉ tiêu còn lại đều đạt khá so với cùng kỳ.',
    'Công tác kiểm tra, giám sát được tăng cường, qua đó kịp thời chấn chỉnh những tồn tại, hạn chế, không để phát sinh điểm nóng.',
    'Nhiều mô hình hay, cách làm sáng tạo đã được nhân rộng, trong đó nổi bật là cách làm của {unit} và {unit}.',
    'Tổng kinh phí huy động cho {topic} trong {period} đạt {kb:20-140}, trong đó nhân dân đóng góp hàng nghìn ngày công lao động.',
    'Đội ngũ cán bộ, công chức được kiện toàn, phát huy tinh thần trách nhiệm, tận tụy phục vụ nhân dân.',
    'Sự phối hợp giữa {ubnd} với {mttq} và các đoàn thể chính trị – xã hội ngày càng chặt chẽ, hiệu quả.',
    'So với cùng kỳ năm {prevYear}, nhiều chỉ tiêu quan trọng tăng khá, trong đó có chỉ tiêu tăng trên {p:12-30}.',
    'Các kiến nghị, đề xuất của cử tri và nhân dân liên quan đến {topic} đã được tiếp thu, giải quyết kịp thời, tạo niềm tin trong nhân dân.',
    'Đáng chú ý, {unit} là đơn vị dẫn đầu với nhiều cách làm sáng tạo, được {ubnd} tặng Bằng khen.',
    'Các phong trào thi đua gắn với {topic} được phát động sâu rộng, thu hút đông đảo cán bộ, đảng viên và nhân dân tham gia.',
    'Kết quả đó góp phần quan trọng vào việc hoàn thành các mục tiêu phát triển kinh tế – xã hội của {place} trong {period}.',
    'Việc ứng dụng công nghệ thông tin trong chỉ đạo, điều hành được chú trọng, giúp rút ngắn thời gian xử lý công việc.',
    'Ở nhiều nơi, người đứng đầu cấp ủy, chính quyền đã trực tiếp xuống cơ sở, lắng nghe ý kiến của nhân dân để có giải pháp phù hợp.',
    'Điểm nổi bật là tinh thần chủ động, sáng tạo của {units}, không trông chờ, ỷ lại vào sự hỗ trợ của cấp trên.',
    'Qua rà soát, có {p:85-97} cơ quan, đơn vị hoàn thành tốt nhiệm vụ được giao, không có đơn vị xếp loại yếu.',
    'Hoạt động giám sát của {mttq} và các đoàn thể được duy trì thường xuyên, góp phần phát hiện, kiến nghị khắc phục kịp thời những bất cập.',
    'Những kết quả đạt được đã củng cố niềm tin của nhân dân đối với sự lãnh đạo của cấp ủy và sự điều hành của chính quyền các cấp.',
  ],
  issues: [
    'Bên cạnh những kết quả đạt được, {topic} vẫn còn một số hạn chế như tiến độ ở một số nơi còn chậm, sự phối hợp giữa các đơn vị có lúc chưa chặt chẽ.',
    'Nguồn lực đầu tư còn hạn chế, trong khi nhu cầu thực tế ở cơ sở rất lớn.',
    'Một bộ phận cán bộ, người dân chưa nhận thức đầy đủ về vai trò, ý nghĩa của {topic}.',
    'Công tác tham mưu ở một số đơn vị chưa kịp thời; việc tổng hợp, báo cáo có lúc còn chậm so với yêu cầu.',
    'Thời tiết diễn biến phức tạp, giá cả một số mặt hàng thiết yếu tăng cũng ảnh hưởng không nhỏ đến kết quả thực hiện nhiệm vụ.',
    'Cơ sở vật chất, trang thiết bị phục vụ công tác chuyên môn ở một số nơi còn thiếu và xuống cấp.',
    'Đội ngũ cán bộ chuyên trách ở cơ sở còn mỏng, phải kiêm nhiệm nhiều việc nên chất lượng tham mưu chưa cao.',
    'Việc huy động nguồn lực xã hội hóa gặp nhiều khó khăn do đời sống của một bộ phận người dân còn khó khăn.',
    'Một số chỉ tiêu mới đạt {p:55-78} kế hoạch và cần có giải pháp khắc phục trong thời gian tới.',
    'Nguyên nhân chủ quan là chính, nhất là tinh thần trách nhiệm, sự quyết liệt của một bộ phận cán bộ chưa cao.',
    'Việc sơ kết, đánh giá, nhân rộng các mô hình hiệu quả có lúc chưa kịp thời.',
    'Hệ thống văn bản hướng dẫn ở một số lĩnh vực còn chưa đồng bộ, gây lúng túng cho cơ sở trong quá trình tổ chức thực hiện.',
  ],
  directions: [
    'Phát biểu chỉ đạo, {leader} ghi nhận, đánh giá cao những kết quả mà {units} đã đạt được trong thời gian qua.',
    '{Leader} đề nghị {depts} tiếp tục quán triệt sâu sắc các chủ trương của Đảng, chính sách, pháp luật của Nhà nước về {topic}.',
    '{Leader} nhấn mạnh: “Mỗi cán bộ, đảng viên phải thực sự gương mẫu, nói đi đôi với làm, lấy sự hài lòng của nhân dân làm thước đo hiệu quả công việc”.',
    'Trong thời gian tới, {leader} yêu cầu các đơn vị rà soát lại toàn bộ các chỉ tiêu, nhiệm vụ, xác định rõ việc nào đã làm, việc nào chưa làm để có giải pháp phù hợp.',
    'Theo {leader}, cần tiếp tục đổi mới phương thức lãnh đạo, chỉ đạo, phân công rõ người, rõ việc, rõ trách nhiệm, rõ thời gian hoàn thành.',
    '{Leader} lưu ý {units} cần tăng cường kiểm tra, giám sát, kịp thời phát hiện và xử lý dứt điểm những vấn đề phát sinh ngay từ cơ sở.',
    'Đồng thời, quan tâm bố trí nguồn lực hợp lý, lồng ghép hiệu quả các chương trình, dự án trên địa bàn để phát huy tối đa hiệu quả đầu tư.',
    '{Leader} yêu cầu người đứng đầu các cơ quan, đơn vị phải chịu trách nhiệm trước {ubnd} nếu để xảy ra chậm trễ, sai sót trong phạm vi phụ trách.',
    'Bên cạnh đó, cần làm tốt công tác thi đua, khen thưởng, kịp thời biểu dương những tập thể, cá nhân có thành tích xuất sắc để tạo sức lan tỏa.',
    '{Leader} cũng đề nghị {mttq} và các đoàn thể phát huy vai trò giám sát, phản biện xã hội, vận động nhân dân tích cực tham gia.',
    'Ghi nhận các ý kiến, kiến nghị của đại biểu, {leader} giao {org} nghiên cứu, tham mưu giải quyết, báo cáo kết quả trước ngày {dueDate}.',
    'Phấn đấu đến hết năm {year}, {place} hoàn thành và hoàn thành vượt mức các chỉ tiêu đã đề ra, tạo tiền đề vững chắc cho giai đoạn tiếp theo.',
    '{Leader} đề nghị tiếp tục đẩy mạnh chuyển đổi số, ứng dụng công nghệ thông tin trong quản lý, theo dõi tiến độ thực hiện nhiệm vụ.',
    'Cùng với đó, các cơ quan chuyên môn cần chủ động nắm bắt tình hình, tham mưu kịp thời cho cấp ủy, chính quyền những vấn đề mới phát sinh.',
    '“Việc gì có lợi cho dân thì phải dồn sức làm cho bằng được; việc gì còn vướng thì phải chỉ rõ vướng ở đâu, ai chịu trách nhiệm tháo gỡ”, {leaderRef} nói.',
    '{Leader} đề nghị các địa phương chủ động học hỏi cách làm hay của {unit}, vận dụng linh hoạt vào điều kiện thực tế của mình.',
  ],
  future: [
    'Thời gian tới, {ubnd} sẽ tiếp tục chỉ đạo {depts} bám sát kế hoạch, tập trung tháo gỡ những khó khăn, vướng mắc ngay từ cơ sở.',
    'Theo {orgHead}, trong thời gian tới đơn vị sẽ tăng cường phối hợp với {units} để nhân rộng những cách làm hiệu quả.',
    'Địa phương cũng sẽ đẩy mạnh công tác tuyên truyền, vận động để người dân hiểu, đồng thuận và tích cực tham gia.',
    'Cùng với nguồn lực của Nhà nước, {place} sẽ tiếp tục huy động sự chung tay của doanh nghiệp, nhà hảo tâm và cộng đồng dân cư.',
    'Các cơ quan chuyên môn được giao rà soát, đánh giá kết quả thực hiện, kịp thời đề xuất điều chỉnh những nội dung không còn phù hợp.',
    'Mục tiêu đặt ra là đến năm {nextYear}, {topic} của {place} có bước chuyển biến rõ nét, thuộc nhóm khá của tỉnh.',
    '{Ubnd} cũng yêu cầu tăng cường kiểm tra, giám sát, gắn trách nhiệm của người đứng đầu với kết quả thực hiện nhiệm vụ.',
    'Đặc biệt, địa phương chú trọng bồi dưỡng, nâng cao năng lực cho đội ngũ cán bộ cơ sở, những người trực tiếp triển khai nhiệm vụ.',
    'Việc ứng dụng công nghệ số trong theo dõi, đánh giá sẽ được đẩy mạnh, bảo đảm số liệu chính xác, kịp thời.',
    'Những kinh nghiệm rút ra từ {unit} sẽ được tổng kết để triển khai rộng rãi ở {units} khác.',
  ],
  closeMeeting: [
    'Dịp này, {ubnd} đã tặng Giấy khen cho {n:5-30} tập thể và {n:8-45} cá nhân có thành tích xuất sắc trong {topic}.',
    '{Event} đã thành công tốt đẹp, tạo khí thế mới để {place} thực hiện thắng lợi các nhiệm vụ trong thời gian tới.',
    'Kết thúc {event}, các đại biểu thống nhất thông qua {n:3-6} nhóm nhiệm vụ, giải pháp trọng tâm cho thời gian tới.',
    'Ngay sau {event}, các đơn vị sẽ xây dựng kế hoạch cụ thể để triển khai thực hiện, bảo đảm hiệu quả, thiết thực.',
  ],
  closeEvent: [
    'Dịp này, {ubnd} đã trao Giấy khen cho {n:4-20} tập thể, cá nhân có nhiều đóng góp tích cực.',
    '{Event} đã để lại nhiều ấn tượng tốt đẹp trong lòng người dân, tạo không khí phấn khởi trên địa bàn {place}.',
    'Hoạt động là dịp để lan tỏa tinh thần đoàn kết, trách nhiệm của cộng đồng, góp phần xây dựng {place} ngày càng phát triển.',
    'Kết thúc {event}, các đại biểu đã chụp ảnh lưu niệm cùng người dân địa phương.',
  ],
  closeFeature: [
    'Với sự vào cuộc quyết liệt của cả hệ thống chính trị và sự đồng lòng của nhân dân, tin tưởng rằng {topic} của {place} sẽ tiếp tục đạt nhiều kết quả mới.',
    'Những kết quả bước đầu đã khẳng định hướng đi đúng đắn, góp phần xây dựng {place} ngày càng giàu đẹp, văn minh.',
    'Từ những việc làm cụ thể, thiết thực, {topic} đang từng bước đi vào chiều sâu, mang lại lợi ích rõ rệt cho người dân.',
    'Hành trình phía trước còn nhiều thử thách, nhưng với quyết tâm cao, {place} đang từng ngày đổi thay.',
  ],
  docs: [
    'Thực hiện {docLocal} về {topicDoc}, {units} đã xây dựng kế hoạch cụ thể, phân công rõ trách nhiệm cho từng cơ quan, đơn vị.',
    'Căn cứ {docGov}, {ubnd} đã ban hành {docUbnd} nhằm cụ thể hóa các mục tiêu, nhiệm vụ về {topicDoc} phù hợp với điều kiện của địa phương.',
    'Các cấp ủy, chính quyền đã quán triệt, triển khai nghiêm túc {docTw} và {docLocal}.',
    'Theo {docUbnd}, đến năm {nextYear}, phấn đấu có trên {p:80-95} số {unitWord} hoàn thành các mục tiêu về {topicDoc}.',
    'Việc triển khai {docGov} đã tạo hành lang pháp lý quan trọng để các địa phương tổ chức thực hiện {topic} thuận lợi hơn.',
    'Kinh phí thực hiện được bảo đảm theo {docTtlt} và các văn bản hướng dẫn hiện hành.',
    '{Leader} đề nghị các đơn vị tiếp tục thực hiện nghiêm {docTw}, {docLocal} về {topicDoc}, coi đây là nhiệm vụ trọng tâm, thường xuyên.',
    'Sau {n:2-5} năm triển khai {docLocal}, {topic} của {place} đã có nhiều chuyển biến rõ nét.',
    '{Ubnd} đã ban hành {docUbnd} về {topicDoc}, trong đó giao chỉ tiêu cụ thể cho từng cơ quan, đơn vị.',
    'Đây là một trong những nội dung quan trọng được xác định trong {docTw} về {topicDoc}.',
  ],
  background: [
    '{Place} có diện tích tự nhiên khoảng {area} km², dân số hơn {population} người.',
    'Với vị trí thuận lợi bên dòng sông Lâm, {place} có nhiều tiềm năng phát triển nông nghiệp hàng hóa, thương mại và du lịch.',
    'Những năm qua, đời sống của người dân {place} không ngừng được cải thiện; nhiều công trình hạ tầng thiết yếu đã được đầu tư xây dựng.',
    'Toàn {kind} hiện có {unitCount} {unitWord}, trong đó nhiều nơi đã trở thành điểm sáng trong các phong trào thi đua.',
    'Người dân {placeName} vốn cần cù, chịu khó, luôn đồng lòng với các chủ trương của cấp ủy, chính quyền.',
    'Dù còn nhiều khó khăn, {place} luôn chủ động, sáng tạo trong tổ chức thực hiện nhiệm vụ.',
    'Theo đánh giá chung, diện mạo {place} đã có nhiều đổi thay so với những năm trước.',
    '{Home} là một trong những địa phương đi đầu trong việc triển khai các chủ trương mới của {kind}.',
    'Ở {home}, nhiều gia đình đã mạnh dạn đầu tư phát triển kinh tế, tạo việc làm cho lao động địa phương.',
    'Các thiết chế văn hóa, thể thao ở cơ sở được quan tâm đầu tư, đáp ứng nhu cầu sinh hoạt của người dân.',
    'Đội ngũ cán bộ cơ sở phần lớn còn trẻ, được đào tạo bài bản, nhiệt tình với công việc.',
    'Cùng với sự hỗ trợ của cấp trên, sự chung sức của doanh nghiệp và người dân là nguồn lực quan trọng để {place} phát triển.',
    'Đi dọc các tuyến đường ở {unit} hôm nay, dễ dàng nhận thấy những ngôi nhà mới khang trang, những vườn cây trĩu quả.',
    'Nhiều người con quê hương thành đạt ở xa cũng hướng về {placeName}, đóng góp công sức, tiền của xây dựng quê nhà.',
    'Tinh thần đoàn kết, tương thân tương ái trong cộng đồng dân cư ở {place} luôn được gìn giữ, phát huy.',
    'Cấp ủy, chính quyền {place} luôn coi trọng việc lắng nghe ý kiến của nhân dân trước khi quyết định những vấn đề lớn.',
  ],
  leadTail: [
    'Đây là hoạt động thiết thực, góp phần nâng cao hiệu quả {topic} trên địa bàn.',
    'Sự kiện nhận được sự quan tâm, hưởng ứng của đông đảo cán bộ, đảng viên và nhân dân.',
    'Qua đó tạo sự đồng thuận, chung sức của cả hệ thống chính trị và nhân dân trong thực hiện nhiệm vụ.',
    'Kết quả này tạo tiền đề quan trọng để {place} hoàn thành các mục tiêu đã đề ra.',
    'Đây là một trong những nhiệm vụ trọng tâm được {partyCom}, {ubnd} đặc biệt quan tâm chỉ đạo.',
    'Nhiều cách làm hay, sáng tạo đã được ghi nhận và nhân rộng ở {units}.',
    'Qua đó, niềm tin của nhân dân đối với cấp ủy, chính quyền ngày càng được củng cố.',
    'Những kết quả này góp phần quan trọng vào sự phát triển chung của {place} trong {period}.',
    'Người dân {home} và nhiều địa phương khác đều phấn khởi trước những đổi thay tích cực.',
    'Tuy vậy, vẫn còn không ít khó khăn cần được tháo gỡ trong thời gian tới.',
  ],
  leadResults: [
    'nhờ đó {topic} có nhiều chuyển biến rõ nét, được người dân đồng tình, ủng hộ',
    'bước đầu mang lại kết quả tích cực, góp phần nâng cao đời sống vật chất, tinh thần của nhân dân',
    'tạo chuyển biến rõ nét trong {topic}, góp phần thực hiện thắng lợi nhiệm vụ phát triển kinh tế – xã hội',
    'qua đó tạo sự đồng thuận cao trong cán bộ, đảng viên và nhân dân',
    'với nhiều cách làm mới, sáng tạo, phù hợp với điều kiện thực tế của địa phương',
    'góp phần quan trọng vào việc hoàn thành các chỉ tiêu đã đề ra',
    'từng bước khắc phục những hạn chế, tồn tại kéo dài nhiều năm',
    'nhận được sự hưởng ứng tích cực của người dân {home} và nhiều địa phương khác',
    'trở thành điểm sáng trong bức tranh chung của {topic} trên địa bàn',
    'khẳng định quyết tâm của cấp ủy, chính quyền trong {topic}',
  ],
  filler: [
    'Đây là nhiệm vụ trọng tâm của năm.',
    'Người dân rất phấn khởi.',
    'Kết quả bước đầu rất đáng ghi nhận.',
    'Các đơn vị đều thống nhất cao.',
    'Công việc được triển khai đúng kế hoạch.',
    'Nhiều ý kiến đánh giá cao cách làm này.',
    'Đây là cách làm hay cần được nhân rộng.',
    'Mọi việc được chuẩn bị chu đáo.',
    'Ai cũng vui.',
    'Không khí rất sôi nổi.',
    'Bà con đồng tình ủng hộ.',
    'Việc làm này được người dân hoan nghênh.',
    'Các thôn đều hưởng ứng tích cực.',
    'Đây là tín hiệu rất đáng mừng.',
    'Kết quả này rất đáng ghi nhận.',
    'Nhiều gia đình đã thay đổi nếp nghĩ, cách làm.',
    'Chính quyền luôn đồng hành cùng người dân.',
    'Đây là bài học kinh nghiệm quý cho thời gian tới.',
  ],
  subheads: [
    'Tiếp tục tạo chuyển biến rõ nét',
    'Quyết tâm cao, hành động quyết liệt',
    'Nhiều giải pháp đồng bộ',
    'Phát huy sức mạnh tổng hợp',
    'Khắc phục hạn chế, vươn lên',
    'Những việc cần làm ngay',
    'Khơi dậy nội lực',
    'Tạo đà cho giai đoạn mới',
  ],
};

const TOPICS_VI: RawTopic[] = [
  {
    key: 'kinh-te-xa-hoi',
    cats: ['tin-tuc', 'kinh-te'],
    kind: 'meeting',
    areas: ['government'],
    event: 'hội nghị',
    actions: [
      'tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh',
      'đẩy nhanh tiến độ giải ngân vốn đầu tư công',
      'quyết tâm hoàn thành các chỉ tiêu kinh tế – xã hội',
      'tăng cường các giải pháp thu ngân sách',
      'phấn đấu tốc độ tăng trưởng kinh tế trên {p:7-9}',
      'cải thiện môi trường đầu tư, kinh doanh',
      'thúc đẩy phát triển thương mại, dịch vụ',
      'siết chặt kỷ cương trong chỉ đạo, điều hành',
      'tạo đột phá trong thu hút đầu tư',
      'khơi thông nguồn lực cho phát triển kinh tế – xã hội',
    ],
    phrase: 'nhiệm vụ phát triển kinh tế – xã hội',
    docPhrase: 'kế hoạch phát triển kinh tế – xã hội 5 năm {plan}',
    scenes: [
      {
        titles: [
          '{Place} [sơ kết|đánh giá] tình hình kinh tế – xã hội {period}',
          '{Ubnd} triển khai nhiệm vụ, giải pháp phát triển kinh tế – xã hội [những tháng cuối năm {year}|trong thời gian tới]',
          'Phấn đấu hoàn thành [cao nhất|toàn diện] các chỉ tiêu phát triển kinh tế – xã hội năm {year}',
          'Tăng trưởng kinh tế {period} của {place} ước đạt {p:6-10}',
          '[Nhiều|Phần lớn] chỉ tiêu kinh tế – xã hội {period} của {place} đạt và vượt kế hoạch',
          '{Place} tập trung tháo gỡ khó khăn, thúc đẩy tăng trưởng [kinh tế|sản xuất, kinh doanh] năm {year}',
          'Thu ngân sách {period} của {place} đạt {p:52-75} dự toán',
        ],
        leads: [
          '[Sáng|Chiều] ngày {eventDate}, {ubnd} tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội {period}, triển khai nhiệm vụ, giải pháp trọng tâm trong thời gian tới. {Leader} chủ trì hội nghị.',
          'Trong {period}, dù còn nhiều khó khăn, thách thức, kinh tế – xã hội của {place} tiếp tục phát triển ổn định; tổng sản phẩm trên địa bàn ước tăng {p:6-10}, quốc phòng, an ninh được giữ vững, đời sống nhân dân từng bước được cải thiện.',
          'Với tinh thần chủ động, quyết liệt, {place} đã đạt được nhiều kết quả quan trọng trên các lĩnh vực trong {period}. Tuy vậy, để hoàn thành các chỉ tiêu cả năm, các cấp, các ngành cần tiếp tục nỗ lực, tháo gỡ những điểm nghẽn còn tồn tại.',
        ],
        opening: [
          [
            '[Sáng|Chiều] ngày {eventDate}, {ubnd} tổ chức hội nghị đánh giá tình hình thực hiện nhiệm vụ phát triển kinh tế – xã hội {period}.',
            'Ngày {eventDate}, {ubndFull} họp phiên thường kỳ tháng {month}/{year} để đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế – xã hội {period}.',
          ],
          ['{Leader} chủ trì hội nghị.', 'Hội nghị do {leader} chủ trì.'],
        ],
      },
    ],
    body: [
      'Theo báo cáo, tổng sản phẩm trên địa bàn {period} ước tăng {p:6-10} so với cùng kỳ, [cao hơn mức bình quân chung của cả nước|vượt kịch bản tăng trưởng đề ra].',
      'Thu ngân sách nhà nước trên địa bàn ước đạt {kb:1200-4800}, bằng {p:48-72} dự toán, tăng {p:5-18} so với cùng kỳ.',
      'Tổng vốn đầu tư toàn xã hội ước đạt {kb:6000-15000}; giải ngân vốn đầu tư công đạt {p:42-68} kế hoạch vốn được giao.',
      'Sản xuất nông nghiệp cơ bản ổn định, tổng sản lượng lương thực ước đạt {ks:280000-520000} tấn; chăn nuôi phát triển khá, dịch bệnh trên đàn vật nuôi được kiểm soát tốt.',
      'Hoạt động thương mại, dịch vụ diễn ra sôi động, tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng {p:8-14} so với cùng kỳ.',
      'Trong kỳ, toàn {kind} có thêm {ks:120-480/3-12} doanh nghiệp thành lập mới, góp phần tạo việc làm cho {ks:3000-9000/60-220} lao động.',
      'Lĩnh vực văn hóa – xã hội có nhiều chuyển biến; các chính sách đối với người có công, hộ nghèo, đối tượng bảo trợ xã hội được thực hiện đầy đủ, kịp thời.',
      'Tỷ lệ hộ nghèo giảm còn {p:1-3.5}; tỷ lệ người dân tham gia bảo hiểm y tế đạt {p:92-98}, [vượt|đạt] chỉ tiêu đề ra.',
      'Quốc phòng, an ninh được giữ vững, trật tự an toàn xã hội được bảo đảm; công tác tuyển chọn, gọi công dân nhập ngũ đạt 100% chỉ tiêu.',
      'Công tác cải cách hành chính tiếp tục được đẩy mạnh, tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng và trước hạn đạt {p:97-99.8}.',
      'Ngành du lịch đón khoảng {ks:450000-1200000/12000-40000} lượt khách, tổng thu từ hoạt động du lịch ước đạt {kb:900-2800/4-30}.',
      'Các công trình, dự án trọng điểm được tập trung chỉ đạo; nhiều dự án đã hoàn thành, đưa vào sử dụng, phát huy hiệu quả.',
      'Giá trị sản xuất công nghiệp, tiểu thủ công nghiệp tăng {p:7-13}; nhiều cơ sở sản xuất đã mở rộng quy mô, đổi mới thiết bị.',
      'Công tác quản lý đất đai, tài nguyên, bảo vệ môi trường được tăng cường, nhiều vụ việc vi phạm được phát hiện và xử lý kịp thời.',
    ],
    quotes: [
      '{Leader} nhấn mạnh: “Thời gian còn lại không nhiều, các ngành, các cấp phải tập trung cao độ, dồn sức cho những chỉ tiêu còn đạt thấp, tuyệt đối không được chủ quan”.',
      '“Mục tiêu cao nhất vẫn là nâng cao đời sống vật chất, tinh thần của nhân dân; mọi chủ trương, giải pháp đều phải hướng tới mục tiêu đó”, {leaderRef} khẳng định.',
    ],
    directions: [
      '{Leader} yêu cầu {depts} tập trung đẩy nhanh tiến độ giải ngân vốn đầu tư công, coi đây là nhiệm vụ chính trị trọng tâm trong thời gian tới.',
      'Các đơn vị cần tăng cường các biện pháp khai thác nguồn thu, chống thất thu ngân sách, đồng thời triệt để thực hành tiết kiệm, chống lãng phí.',
      'Tiếp tục tháo gỡ khó khăn cho doanh nghiệp, hộ kinh doanh; cải thiện mạnh mẽ môi trường đầu tư, kinh doanh, nâng cao năng lực cạnh tranh của địa phương.',
      'Chủ động các phương án phòng, chống thiên tai, dịch bệnh, bảo đảm sản xuất {season} đạt kế hoạch về diện tích, năng suất và sản lượng.',
      'Làm tốt công tác an sinh xã hội, chăm lo đời sống nhân dân, nhất là người có công, hộ nghèo và người có hoàn cảnh khó khăn.',
    ],
    subheads: [
      'Nhiều chỉ tiêu đạt khá',
      'Kinh tế giữ đà tăng trưởng',
      'Không chủ quan, lơ là',
      'Dồn sức cho chỉ tiêu còn thấp',
    ],
    tags: ['Kinh tế – xã hội', 'Tăng trưởng kinh tế', 'Thu ngân sách', 'Đầu tư công', 'Phiên họp thường kỳ'],
    captions: [
      '{LeaderCap} phát biểu chỉ đạo tại hội nghị.',
      'Quang cảnh hội nghị đánh giá tình hình kinh tế – xã hội {period}.',
      'Đại diện {org} báo cáo tại hội nghị.',
      'Các đại biểu dự hội nghị tại điểm cầu {unit}.',
    ],
    orgs: {
      province: [
        ['Sở Tài chính', 'Giám đốc'],
        ['Thống kê tỉnh', 'Trưởng'],
        ['Sở Công Thương', 'Giám đốc'],
      ],
      local: [
        ['Phòng Kinh tế', 'Trưởng'],
        ['Văn phòng HĐND và UBND {kind}', 'Chánh'],
      ],
    },
  },
  {
    key: 'dai-hoi-dang-bo',
    cats: ['chinh-tri', 'tin-tuc'],
    kind: 'meeting',
    areas: ['party'],
    event: 'đại hội',
    year: 2025,
    months: [5, 6, 7, 8, 9, 10],
    subjects: ['{partyOrgFull}', '{partyCom}'],
    actions: [
      'tập trung chuẩn bị chu đáo cho đại hội nhiệm kỳ {term}',
      'hoàn thành đại hội các chi bộ, đảng bộ trực thuộc',
      'lấy ý kiến nhân dân góp ý dự thảo văn kiện đại hội',
      'phát huy dân chủ trong chuẩn bị nhân sự đại hội',
      'lan tỏa khí thế thi đua chào mừng đại hội đảng bộ các cấp',
      'chỉ đạo đại hội điểm để rút kinh nghiệm',
    ],
    phrase: 'công tác chuẩn bị và tổ chức đại hội đảng bộ các cấp',
    docPhrase: 'đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
    scenes: [
      {
        fixedTitles: true,
        titles: [
          'Đại hội đại biểu Đảng bộ {place} lần thứ {congressNo}, nhiệm kỳ {term}',
          'Khai mạc trọng thể Đại hội đại biểu Đảng bộ {place} lần thứ {congressNo}, nhiệm kỳ {term}',
          'Bế mạc Đại hội đại biểu Đảng bộ {place} lần thứ {congressNo}: [Đoàn kết, đổi mới, hành động|Khát vọng vươn lên, phát triển nhanh và bền vững]',
          'Đồng chí {leaderName} được bầu giữ chức Bí thư {partyCom} nhiệm kỳ {term}',
          '{PartyOrgFull} xác định [ba khâu đột phá|nhiều mục tiêu lớn] cho nhiệm kỳ {term}',
        ],
        leads: [
          'Từ ngày {eventStart} đến ngày {eventDate}, Đại hội đại biểu Đảng bộ {place} lần thứ {congressNo}, nhiệm kỳ {term} đã diễn ra trọng thể với sự tham dự của {dlg} đại biểu, đại diện cho hơn {ks:52000-64000/1300-1900} đảng viên trong toàn Đảng bộ.',
          '[Sáng|Chiều] ngày {eventDate}, {partyOrgFull} long trọng tổ chức Đại hội đại biểu lần thứ {congressNo}, nhiệm kỳ {term}. Đây là sự kiện chính trị quan trọng, có ý nghĩa đặc biệt đối với cán bộ, đảng viên và nhân dân {placeName}.',
          'Với tinh thần “Đoàn kết – Đổi mới – Hành động – Phát triển”, đại hội đã thảo luận, quyết định nhiều vấn đề quan trọng, xác định mục tiêu, nhiệm vụ, giải pháp phát triển {place} trong nhiệm kỳ {term}.',
        ],
        opening: [
          [
            'Từ ngày {eventStart} đến ngày {eventDate}, {partyOrgFull} tổ chức Đại hội đại biểu lần thứ {congressNo}, nhiệm kỳ {term}.',
          ],
          [
            'Dự đại hội có {dlg} đại biểu chính thức, đại diện cho hơn {ks:52000-64000/1300-1900} đảng viên trong toàn Đảng bộ.',
            'Về dự và chỉ đạo đại hội có {superior}.',
          ],
        ],
      },
      {
        titles: [
          '{SubParty} tổ chức thành công đại hội [điểm |]nhiệm kỳ {term}',
          'Đại hội {subParty} nhiệm kỳ {term}: [Dân chủ, đoàn kết, đổi mới|Nhiều cách làm mới, sáng tạo]',
          '{PartyOrgFull} tập trung chuẩn bị chu đáo cho đại hội các chi bộ, đảng bộ trực thuộc',
        ],
        leads: [
          'Ngày {eventDate}, {subParty} tổ chức đại hội nhiệm kỳ {term}. Đây là đại hội được {partyCom} chọn làm điểm để rút kinh nghiệm, chỉ đạo đại hội các tổ chức đảng trực thuộc.',
          'Đến nay, {p:60-90} chi bộ, đảng bộ trực thuộc {partyOrg} đã tổ chức xong đại hội nhiệm kỳ {term}, bảo đảm đúng tiến độ, nội dung, đúng quy định; nhiều đại hội đã có cách làm mới, thiết thực.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {subParty} tổ chức đại hội nhiệm kỳ {term}.',
            'Thực hiện kế hoạch của {btv}, các chi bộ, đảng bộ trực thuộc đã khẩn trương tổ chức đại hội nhiệm kỳ {term}.',
          ],
          ['Về dự và chỉ đạo đại hội có {leader}.'],
        ],
        body: [
          'Các văn kiện trình đại hội được chuẩn bị công phu, đánh giá đúng thực chất kết quả nhiệm kỳ qua và đề ra chỉ tiêu sát thực tế.',
          'Đại hội đã bầu cấp ủy nhiệm kỳ mới bảo đảm cơ cấu, số lượng, tiêu chuẩn theo quy định; tỷ lệ cấp ủy viên trẻ, nữ đều tăng so với nhiệm kỳ trước.',
        ],
      },
    ],
    body: [
      'Báo cáo chính trị trình đại hội nêu rõ, nhiệm kỳ {prevTerm}, {partyOrg} đã lãnh đạo hoàn thành và hoàn thành vượt {n:15-19} trên tổng số {n:20-22} chỉ tiêu chủ yếu của nghị quyết đại hội.',
      'Tốc độ tăng trưởng kinh tế bình quân giai đoạn {prevTerm} đạt {p:6.5-9.5}/năm; thu nhập bình quân đầu người đạt {n:58-92} triệu đồng/năm.',
      'Trong nhiệm kỳ, toàn Đảng bộ đã kết nạp {ks:9000-14000/120-260} đảng viên mới; tỷ lệ tổ chức đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên {p:85-95}.',
      'Đại hội đã dành nhiều thời gian thảo luận, đóng góp ý kiến vào dự thảo Báo cáo chính trị và Báo cáo kiểm điểm của Ban Chấp hành nhiệm kỳ {prevTerm}.',
      'Các ý kiến tham luận tập trung làm rõ những kết quả nổi bật, bài học kinh nghiệm và đề xuất nhiều giải pháp đột phá cho nhiệm kỳ mới.',
      'Đại hội xác định ba khâu đột phá gồm: hoàn thiện hạ tầng giao thông kết nối; phát triển nguồn nhân lực chất lượng cao; đẩy mạnh chuyển đổi số và cải cách hành chính.',
      'Với tinh thần dân chủ, trách nhiệm, đại hội đã bầu Ban Chấp hành {partyOrg} nhiệm kỳ {term} gồm {bch} đồng chí.',
      'Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm {btvN} đồng chí; đồng chí {leaderName} được bầu giữ chức Bí thư {partyCom} nhiệm kỳ {term}.',
      'Đại hội cũng đã bầu đoàn đại biểu dự {upperCongress}.',
      'Đại hội đặt mục tiêu đến năm 2030, {place} trở thành [địa phương phát triển khá của vùng|đơn vị tiêu biểu về đô thị văn minh, nông thôn hiện đại], đời sống nhân dân không ngừng được nâng cao.',
      'Đại hội thống nhất cao với phương châm hành động “Đoàn kết – Đổi mới – Hành động – Phát triển”, khơi dậy khát vọng vươn lên của cán bộ, đảng viên và nhân dân.',
      'Cuối nhiệm kỳ, tỷ lệ hộ nghèo giảm còn {p:1-3}; {p:90-100} số thôn, khu dân cư đạt danh hiệu văn hóa.',
      'Công tác kiểm tra, giám sát được thực hiện toàn diện; việc xử lý tổ chức đảng, đảng viên vi phạm bảo đảm nghiêm minh, đúng quy định.',
    ],
    quotes: [
      'Phát biểu chỉ đạo đại hội, {superior} biểu dương những kết quả mà {partyOrg} đạt được, đồng thời đề nghị Ban Chấp hành khóa mới tập trung đổi mới phương thức lãnh đạo, nâng cao năng lực lãnh đạo và sức chiến đấu.',
      '{Leader} khẳng định: “Ban Chấp hành khóa mới nguyện đoàn kết, nêu cao tinh thần trách nhiệm, không phụ lòng tin của đảng viên và nhân dân”.',
    ],
    directions: [
      '{Superior} đề nghị {partyCom} khóa mới sớm cụ thể hóa nghị quyết đại hội thành các chương trình, kế hoạch hành động sát thực tiễn.',
      'Đồng thời, chú trọng công tác cán bộ, xây dựng đội ngũ cán bộ các cấp đủ phẩm chất, năng lực, uy tín ngang tầm nhiệm vụ.',
      'Tăng cường kiểm tra, giám sát, kiên quyết phòng, chống tham nhũng, lãng phí, tiêu cực; thắt chặt mối quan hệ mật thiết giữa Đảng với nhân dân.',
      'Ngay sau đại hội, các cấp ủy cần tổ chức quán triệt, tuyên truyền sâu rộng nghị quyết đại hội đến cán bộ, đảng viên và các tầng lớp nhân dân.',
    ],
    subheads: [
      'Nhiệm kỳ nhiều dấu ấn',
      'Khát vọng vươn lên',
      'Đoàn kết, đổi mới, hành động',
      'Những khâu đột phá',
    ],
    tags: [
      'Đại hội Đảng bộ',
      'Xây dựng Đảng',
      'Nhiệm kỳ 2025 – 2030',
      'Công tác cán bộ',
      'Báo cáo chính trị',
    ],
    captions: [
      'Đoàn Chủ tịch điều hành phiên khai mạc đại hội.',
      '{SuperiorCap} phát biểu chỉ đạo đại hội.',
      'Các đại biểu biểu quyết thông qua nghị quyết đại hội.',
      'Ban Chấp hành {partyOrg} nhiệm kỳ {term} ra mắt đại hội.',
      'Đại biểu dâng hoa, báo công lên Chủ tịch Hồ Chí Minh trước giờ khai mạc.',
    ],
    orgs: {
      province: [
        ['Ban Tổ chức Tỉnh ủy', 'Trưởng'],
        ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Trưởng'],
      ],
      local: [
        ['Văn phòng Đảng ủy {kind}', 'Chánh'],
        ['Ủy ban Kiểm tra Đảng ủy {kind}', 'Chủ nhiệm'],
      ],
    },
  },
  {
    key: 'xay-dung-dang',
    cats: ['chinh-tri'],
    kind: 'meeting',
    areas: ['party', 'council'],
    event: 'hội nghị',
    subjects: ['{partyOrgFull}', '{partyCom}', '{subParty}', '{partyOrgFull}'],
    actions: [
      'nâng cao chất lượng sinh hoạt chi bộ',
      'đổi mới công tác kiểm tra, giám sát',
      'chú trọng phát triển đảng viên trong thanh niên',
      'siết chặt kỷ luật, kỷ cương trong Đảng',
      'bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng',
      'đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      'nâng cao năng lực lãnh đạo của tổ chức cơ sở đảng',
      'gắn công tác xây dựng Đảng với phát triển kinh tế – xã hội',
      'phát huy vai trò tiên phong, gương mẫu của đảng viên',
    ],
    phrase: 'công tác xây dựng Đảng và hệ thống chính trị',
    docPhrase: 'tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị',
    scenes: [
      {
        titles: [
          '{PartyCom} [tổ chức hội nghị học tập, quán triệt|triển khai] các nghị quyết, chỉ thị mới của Đảng',
          'Sơ kết công tác kiểm tra, giám sát của {partyOrg} {period}',
          'Quán triệt, triển khai các văn bản mới của Trung ương đến cán bộ chủ chốt {place}',
        ],
        leads: [
          'Ngày {eventDate}, {btv} tổ chức hội nghị [trực tiếp kết hợp trực tuyến|trực tiếp] học tập, quán triệt, triển khai thực hiện các nghị quyết, chỉ thị, kết luận mới của Trung ương cho cán bộ chủ chốt và đảng viên trong toàn {partyOrg}.',
          'Xác định xây dựng Đảng là nhiệm vụ then chốt, {partyCom} đã ban hành nhiều chương trình, kế hoạch cụ thể, tạo chuyển biến rõ nét trong công tác xây dựng Đảng và hệ thống chính trị ở cơ sở.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {btv} tổ chức hội nghị học tập, quán triệt và triển khai thực hiện các văn bản mới của Trung ương và của {partyCom}.',
            'Ngày {eventDate}, {partyCom} tổ chức hội nghị sơ kết công tác xây dựng Đảng {period}.',
          ],
          [
            'Hội nghị được tổ chức theo hình thức trực tiếp kết hợp trực tuyến, với sự tham dự của hơn {ks:3000-6500/80-180} cán bộ, đảng viên.',
            '{Leader} chủ trì hội nghị.',
          ],
        ],
        body: [
          'Tại hội nghị, các đại biểu đã được nghe báo cáo viên truyền đạt những nội dung cơ bản, cốt lõi của các văn bản mới, nhất là những điểm mới, những yêu cầu cụ thể đối với cấp cơ sở.',
          'Sau mỗi đợt học tập, {p:95-100} cán bộ, đảng viên viết bài thu hoạch và xây dựng kế hoạch cá nhân để thực hiện.',
        ],
      },
      {
        kind: 'feature',
        titles: [
          'Nâng cao chất lượng sinh hoạt chi bộ [ở {home}|trong {partyOrgFull}]',
          '{PartyOrgFull} kết nạp {ks:800-1600/20-45} đảng viên mới trong {period}',
          'Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh [trong cán bộ, đảng viên|ở {home}]',
          'Xây dựng tổ chức cơ sở đảng trong sạch, vững mạnh gắn với [phát triển kinh tế – xã hội|nhiệm vụ chính trị ở địa phương]',
        ],
        leads: [
          '{Since}, {partyOrg} đặc biệt chú trọng nâng cao chất lượng sinh hoạt chi bộ, công tác phát triển đảng viên và kiểm tra, giám sát, góp phần xây dựng Đảng bộ ngày càng trong sạch, vững mạnh.',
          'Từ những buổi sinh hoạt chi bộ được đổi mới cả về nội dung và hình thức, nhiều chi bộ ở {place} đã thực sự trở thành hạt nhân lãnh đạo, quy tụ sức mạnh đoàn kết ở khu dân cư.',
        ],
        opening: [
          [
            '{Since}, {partyOrg} đã triển khai nhiều giải pháp đồng bộ nhằm nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng.',
            'Chúng tôi có dịp dự buổi sinh hoạt chi bộ định kỳ tại {home}, nơi được đánh giá là một trong những chi bộ tiêu biểu của {partyOrg}.',
          ],
        ],
      },
    ],
    body: [
      'Trong {period}, toàn {partyOrg} đã kết nạp {ks:800-1600/20-45} đảng viên mới, trong đó nhiều đảng viên là đoàn viên thanh niên, người lao động trong doanh nghiệp.',
      'Ủy ban Kiểm tra các cấp đã kiểm tra {ks:80-240/3-8} tổ chức đảng và đảng viên khi có dấu hiệu vi phạm, giám sát chuyên đề nhiều lượt tổ chức đảng và đảng viên.',
      'Việc sinh hoạt chi bộ được đổi mới theo hướng thiết thực, gắn với các chuyên đề cụ thể như phát triển kinh tế hộ gia đình, bảo vệ môi trường, giữ gìn an ninh trật tự ở khu dân cư.',
      'Công tác tự phê bình và phê bình được thực hiện nghiêm túc, góp phần ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống trong một bộ phận cán bộ, đảng viên.',
      'Kết quả đánh giá, xếp loại chất lượng năm {prevYear} cho thấy {p:88-96} tổ chức đảng hoàn thành tốt nhiệm vụ trở lên, không có tổ chức đảng yếu kém.',
      'Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được gắn với thực hiện nhiệm vụ chính trị của từng cơ quan, đơn vị, với nhiều mô hình, điển hình tiêu biểu.',
      '{Home} đã có cách làm hay khi phân công mỗi đảng viên phụ trách một nhóm hộ gia đình, kịp thời nắm bắt tâm tư, nguyện vọng của nhân dân.',
      'Công tác bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch được triển khai bài bản, chủ động hơn, nhất là trên không gian mạng.',
      'Tổ chức bộ máy của hệ thống chính trị được sắp xếp tinh gọn, hoạt động hiệu lực, hiệu quả, đáp ứng yêu cầu nhiệm vụ trong tình hình mới.',
      'Nhiều chi bộ đã đưa vào sinh hoạt những vấn đề người dân quan tâm như làm đường giao thông, xây dựng nhà văn hóa, giải quyết mâu thuẫn ở khu dân cư.',
      'Tỷ lệ đảng viên dự sinh hoạt chi bộ định kỳ đạt trên {p:92-98}; nhiều chi bộ duy trì sinh hoạt nền nếp, đúng ngày quy định.',
    ],
    quotes: [
      '{Leader} nhấn mạnh: “Chi bộ là hạt nhân chính trị ở cơ sở; chi bộ mạnh thì đảng bộ mới mạnh, nhân dân mới tin tưởng”.',
      'Là đảng viên trẻ mới được kết nạp, {youth} bày tỏ: “Tôi sẽ không ngừng học tập, rèn luyện, gương mẫu trong công việc để xứng đáng với niềm tin của chi bộ”.',
    ],
    directions: [
      '{Leader} yêu cầu các cấp ủy, tổ chức đảng tiếp tục tuyên truyền, quán triệt sâu rộng và xây dựng chương trình hành động cụ thể, phù hợp với thực tiễn của từng đơn vị.',
      'Người đứng đầu cấp ủy phải gương mẫu, nêu cao tinh thần trách nhiệm, nói đi đôi với làm, thường xuyên đối thoại, lắng nghe ý kiến của nhân dân.',
      'Các cấp ủy cần quan tâm bồi dưỡng, tạo nguồn phát triển đảng viên, nhất là ở những thôn, khu dân cư còn ít đảng viên.',
      'Tiếp tục nâng cao chất lượng công tác kiểm tra, giám sát, xử lý nghiêm tổ chức đảng, đảng viên vi phạm, không có vùng cấm, không có ngoại lệ.',
    ],
    subheads: [
      'Đổi mới nội dung sinh hoạt chi bộ',
      'Nâng cao chất lượng đảng viên',
      'Siết chặt kỷ luật, kỷ cương',
    ],
    tags: [
      'Xây dựng Đảng',
      'Sinh hoạt chi bộ',
      'Phát triển đảng viên',
      'Kiểm tra, giám sát',
      'Học tập và làm theo Bác',
    ],
    captions: [
      '{LeaderCap} quán triệt các nội dung tại hội nghị.',
      'Cán bộ, đảng viên dự hội nghị tại điểm cầu {unit}.',
      'Lễ kết nạp đảng viên mới tại {subParty}.',
      'Buổi sinh hoạt chi bộ chuyên đề tại {home}.',
    ],
    orgs: {
      province: [
        ['Ban Tổ chức Tỉnh ủy', 'Trưởng'],
        ['Ủy ban Kiểm tra Tỉnh ủy', 'Chủ nhiệm'],
        ['Ban Tuyên giáo và Dân vận Tỉnh ủy', 'Trưởng'],
      ],
      local: [
        ['Ủy ban Kiểm tra Đảng ủy {kind}', 'Chủ nhiệm'],
        ['Văn phòng Đảng ủy {kind}', 'Chánh'],
      ],
    },
  },
  {
    key: 'ky-hop-hdnd',
    cats: ['chinh-tri', 'tin-tuc'],
    kind: 'meeting',
    areas: ['council'],
    event: 'kỳ họp',
    subjects: ['{hdnd}', 'Thường trực {hdnd}', 'đại biểu {hdnd}'],
    actions: [
      'nâng cao chất lượng giám sát việc giải quyết kiến nghị của cử tri',
      'đổi mới hoạt động chất vấn tại kỳ họp',
      'quyết định nhiều chính sách hợp lòng dân',
      'tăng cường tiếp xúc cử tri trước và sau kỳ họp',
      'giám sát chuyên đề về quản lý đất đai, môi trường',
      'giám sát việc thực hiện chính sách an sinh xã hội',
      'đổi mới cách thức tổ chức kỳ họp',
    ],
    phrase: 'hoạt động của Hội đồng nhân dân',
    docPhrase: 'nâng cao chất lượng hoạt động của Hội đồng nhân dân các cấp',
    scenes: [
      {
        titles: [
          'Khai mạc kỳ họp thứ {n:2-12} {hdndFull} {hdndTerm}',
          '{Hdnd} thông qua {n:12-32} nghị quyết quan trọng tại kỳ họp [thường lệ cuối năm|giữa năm] {year}',
          'Bế mạc kỳ họp thứ {n:2-12} {hdndFull}: Quyết sách kịp thời, đáp ứng yêu cầu thực tiễn',
          'Chất vấn và trả lời chất vấn tại kỳ họp {hdnd}: [Thẳng thắn, trách nhiệm, cầu thị|Tập trung vào những vấn đề cử tri quan tâm]',
          'Nâng cao chất lượng hoạt động giám sát của {hdndFull}',
        ],
        leads: [
          '[Sáng|Chiều] ngày {eventDate}, {hdndFull} {hdndTerm} tổ chức kỳ họp thứ {n:2-12} để xem xét, quyết định nhiều nội dung quan trọng liên quan đến phát triển kinh tế – xã hội, quốc phòng, an ninh của địa phương.',
          'Sau {n:2-3} ngày làm việc khẩn trương, nghiêm túc và trách nhiệm, kỳ họp thứ {n:2-12} {hdndFull} đã hoàn thành toàn bộ nội dung, chương trình đề ra và bế mạc vào chiều ngày {eventDate}.',
        ],
        opening: [
          ['[Sáng|Chiều] ngày {eventDate}, {hdndFull} {hdndTerm} khai mạc kỳ họp thứ {n:2-12}.'],
          ['{Leader} chủ trì kỳ họp.', 'Kỳ họp do {leader} chủ trì.'],
        ],
        body: [
          'Tại kỳ họp, các đại biểu đã nghe các báo cáo về tình hình kinh tế – xã hội, quốc phòng, an ninh; kết quả thực hiện dự toán ngân sách và phương án phân bổ ngân sách năm {nextYear}.',
          'Kỳ họp đã xem xét, thảo luận và biểu quyết thông qua {n:12-32} nghị quyết, trong đó có nhiều nghị quyết liên quan trực tiếp đến đời sống của nhân dân.',
          'Trong phiên chất vấn, các đại biểu tập trung vào những vấn đề cử tri quan tâm như tiến độ giải phóng mặt bằng, chất lượng dịch vụ y tế, ô nhiễm môi trường tại {unit}.',
          'Trả lời chất vấn, {orgHead} đã thẳng thắn nhận trách nhiệm, nêu rõ nguyên nhân và cam kết giải pháp khắc phục trong thời gian tới.',
          'Kỳ họp cũng đã tiến hành công tác nhân sự theo thẩm quyền, bảo đảm đúng quy trình, quy định.',
          'Các nghị quyết được thông qua tại kỳ họp là cơ sở pháp lý quan trọng để {ubnd} tổ chức thực hiện nhiệm vụ năm {nextYear}.',
          'Cử tri đánh giá cao việc {hdnd} đổi mới cách thức tổ chức kỳ họp, tăng thời gian thảo luận và phát sóng trực tiếp phiên chất vấn.',
        ],
      },
      {
        event: 'buổi tiếp xúc cử tri',
        titles: [
          'Đại biểu {hdnd} tiếp xúc cử tri [trước|sau] kỳ họp tại {home}',
          'Cử tri {home} kiến nghị nhiều vấn đề về [đất đai, giao thông nông thôn|môi trường, an sinh xã hội]',
          'Lắng nghe, tiếp thu ý kiến cử tri [trước thềm|sau] kỳ họp thứ {n:2-12} {hdndFull}',
        ],
        leads: [
          'Chuẩn bị cho kỳ họp {hdnd}, ngày {eventDate}, tổ đại biểu đã tiếp xúc cử tri tại {home} để thông tin kết quả hoạt động, lắng nghe ý kiến, kiến nghị của cử tri.',
          'Tại buổi tiếp xúc cử tri ở {home} ngày {eventDate}, nhiều ý kiến tâm huyết của cử tri đã được các đại biểu dân cử ghi nhận, giải trình trực tiếp hoặc chuyển đến cơ quan có thẩm quyền xem xét.',
        ],
        opening: [
          ['Ngày {eventDate}, tổ đại biểu {hdnd} đã tiếp xúc cử tri tại {home}.'],
          ['Cùng dự có {leader} và đại diện lãnh đạo {org}.'],
        ],
        body: [
          'Tại các buổi tiếp xúc, cử tri {home} kiến nghị sớm hoàn thành việc cấp giấy chứng nhận quyền sử dụng đất và nâng cấp tuyến đường liên thôn đã xuống cấp.',
          'Nhiều cử tri đề nghị quan tâm đầu tư hệ thống thủy lợi, điện chiếu sáng và thiết chế văn hóa ở {unit}.',
          'Các ý kiến thuộc thẩm quyền đã được lãnh đạo {org} giải trình, làm rõ ngay tại buổi tiếp xúc.',
        ],
      },
    ],
    body: [
      'Báo cáo tổng hợp ý kiến, kiến nghị của cử tri cho thấy đã có {n:85-140} ý kiến gửi tới kỳ họp, trong đó {p:90-98} đã được các cơ quan chức năng xem xét, trả lời.',
      'Thường trực {hdnd} đã tổ chức {n:3-8} cuộc giám sát chuyên đề, kịp thời kiến nghị khắc phục nhiều tồn tại, hạn chế trong quản lý nhà nước.',
      'Đại biểu {hdnd} đề nghị quan tâm đầu tư hệ thống thủy lợi, đường giao thông nông thôn và thiết chế văn hóa ở {unit}.',
      'Hoạt động của các ban và tổ đại biểu {hdnd} ngày càng đi vào thực chất, gắn với những vấn đề bức xúc của cử tri.',
      'Các đại biểu đánh giá cao sự chuẩn bị chu đáo của cơ quan soạn thảo; các tờ trình, dự thảo nghị quyết được gửi sớm để đại biểu nghiên cứu.',
    ],
    quotes: [
      'Phát biểu bế mạc kỳ họp, {leader} khẳng định: “Các nghị quyết đã được thông qua phải sớm đi vào cuộc sống, mang lại lợi ích thiết thực cho nhân dân”.',
      '{Citizen} kiến nghị: “Đề nghị các cấp quan tâm sửa chữa tuyến đường vào khu sản xuất, vì mùa mưa bà con đi lại rất khó khăn”.',
    ],
    directions: [
      '{Leader} đề nghị {ubnd} khẩn trương ban hành kế hoạch triển khai các nghị quyết vừa được thông qua, phân công rõ trách nhiệm cho từng cơ quan, đơn vị.',
      'Thường trực, các ban và đại biểu {hdnd} tăng cường giám sát việc thực hiện nghị quyết, nhất là việc giải quyết kiến nghị của cử tri.',
      'Mỗi đại biểu cần tiếp tục giữ mối liên hệ chặt chẽ với cử tri, phản ánh trung thực, kịp thời tâm tư, nguyện vọng của nhân dân.',
    ],
    subheads: [
      'Thẳng thắn, trách nhiệm tại phiên chất vấn',
      'Quyết sách hợp lòng dân',
      'Đưa nghị quyết vào cuộc sống',
    ],
    tags: ['Kỳ họp HĐND', 'Hội đồng nhân dân', 'Chất vấn', 'Tiếp xúc cử tri', 'Nghị quyết HĐND'],
    captions: [
      '{LeaderCap} phát biểu tại kỳ họp.',
      'Đại biểu biểu quyết thông qua các nghị quyết tại kỳ họp.',
      'Cử tri {home} phát biểu tại buổi tiếp xúc.',
      'Quang cảnh phiên chất vấn và trả lời chất vấn.',
    ],
    orgs: {
      province: [
        ['Sở Tài chính', 'Giám đốc'],
        ['Sở Nông nghiệp và Môi trường', 'Giám đốc'],
        ['Sở Xây dựng', 'Giám đốc'],
      ],
      local: [
        ['Phòng Kinh tế', 'Trưởng'],
        ['Phòng Văn hóa – Xã hội', 'Trưởng'],
      ],
    },
  },
  {
    key: 'tiep-cong-dan',
    cats: ['chinh-tri', 'tin-tuc', 'cai-cach-hanh-chinh'],
    kind: 'event',
    areas: ['party', 'government'],
    event: 'buổi tiếp công dân',
    actions: [
      'tăng cường đối thoại, giải quyết kiến nghị của người dân',
      'giải quyết dứt điểm các vụ việc khiếu nại kéo dài',
      'nâng cao hiệu quả hòa giải ở cơ sở',
      'công khai lịch tiếp công dân của lãnh đạo',
      'không để phát sinh khiếu kiện đông người',
      'lắng nghe, giải quyết thấu đáo các kiến nghị về đất đai',
    ],
    phrase: 'công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
    docPhrase: 'tăng cường công tác tiếp công dân, giải quyết khiếu nại, tố cáo',
    scenes: [
      {
        titles: [
          '{LeaderTitled} tiếp công dân định kỳ tháng {month}/{year}',
          'Lắng nghe, đối thoại để giải quyết kiến nghị của người dân {home}',
          'Đối thoại với hộ dân bị ảnh hưởng bởi dự án [mở rộng đường giao thông|khu dân cư mới] tại {home}',
        ],
        leads: [
          'Ngày {eventDate}, tại Trụ sở Tiếp công dân {place}, {leader} đã chủ trì buổi tiếp công dân định kỳ tháng {month}, trực tiếp lắng nghe, giải quyết kiến nghị của {n:4-12} lượt công dân.',
          'Thông qua đối thoại trực tiếp, nhiều vướng mắc của người dân liên quan đến đất đai, bồi thường, hỗ trợ tái định cư đã được giải thích rõ ràng, thấu tình đạt lý, góp phần giữ vững ổn định tình hình ở cơ sở.',
        ],
        opening: [
          ['Ngày {eventDate}, {leader} chủ trì buổi tiếp công dân định kỳ tháng {month}/{year}.'],
          ['Cùng dự có lãnh đạo {org}, {org2} và đại diện {home}.'],
          [
            'Tại buổi tiếp, {n:4-12} lượt công dân đã trình bày các nội dung kiến nghị, phản ánh, chủ yếu liên quan đến đất đai, bồi thường giải phóng mặt bằng và chế độ chính sách.',
          ],
        ],
        body: [
          '{Citizen} kiến nghị xem xét lại mức bồi thường đối với phần diện tích đất nông nghiệp bị thu hồi để thực hiện dự án mở rộng tuyến đường.',
          '{Citizen} phản ánh việc xây dựng công trình trên đất nông nghiệp tại khu vực giáp ranh chưa được cơ quan chức năng xử lý dứt điểm.',
          'Sau khi nghe ý kiến của công dân và báo cáo của các cơ quan chuyên môn, {leaderRef} đã trực tiếp giải đáp, phân tích các quy định của pháp luật liên quan.',
          'Đối với những nội dung thuộc thẩm quyền, {leaderRef} giao {org} kiểm tra, rà soát hồ sơ, báo cáo kết quả trước ngày {dueDate}.',
          'Những vụ việc đã được giải quyết đúng quy định, {leaderRef} đề nghị công dân chấp hành, đồng thời giao địa phương tiếp tục vận động, giải thích để người dân hiểu và đồng thuận.',
          'Phần lớn công dân đến trụ sở đều chấp hành tốt nội quy, trình bày nội dung rõ ràng, có tài liệu kèm theo.',
        ],
      },
      {
        kind: 'feature',
        titles: [
          '[Giải quyết dứt điểm|Tập trung giải quyết] các vụ việc khiếu nại, tố cáo kéo dài trên địa bàn {place}',
          'Nâng cao hiệu quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo ở cơ sở',
          '{Place}: {p:90-98} vụ việc khiếu nại, tố cáo được giải quyết đúng hạn',
        ],
        leads: [
          'Xác định tiếp công dân, giải quyết khiếu nại, tố cáo là nhiệm vụ quan trọng, thường xuyên, thời gian qua các cấp, các ngành của {place} đã tập trung chỉ đạo quyết liệt, giải quyết dứt điểm nhiều vụ việc phức tạp, kéo dài.',
          'Nhờ làm tốt công tác hòa giải, đối thoại ngay từ cơ sở, số đơn thư khiếu nại, tố cáo trên địa bàn {place} trong {period} giảm rõ rệt so với cùng kỳ.',
        ],
        opening: [
          [
            '{Since}, công tác tiếp công dân, giải quyết khiếu nại, tố cáo trên địa bàn {place} đã có nhiều chuyển biến tích cực.',
            'Theo {orgHead}, tình hình khiếu nại, tố cáo trên địa bàn {period} cơ bản ổn định, không phát sinh điểm nóng.',
          ],
        ],
      },
    ],
    body: [
      'Trong {period}, các cơ quan hành chính trên địa bàn đã tiếp {ks:1200-2600/60-180} lượt công dân, tiếp nhận {ks:900-1800/40-120} đơn thư các loại.',
      'Tỷ lệ giải quyết các vụ việc khiếu nại, tố cáo thuộc thẩm quyền đạt {p:90-98}; nhiều vụ việc tồn đọng, kéo dài đã được giải quyết dứt điểm.',
      'Việc tiếp công dân được thực hiện nghiêm túc theo lịch, công khai tại trụ sở và trên Cổng thông tin điện tử, tạo thuận lợi cho người dân.',
      'Các cơ quan chức năng đã chủ động đối thoại, hòa giải ngay từ cơ sở, không để phát sinh khiếu kiện đông người, vượt cấp.',
      'Các tổ hòa giải ở cơ sở đã hòa giải thành {p:80-92} vụ việc, góp phần giữ gìn tình làng nghĩa xóm.',
      'Nội dung khiếu nại chủ yếu liên quan đến đất đai, chiếm khoảng {p:65-80} tổng số đơn thư, tập trung ở các dự án giải phóng mặt bằng.',
    ],
    quotes: [
      '{Citizen} bày tỏ: “Tôi rất cảm ơn lãnh đạo đã dành thời gian lắng nghe; những băn khoăn của gia đình đã được giải thích cặn kẽ, tôi thấy yên tâm hơn”.',
      '“Mọi kiến nghị chính đáng của người dân phải được xem xét thấu đáo, giải quyết dứt điểm, không để người dân phải đi lại nhiều lần”, {leaderRef} nhấn mạnh.',
    ],
    directions: [
      '{Leader} yêu cầu người đứng đầu các cơ quan, đơn vị phải trực tiếp tiếp công dân theo đúng quy định, không ủy quyền tràn lan.',
      'Các đơn vị cần rà soát, phân loại đơn thư, tập trung giải quyết dứt điểm những vụ việc phức tạp ngay từ cơ sở.',
      'Tăng cường công tác tuyên truyền, phổ biến pháp luật để người dân hiểu đúng quyền và nghĩa vụ của mình khi thực hiện quyền khiếu nại, tố cáo.',
    ],
    subheads: ['Lắng nghe để thấu hiểu', 'Giải quyết thấu tình đạt lý', 'Không để vụ việc kéo dài'],
    tags: ['Tiếp công dân', 'Khiếu nại, tố cáo', 'Đối thoại', 'Đất đai', 'Giải phóng mặt bằng'],
    captions: [
      '{LeaderCap} tiếp và trao đổi với công dân.',
      'Công dân trình bày kiến nghị tại buổi tiếp.',
      'Lãnh đạo {org} báo cáo, làm rõ nội dung công dân kiến nghị.',
    ],
    orgs: {
      province: [
        ['Thanh tra tỉnh', 'Chánh'],
        ['Sở Nông nghiệp và Môi trường', 'Giám đốc'],
        ['Ban Tiếp công dân tỉnh', 'Trưởng'],
      ],
      local: [
        ['Văn phòng HĐND và UBND {kind}', 'Chánh'],
        ['Phòng Kinh tế', 'Trưởng'],
      ],
    },
  },
  {
    key: 'cai-cach-hanh-chinh',
    cats: ['chinh-tri', 'tin-tuc', 'cai-cach-hanh-chinh', 'chuyen-doi-so'],
    kind: 'feature',
    areas: ['government'],
    event: 'hội nghị',
    actions: [
      'đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình',
      'rút ngắn thời gian giải quyết thủ tục hành chính',
      'số hóa hồ sơ, kết quả giải quyết thủ tục hành chính',
      'nâng cao mức độ hài lòng của người dân',
      'siết chặt kỷ luật, kỷ cương hành chính',
      'đưa dịch vụ công trực tuyến về tận thôn, khu phố',
      'cắt giảm giấy tờ, thủ tục không cần thiết',
      'nâng cao chất lượng phục vụ tại bộ phận một cửa',
    ],
    phrase: 'công tác cải cách hành chính',
    docPhrase: 'đẩy mạnh cải cách hành chính, nâng cao mức độ hài lòng của người dân, doanh nghiệp',
    scenes: [
      {
        titles: [
          'Trung tâm Phục vụ hành chính công {place}: [Thân thiện, chuyên nghiệp, hiệu quả|Nơi người dân làm thủ tục nhanh gọn]',
          '{Place} nâng cao mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính',
          'Cải cách hành chính [tạo thuận lợi cho|vì] người dân và doanh nghiệp ở {place}',
          '{p:97-99.8} hồ sơ thủ tục hành chính tại {place} được giải quyết đúng và trước hạn',
          'Cắt giảm thời gian giải quyết thủ tục hành chính, [giảm chi phí cho người dân|tăng sự hài lòng của người dân]',
          'Đưa dịch vụ công trực tuyến đến gần hơn với người dân {home}',
        ],
        leads: [
          '{Since}, {place} đã triển khai đồng bộ nhiều giải pháp cải cách hành chính, lấy người dân, doanh nghiệp làm trung tâm phục vụ; thời gian giải quyết nhiều thủ tục được rút ngắn, chi phí tuân thủ giảm đáng kể.',
          'Với phương châm “Công khai, minh bạch, nhanh gọn, đúng hẹn”, Trung tâm Phục vụ hành chính công {place} đã trở thành địa chỉ tin cậy của người dân và doanh nghiệp khi đến giao dịch.',
          'Cải cách hành chính được {place} xác định là khâu đột phá, tạo động lực quan trọng cho phát triển kinh tế – xã hội; nhiều cách làm mới đã mang lại sự hài lòng cho người dân.',
        ],
        opening: [
          [
            'Có mặt tại Trung tâm Phục vụ hành chính công {place} vào một buổi sáng đầu tuần, chúng tôi ghi nhận không khí làm việc khẩn trương nhưng nền nếp.',
            '{Since}, công tác cải cách hành chính trên địa bàn {place} tiếp tục được triển khai quyết liệt, toàn diện trên tất cả các lĩnh vực.',
          ],
          [
            'Khu vực tiếp nhận hồ sơ được bố trí khoa học, có máy lấy số tự động, ghế chờ, nước uống và công chức hướng dẫn trực tiếp cho người dân.',
            'Theo {orgHead}, mọi thủ tục hành chính đều được công khai đầy đủ, người dân có thể tra cứu tiến độ giải quyết hồ sơ bất cứ lúc nào.',
          ],
        ],
      },
    ],
    body: [
      'Toàn bộ thủ tục hành chính thuộc thẩm quyền giải quyết được công khai đầy đủ trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.',
      'Trong {period}, các cơ quan, đơn vị đã tiếp nhận {ks:180000-320000/3500-9000} hồ sơ, trong đó {p:72-92} hồ sơ được nộp trực tuyến.',
      'Tỷ lệ hồ sơ được giải quyết đúng và trước hạn đạt {p:97-99.8}; việc xin lỗi người dân khi để hồ sơ trễ hạn được thực hiện nghiêm túc.',
      'Nhiều thủ tục đã được cắt giảm thời gian giải quyết từ {p:30-50} trở lên so với quy định, đặc biệt là các thủ tục trong lĩnh vực đất đai, đầu tư, xây dựng.',
      'Việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính được đẩy mạnh, giúp người dân không phải nộp lại giấy tờ đã được cung cấp trước đó.',
      '{Home} đã thành lập tổ công nghệ số cộng đồng, trực tiếp hướng dẫn người cao tuổi cài đặt ứng dụng và nộp hồ sơ trực tuyến.',
      'Mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm {prevYear} đạt {p:85-95}, tăng so với năm trước.',
      'Việc thanh toán phí, lệ phí trực tuyến, trả kết quả qua dịch vụ bưu chính công ích giúp người dân tiết kiệm đáng kể thời gian và chi phí đi lại.',
      'Kỷ luật, kỷ cương hành chính được siết chặt; các trường hợp gây phiền hà, nhũng nhiễu người dân đều được xử lý nghiêm.',
      'Bộ phận một cửa được đầu tư trang thiết bị hiện đại, kết nối thông suốt với Hệ thống thông tin giải quyết thủ tục hành chính.',
      'Đội ngũ công chức tiếp nhận hồ sơ được tập huấn thường xuyên về kỹ năng giao tiếp, ứng xử và nghiệp vụ chuyên môn.',
      'Người dân có thể đánh giá mức độ hài lòng ngay tại quầy bằng thiết bị điện tử hoặc quét mã QR, kết quả được công khai hằng tháng.',
    ],
    quotes: [
      '{Citizen} chia sẻ: “Trước đây làm thủ tục phải đi lại nhiều lần, nay chỉ cần nộp hồ sơ trên điện thoại, đến hẹn là nhận kết quả, rất tiện lợi”.',
      'Theo {orgHead}, mỗi công chức tại bộ phận tiếp nhận luôn xác định phải coi người dân là trung tâm, sự hài lòng của người dân là thước đo hiệu quả công việc.',
    ],
    directions: [
      'Thời gian tới, {ubnd} sẽ tiếp tục rà soát, đơn giản hóa thủ tục hành chính, cắt giảm những giấy tờ, điều kiện không cần thiết.',
      'Đồng thời, đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, phấn đấu tỷ lệ hồ sơ trực tuyến đạt trên {p:85-95} trong năm {nextYear}.',
      'Các cơ quan, đơn vị sẽ tăng cường kiểm tra công vụ, chấn chỉnh kịp thời những biểu hiện trì trệ, né tránh, đùn đẩy trách nhiệm.',
    ],
    subheads: ['Lấy người dân làm trung tâm', 'Số hóa để phục vụ tốt hơn', 'Siết chặt kỷ cương hành chính'],
    tags: [
      'Cải cách hành chính',
      'Dịch vụ công trực tuyến',
      'Thủ tục hành chính',
      'Một cửa',
      'Mức độ hài lòng',
    ],
    captions: [
      'Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công {place}.',
      'Công chức hướng dẫn người dân nộp hồ sơ trực tuyến.',
      'Tổ công nghệ số cộng đồng {home} hỗ trợ người cao tuổi cài đặt ứng dụng định danh điện tử.',
      'Khu vực tiếp nhận và trả kết quả được bố trí khoa học, thuận tiện.',
    ],
    orgs: {
      province: [
        ['Sở Nội vụ', 'Giám đốc'],
        ['Trung tâm Phục vụ hành chính công tỉnh', 'Giám đốc'],
        ['Văn phòng UBND tỉnh', 'Chánh'],
      ],
      local: [
        ['Trung tâm Phục vụ hành chính công {kind}', 'Giám đốc'],
        ['Văn phòng HĐND và UBND {kind}', 'Chánh'],
      ],
    },
  },
  {
    key: 'chuyen-doi-so',
    cats: ['chuyen-doi-so', 'kinh-te', 'tin-tuc', 'cai-cach-hanh-chinh'],
    kind: 'feature',
    areas: ['government'],
    event: 'hội nghị',
    actions: [
      'phổ cập kỹ năng số cho người dân',
      'đẩy mạnh thanh toán không dùng tiền mặt',
      'xây dựng dữ liệu số phục vụ chỉ đạo, điều hành',
      'đưa nông sản lên sàn thương mại điện tử',
      'bảo đảm an toàn thông tin mạng',
      'phát triển hạ tầng số đến vùng sâu, vùng xa',
      'ứng dụng trí tuệ nhân tạo trong xử lý công việc',
      'phát huy hiệu quả tổ công nghệ số cộng đồng',
    ],
    phrase: 'công cuộc chuyển đổi số',
    docPhrase: 'chuyển đổi số, phát triển chính quyền số, kinh tế số và xã hội số',
    scenes: [
      {
        titles: [
          '{Place} đẩy mạnh chuyển đổi số [trên cả ba trụ cột|trong cơ quan nhà nước]',
          'Tổ công nghệ số cộng đồng: Cầu nối đưa chuyển đổi số đến với người dân {home}',
          'Chuyển đổi số [trong sản xuất nông nghiệp|trong thanh toán không dùng tiền mặt] ở {home}',
          'Xây dựng chính quyền số, hướng tới [đô thị thông minh|phục vụ người dân tốt hơn] ở {place}',
          'Người dân {home} tích cực sử dụng tài khoản định danh điện tử',
        ],
        leads: [
          'Xác định chuyển đổi số là động lực quan trọng để phát triển nhanh và bền vững, {place} đã triển khai đồng bộ nhiều giải pháp trên cả ba trụ cột chính quyền số, kinh tế số và xã hội số, bước đầu đạt được những kết quả tích cực.',
          'Từ những chiếc điện thoại thông minh, nhiều nông dân {home} đã biết bán nông sản qua mạng, thanh toán không dùng tiền mặt và nộp hồ sơ thủ tục hành chính trực tuyến ngay tại nhà.',
        ],
        opening: [
          [
            'Những năm gần đây, chuyển đổi số đã và đang len lỏi vào từng ngõ ngách của đời sống, từ cơ quan nhà nước đến doanh nghiệp, hộ gia đình ở {place}.',
            'Chiều muộn, căn nhà nhỏ của {citizen} vẫn sáng đèn, chiếc điện thoại đặt trên giá liên tục nhận đơn đặt hàng từ khắp nơi.',
          ],
          [
            'Hạ tầng số được đầu tư đồng bộ; sóng di động và cáp quang đã phủ tới {p:96-100} thôn, khu dân cư.',
          ],
        ],
      },
      {
        kind: 'meeting',
        titles: [
          'Sơ kết {period} thực hiện nhiệm vụ chuyển đổi số và Đề án phát triển ứng dụng dữ liệu dân cư',
          '{Place} [đánh giá|sơ kết] kết quả chuyển đổi số {period}',
          'Ban Chỉ đạo chuyển đổi số {place} triển khai nhiệm vụ trọng tâm năm {year}',
        ],
        leads: [
          'Ngày {eventDate}, Ban Chỉ đạo về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số {place} tổ chức hội nghị sơ kết tình hình thực hiện nhiệm vụ chuyển đổi số {period}, triển khai nhiệm vụ thời gian tới.',
        ],
        opening: [
          ['Ngày {eventDate}, Ban Chỉ đạo chuyển đổi số {place} tổ chức hội nghị sơ kết {period}.'],
          ['{Leader} chủ trì hội nghị.'],
          [
            'Theo báo cáo của {org}, trong {period}, nhiều chỉ tiêu về chuyển đổi số của {place} đạt và vượt kế hoạch.',
          ],
        ],
      },
    ],
    body: [
      '100% cơ quan hành chính kết nối với hệ thống quản lý văn bản và điều hành; tỷ lệ văn bản điện tử có ký số đạt trên {p:95-99.5}.',
      'Các cuộc họp trực tuyến giữa các cấp được tổ chức thường xuyên, giúp tiết kiệm đáng kể thời gian và chi phí.',
      'Toàn {kind} đã thành lập {ks:600-900/9-15} tổ công nghệ số cộng đồng với hơn {ks:3500-5200/60-120} thành viên, trực tiếp hướng dẫn người dân sử dụng các nền tảng số.',
      'Tỷ lệ người trưởng thành có tài khoản thanh toán điện tử đạt {p:75-88}; nhiều chợ truyền thống đã triển khai thanh toán bằng mã QR.',
      'Nhiều hợp tác xã, hộ sản xuất đã đưa sản phẩm lên sàn thương mại điện tử, sử dụng mã truy xuất nguồn gốc cho nông sản.',
      'Hệ thống camera giám sát an ninh được lắp đặt tại các tuyến đường, khu dân cư, góp phần phòng ngừa tội phạm và vi phạm trật tự an toàn giao thông.',
      'Việc làm sạch dữ liệu dân cư, đất đai, hộ tịch được đẩy mạnh, tạo nền tảng cho việc kết nối, chia sẻ dữ liệu giữa các ngành.',
      'Ứng dụng phản ánh hiện trường bước đầu phát huy hiệu quả; trong {period} đã tiếp nhận và xử lý {ks:1800-4200/40-120} phản ánh của người dân.',
      'Đến nay, {p:80-92} người dân trong độ tuổi đã kích hoạt tài khoản định danh điện tử mức độ 2.',
      'Các trường học đã ứng dụng sổ điểm điện tử, học bạ số; cơ sở y tế triển khai khám chữa bệnh bằng căn cước và bệnh án điện tử.',
      'Tuy nhiên, hạ tầng số ở một số thôn vùng sâu, vùng xa còn hạn chế; kỹ năng số của một bộ phận người dân, nhất là người cao tuổi, còn thấp.',
      'Việc bảo đảm an toàn thông tin mạng được chú trọng; các hệ thống thông tin dùng chung đều được phân loại và áp dụng phương án bảo vệ theo cấp độ.',
    ],
    quotes: [
      '{Citizen} phấn khởi kể: “Trước đây bán bưởi phải chờ thương lái, nay tôi đăng lên mạng, khách ở xa cũng đặt hàng, giá bán cao hơn và không bị ép giá”.',
      'Theo {orgHead}, chuyển đổi số trước hết là chuyển đổi nhận thức; khi người dân thấy được lợi ích thiết thực thì họ sẽ chủ động tham gia.',
    ],
    directions: [
      'Thời gian tới, {place} tập trung phát triển hạ tầng số, bảo đảm an toàn thông tin và đẩy mạnh khai thác dữ liệu phục vụ chỉ đạo, điều hành.',
      'Các cơ quan, đơn vị tiếp tục phát huy vai trò của tổ công nghệ số cộng đồng, phổ cập kỹ năng số cho người dân.',
      '{Leader} đề nghị người đứng đầu các cơ quan, đơn vị phải trực tiếp chỉ đạo, chịu trách nhiệm về kết quả chuyển đổi số trong phạm vi quản lý.',
    ],
    subheads: [
      'Chính quyền số phục vụ người dân',
      'Nông dân làm quen với kinh tế số',
      'Tháo gỡ điểm nghẽn hạ tầng số',
    ],
    tags: [
      'Chuyển đổi số',
      'Chính quyền số',
      'Kinh tế số',
      'Đề án 06',
      'Tổ công nghệ số cộng đồng',
      'Thanh toán không dùng tiền mặt',
    ],
    captions: [
      'Thành viên tổ công nghệ số cộng đồng hướng dẫn người dân {home} sử dụng dịch vụ công trực tuyến.',
      'Tiểu thương thanh toán bằng mã QR tại chợ {placeName}.',
      'Nông dân giới thiệu sản phẩm qua hình thức bán hàng trực tuyến.',
      'Cán bộ {org} theo dõi hệ thống giám sát tại trung tâm điều hành.',
    ],
    orgs: {
      province: [
        ['Sở Khoa học và Công nghệ', 'Giám đốc'],
        ['Công an tỉnh', 'Giám đốc'],
      ],
      local: [
        ['Văn phòng HĐND và UBND {kind}', 'Chánh'],
        ['Công an {kind}', 'Trưởng'],
      ],
    },
  },
  {
    key: 'nong-thon-moi',
    cats: ['kinh-te', 'tin-tuc'],
    kinds: ['province', 'commune'],
    kind: 'feature',
    areas: ['government', 'party'],
    event: 'hội nghị',
    actions: [
      'nâng chất các tiêu chí nông thôn mới',
      'huy động nguồn lực xây dựng nông thôn mới nâng cao',
      'xây dựng khu dân cư nông thôn mới kiểu mẫu',
      'chung sức làm đường giao thông nông thôn',
      'phát triển sản phẩm OCOP gắn với xây dựng nông thôn mới',
      'cải thiện cảnh quan, môi trường nông thôn',
      'nâng cao thu nhập cho người dân nông thôn',
    ],
    phrase: 'phong trào xây dựng nông thôn mới',
    docPhrase: 'xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu',
    scenes: [
      {
        titles: [
          'Diện mạo mới ở {home} sau [khi đạt chuẩn|hành trình xây dựng] nông thôn mới',
          '{Place} huy động [hơn {kb:300-900/8-30}|nhiều nguồn lực] xây dựng nông thôn mới',
          'Xây dựng nông thôn mới: [Người dân là chủ thể|Khi lòng dân đồng thuận]',
          'Nông thôn mới nâng cao – bước đi vững chắc của {place}',
          'Hiến đất làm đường, chung sức xây dựng nông thôn mới ở {home}',
        ],
        leads: [
          'Sau nhiều năm triển khai, phong trào xây dựng nông thôn mới ở {place} đã làm thay đổi căn bản diện mạo vùng quê; hạ tầng được đầu tư đồng bộ, đời sống vật chất và tinh thần của người dân ngày càng được nâng lên.',
          'Với phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân thụ hưởng”, nhiều thôn, xóm ở {place} đã chung tay hiến đất, góp công làm đường, xây dựng nhà văn hóa, tạo nên những làng quê đáng sống.',
        ],
        opening: [
          [
            'Trở lại {home} những ngày này, chúng tôi không khỏi ngỡ ngàng trước sự đổi thay của vùng quê.',
            '{Since}, {place} luôn xác định xây dựng nông thôn mới là nhiệm vụ trọng tâm, thường xuyên, chỉ có điểm khởi đầu mà không có điểm dừng.',
          ],
          [
            'Những con đường bê tông rộng rãi, sạch đẹp, hai bên là hàng rào cây xanh và những ngôi nhà khang trang đã thay thế cho đường đất lầy lội ngày nào.',
          ],
        ],
      },
      {
        kind: 'meeting',
        titles: [
          '[Sơ kết|Đánh giá] {period} thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới',
          '{Place} đặt mục tiêu [nâng chất các tiêu chí|về đích nông thôn mới nâng cao] trong năm {year}',
        ],
        leads: [
          'Ngày {eventDate}, Ban Chỉ đạo các chương trình mục tiêu quốc gia {place} tổ chức hội nghị đánh giá kết quả xây dựng nông thôn mới {period}, triển khai nhiệm vụ trong thời gian tới.',
        ],
        opening: [
          [
            'Ngày {eventDate}, Ban Chỉ đạo các chương trình mục tiêu quốc gia {place} tổ chức hội nghị đánh giá kết quả xây dựng nông thôn mới {period}.',
          ],
          ['{Leader} chủ trì hội nghị.'],
        ],
      },
    ],
    body: [
      'Trong {period}, tổng nguồn vốn huy động cho xây dựng nông thôn mới trên địa bàn đạt {kb:350-1200/8-30}, trong đó vốn huy động từ cộng đồng dân cư chiếm khoảng {p:12-25}.',
      'Người dân đã tự nguyện hiến {ks:40000-180000/1000-4500} m² đất, góp hàng nghìn ngày công để mở rộng, bê tông hóa {ks:60-220/1.5-6} km đường giao thông nông thôn.',
      'Thu nhập bình quân đầu người ở khu vực nông thôn đạt {n:52-78} triệu đồng/năm, tăng gần {n:2-3} lần so với khi bắt đầu triển khai chương trình.',
      'Hệ thống trường học, trạm y tế, nhà văn hóa thôn được đầu tư xây dựng đạt chuẩn; {p:98-100} hộ dân được sử dụng điện an toàn và nước hợp vệ sinh.',
      'Nhiều tuyến đường hoa, đường cây xanh, đường điện chiếu sáng được các hội, đoàn thể đảm nhận, tạo cảnh quan sáng – xanh – sạch – đẹp.',
      'Chương trình mỗi xã một sản phẩm (OCOP) được quan tâm; đến nay {place} có {ks:120-260/3-8} sản phẩm đạt từ 3 sao trở lên.',
      'Công tác bảo vệ môi trường chuyển biến rõ nét; rác thải sinh hoạt được thu gom, xử lý đạt {p:85-97}, nhiều thôn duy trì ngày chủ nhật xanh.',
      'Các tiêu chí về an ninh trật tự, văn hóa được giữ vững; {p:88-96} hộ gia đình đạt danh hiệu Gia đình văn hóa.',
      'Điều đáng quý là người dân đã thực sự trở thành chủ thể, chủ động tham gia bàn bạc, quyết định và giám sát các công trình ngay tại địa phương.',
      'Các mô hình kinh tế hiệu quả như trồng rau an toàn, nuôi cá lồng, trồng cây ăn quả theo tiêu chuẩn VietGAP đã giúp nhiều hộ vươn lên khá giả.',
      'Từ một thôn còn nhiều khó khăn, {home} nay đã có đường làng ngõ xóm khang trang, tỷ lệ hộ nghèo giảm xuống dưới {p:1-2.5}.',
    ],
    quotes: [
      '{Citizen} phấn khởi: “Gia đình tôi hiến gần {n:100-400} m² đất để mở rộng đường. Đường đẹp rồi, xe chở nông sản vào tận ruộng, ai cũng mừng”.',
      '{OrgHead} cho biết: “Khó nhất là làm sao để người dân hiểu và đồng thuận; khi dân đã tin thì việc gì cũng làm được”.',
    ],
    directions: [
      'Thời gian tới, {place} tiếp tục rà soát, nâng cao chất lượng các tiêu chí đã đạt, tập trung vào tiêu chí thu nhập, môi trường và văn hóa.',
      'Đồng thời, khuyến khích phát triển các mô hình sản xuất liên kết theo chuỗi giá trị, gắn với chương trình OCOP và du lịch nông thôn.',
      '{Leader} đề nghị các cấp tiếp tục phát huy vai trò chủ thể của người dân, tránh tư tưởng chạy theo thành tích, bệnh hình thức.',
    ],
    subheads: ['Dân đồng lòng, làng đổi mới', 'Nâng chất các tiêu chí', 'Khơi dậy nội lực trong nhân dân'],
    tags: ['Nông thôn mới', 'Nông thôn mới nâng cao', 'OCOP', 'Giao thông nông thôn', 'Hiến đất làm đường'],
    captions: [
      'Một góc {home} hôm nay.',
      'Người dân {home} ra quân làm đường bê tông nông thôn.',
      'Tuyến đường hoa do Hội Liên hiệp Phụ nữ {kind} đảm nhận.',
      'Nhà văn hóa {home} được xây dựng khang trang từ nguồn vốn nhà nước và nhân dân đóng góp.',
    ],
    orgs: {
      province: [
        ['Văn phòng Điều phối nông thôn mới tỉnh', 'Chánh'],
        ['Sở Nông nghiệp và Môi trường', 'Giám đốc'],
      ],
      local: [
        ['Phòng Kinh tế', 'Trưởng'],
        ['Hội Nông dân {kind}', 'Chủ tịch'],
      ],
    },
  },
  {
    key: 'nong-nghiep',
    cats: ['kinh-te'],
    kinds: ['province', 'commune'],
    kind: 'feature',
    areas: ['government'],
    event: 'hội nghị',
    subjects: ['{place}', '{home}', 'nông dân {home}', '{coop}'],
    actions: [
      'nhân rộng mô hình {model}',
      'phát triển vùng sản xuất tập trung theo tiêu chuẩn VietGAP',
      'đẩy mạnh cơ giới hóa trong sản xuất nông nghiệp',
      'liên kết tiêu thụ nông sản theo chuỗi giá trị',
      'chủ động phòng trừ sâu bệnh cho lúa {season}',
      'chuyển đổi cây trồng kém hiệu quả sang cây ăn quả',
      'xây dựng thương hiệu cho nông sản chủ lực',
      'ứng dụng công nghệ cao trong sản xuất nông nghiệp',
    ],
    phrase: 'phát triển kinh tế nông nghiệp',
    docPhrase: 'cơ cấu lại ngành nông nghiệp theo hướng nâng cao giá trị gia tăng và phát triển bền vững',
    scenes: [
      {
        titles: [
          'Nông dân {home} thu lãi cao từ mô hình {model}',
          'Mô hình {model} mở hướng làm giàu cho nông dân {placeName}',
          'Liên kết sản xuất theo chuỗi giá trị, nâng cao thu nhập cho nông dân {home}',
          '{Coop} [nâng tầm nông sản địa phương|liên kết tiêu thụ nông sản cho xã viên]',
          'Ứng dụng khoa học kỹ thuật, nâng cao giá trị [cây trồng, vật nuôi|sản xuất nông nghiệp] ở {place}',
        ],
        leads: [
          'Mạnh dạn chuyển đổi cơ cấu cây trồng, vật nuôi, nhiều hộ nông dân ở {home} đã áp dụng thành công mô hình {model}, cho thu nhập hàng trăm triệu đồng mỗi năm, góp phần thay đổi diện mạo kinh tế nông thôn.',
          'Trong {period}, ngành nông nghiệp {place} tiếp tục duy trì tăng trưởng ổn định nhờ đẩy mạnh ứng dụng khoa học kỹ thuật, phát triển các vùng sản xuất tập trung và liên kết theo chuỗi giá trị.',
        ],
        opening: [
          [
            'Dẫn chúng tôi đi thăm khu sản xuất, {citizen} cho biết trước đây gia đình chủ yếu trồng lúa, thu nhập bấp bênh.',
            '{Since}, sản xuất nông nghiệp trên địa bàn {place} đã có bước chuyển mạnh từ tư duy sản xuất nông nghiệp sang tư duy kinh tế nông nghiệp.',
          ],
          [
            'Sau khi được tham gia lớp tập huấn do {org} tổ chức, nhiều hộ đã mạnh dạn chuyển sang mô hình {model}.',
          ],
        ],
        body: [
          'Với diện tích khoảng {n:3-15} sào, mỗi năm gia đình thu lãi từ {n:150-300} đến {n:350-600} triệu đồng sau khi trừ chi phí.',
          'Hiện nay, sản phẩm của mô hình {model} đã có mặt tại nhiều siêu thị, cửa hàng nông sản sạch trong và ngoài tỉnh.',
        ],
      },
      {
        kind: 'event',
        event: 'đợt ra quân',
        months: [1, 2, 5, 6, 7, 8],
        titles: [
          '{Place} [ra quân|đẩy nhanh tiến độ] gieo cấy {season}',
          'Nông dân {place} tất bật xuống đồng gieo cấy {season}',
          'Bảo đảm nước tưới, giống tốt cho sản xuất {season} ở {place}',
        ],
        leads: [
          'Những ngày này, trên các cánh đồng ở {place}, bà con nông dân đang tất bật xuống đồng gieo cấy {season}, phấn đấu hoàn thành kế hoạch trong khung thời vụ tốt nhất.',
          'Ngày {eventDate}, {ubnd} phát động ra quân sản xuất {season}, với mục tiêu gieo cấy đúng khung thời vụ, sử dụng giống lúa chất lượng cao trên phần lớn diện tích.',
        ],
        opening: [
          ['Ngày {eventDate}, {ubnd} tổ chức lễ ra quân sản xuất {season} tại cánh đồng {home}.'],
          ['Từ sáng sớm, hàng trăm nông dân cùng máy cấy, máy làm đất đã có mặt trên đồng ruộng.'],
        ],
        body: [
          'Tổng diện tích gieo cấy {season} dự kiến đạt {ks:38000-62000/900-1600} ha, trong đó diện tích sử dụng giống lúa chất lượng cao chiếm trên {p:70-85}.',
          'Hệ thống kênh mương nội đồng đã được nạo vét, bảo đảm đủ nước tưới cho toàn bộ diện tích gieo cấy.',
        ],
      },
    ],
    body: [
      'Toàn {kind} hiện có {ks:2500-7000/60-180} ha sản xuất theo quy trình VietGAP, hữu cơ; nhiều vùng nguyên liệu được cấp mã số vùng trồng phục vụ xuất khẩu.',
      'Năng suất lúa bình quân vụ trước đạt {n:58-68} tạ/ha, thuộc nhóm cao của tỉnh.',
      'Giá trị sản xuất bình quân trên một héc-ta đất trồng trọt và nuôi trồng thủy sản đạt {n:130-210} triệu đồng.',
      '{Coop} đã liên kết với doanh nghiệp bao tiêu sản phẩm cho {n:60-250} hộ thành viên, giúp bà con yên tâm sản xuất.',
      'Tỷ lệ cơ giới hóa khâu làm đất và thu hoạch đạt trên {p:90-98}; nhiều hộ đã sử dụng thiết bị bay không người lái để phun thuốc bảo vệ thực vật.',
      'Cán bộ khuyến nông thường xuyên xuống đồng hướng dẫn bà con phòng trừ sâu bệnh, sử dụng phân bón hợp lý, giảm chi phí đầu vào.',
      'Bên cạnh trồng trọt, chăn nuôi theo hướng an toàn sinh học cũng phát triển khá; tổng đàn lợn đạt {ks:250000-420000/5000-11000} con, đàn gia cầm hơn {ks:4000000-6500000/90000-160000} con.',
      'Nhờ liên kết sản xuất, giá bán ổn định ở mức cao hơn thị trường từ 10 đến 20%, người nông dân không còn cảnh được mùa mất giá.',
      'Nhiều hộ đã mạnh dạn vay vốn ưu đãi, đầu tư nhà màng, hệ thống tưới nhỏ giọt tự động để chủ động sản xuất quanh năm.',
      'Các sản phẩm nông nghiệp chủ lực đều có tem truy xuất nguồn gốc, giúp người tiêu dùng yên tâm và nâng cao giá trị hàng hóa.',
    ],
    quotes: [
      '{Citizen} tâm sự: “Làm nông bây giờ phải tính toán như làm kinh tế, phải biết thị trường cần gì, nhất là phải sản xuất sạch thì mới bán được giá”.',
      'Theo {orgHead}, đơn vị sẽ tiếp tục hỗ trợ giống, kỹ thuật và kết nối tiêu thụ để nhân rộng mô hình {model} ra nhiều địa phương khác.',
    ],
    directions: [
      'Thời gian tới, {place} tiếp tục quy hoạch các vùng sản xuất hàng hóa tập trung, khuyến khích doanh nghiệp đầu tư vào nông nghiệp.',
      'Ngành chức năng tăng cường công tác dự báo, cảnh báo sâu bệnh, hướng dẫn nông dân chăm sóc cây trồng đúng quy trình.',
      'Đồng thời, đẩy mạnh xây dựng thương hiệu, chỉ dẫn địa lý cho các nông sản chủ lực, mở rộng thị trường tiêu thụ.',
    ],
    subheads: ['Dám nghĩ, dám làm', 'Liên kết để phát triển bền vững', 'Nâng giá trị nông sản'],
    tags: ['Nông nghiệp', 'Nông nghiệp công nghệ cao', 'VietGAP', 'Hợp tác xã', 'Khuyến nông', 'OCOP'],
    captions: [
      'Nông dân {home} chăm sóc cây trồng trong mô hình {model}.',
      'Cán bộ khuyến nông hướng dẫn bà con kỹ thuật chăm sóc.',
      'Thu hoạch lúa trên cánh đồng mẫu lớn tại {home}.',
      'Sản phẩm của {coop} được đóng gói, dán tem truy xuất nguồn gốc.',
    ],
    orgs: {
      province: [
        ['Sở Nông nghiệp và Môi trường', 'Giám đốc'],
        ['Trung tâm Khuyến nông tỉnh', 'Giám đốc'],
      ],
      local: [
        ['Phòng Kinh tế', 'Trưởng'],
        ['Hội Nông dân {kind}', 'Chủ tịch'],
      ],
    },
  },
  {
    key: 'ha-tang',
    cats: ['kinh-te', 'tin-tuc'],
    kind: 'event',
    areas: ['government'],
    event: 'buổi lễ',
    actions: [
      'đẩy nhanh tiến độ các công trình trọng điểm',
      'tháo gỡ vướng mắc trong giải phóng mặt bằng',
      'nâng cao hiệu quả đầu tư công',
      'hoàn thiện hạ tầng giao thông kết nối',
      'bảo đảm chất lượng các công trình xây dựng cơ bản',
      'tăng tốc thi công {project}',
    ],
    phrase: 'đầu tư xây dựng kết cấu hạ tầng',
    docPhrase: 'đầu tư xây dựng hệ thống kết cấu hạ tầng đồng bộ, hiện đại',
    scenes: [
      {
        event: 'lễ khởi công',
        titles: [
          'Khởi công [xây dựng|dự án] {project}, [tổng mức đầu tư hơn {kb:40-900/3-25}|dự kiến hoàn thành trong năm {nextYear}]',
          '{Place} khởi công {project}',
        ],
        leads: [
          'Ngày {eventDate}, {ubnd} tổ chức lễ khởi công {project} với tổng mức đầu tư hơn {kb:40-900/3-25} từ nguồn ngân sách nhà nước và các nguồn vốn hợp pháp khác.',
        ],
        opening: [
          ['Ngày {eventDate}, {ubnd} tổ chức lễ khởi công {project}.'],
          [
            'Công trình có tổng mức đầu tư hơn {kb:40-900/3-25}, do {org} làm chủ đầu tư, thời gian thực hiện dự kiến {n:12-30} tháng.',
          ],
        ],
        body: [
          'Theo thiết kế, công trình được xây dựng theo tiêu chuẩn hiện đại, bảo đảm kết nối đồng bộ với hệ thống hạ tầng hiện có trong khu vực.',
          'Để có mặt bằng thi công, các địa phương đã vận động {n:45-260} hộ dân bàn giao đất; nhiều hộ tự nguyện tháo dỡ công trình, vật kiến trúc trước thời hạn.',
        ],
        captions: [
          'Các đại biểu thực hiện nghi thức khởi công {project}.',
          'Phối cảnh công trình sau khi hoàn thành.',
          '{LeaderCap} phát biểu tại lễ khởi công.',
        ],
      },
      {
        event: 'lễ khánh thành',
        titles: [
          'Khánh thành, đưa vào sử dụng {project}',
          'Công trình {project} [cán đích sớm|vượt tiến độ], [đáp ứng kỳ vọng của người dân|phục vụ nhu cầu của nhân dân]',
        ],
        leads: [
          'Sau hơn {n:8-20} tháng thi công, {project} đã hoàn thành và chính thức được đưa vào sử dụng, đáp ứng mong mỏi bấy lâu của người dân địa phương.',
        ],
        opening: [
          ['Ngày {eventDate}, {ubnd} tổ chức lễ khánh thành, đưa vào sử dụng {project}.'],
          ['Công trình được khởi công từ năm {prevYear}, với tổng mức đầu tư hơn {kb:40-900/3-25}.'],
        ],
        body: [
          'Công trình đã được nghiệm thu, bàn giao đưa vào sử dụng đúng quy định, chất lượng đạt yêu cầu thiết kế.',
          'Cùng với nguồn vốn nhà nước, người dân đã đóng góp {m:200-2500} và hàng nghìn ngày công lao động cho công trình.',
        ],
        captions: [
          'Các đại biểu cắt băng khánh thành {project}.',
          'Toàn cảnh {project} sau khi hoàn thành.',
          '{LeaderCap} phát biểu tại lễ khánh thành.',
        ],
      },
      {
        kind: 'feature',
        event: 'buổi kiểm tra',
        titles: [
          'Đẩy nhanh tiến độ [thi công|giải phóng mặt bằng] {project}',
          'Kiểm tra tiến độ [thi công|triển khai] {project}',
          '{Place} [tập trung|quyết liệt] tháo gỡ vướng mắc trong giải phóng mặt bằng các dự án trọng điểm',
        ],
        leads: [
          'Nhằm bảo đảm tiến độ các công trình trọng điểm, ngày {eventDate}, {leader} đã đi kiểm tra thực địa, trực tiếp tháo gỡ khó khăn tại {project}.',
          'Những ngày này, trên công trường {project}, hàng chục máy móc, thiết bị cùng đội ngũ công nhân đang khẩn trương thi công, quyết tâm hoàn thành đúng tiến độ.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {leader} đã đi kiểm tra tiến độ thi công {project}.',
            'Có mặt tại công trường {project} vào đầu giờ sáng, chúng tôi ghi nhận không khí lao động khẩn trương.',
          ],
        ],
        body: [
          'Hiện nay, đơn vị thi công đã huy động {n:6-18} mũi thi công với hàng chục công nhân và nhiều máy móc, thiết bị hiện đại, làm việc cả ngày nghỉ.',
          'Đến nay, giá trị khối lượng thực hiện ước đạt {p:45-80} tổng giá trị hợp đồng, bảo đảm tiến độ đề ra.',
          'Một số khó khăn về nguồn vật liệu đắp nền, di dời hệ thống điện, cấp nước đã được các ngành chức năng phối hợp tháo gỡ kịp thời.',
        ],
        captions: [
          'Máy móc, thiết bị thi công trên công trường.',
          '{LeaderCap} kiểm tra tiến độ thi công.',
          'Công nhân khẩn trương thi công {project}.',
        ],
      },
    ],
    body: [
      'Dự án có ý nghĩa quan trọng trong việc hoàn thiện hạ tầng, tạo động lực thúc đẩy phát triển kinh tế – xã hội của {place} và các vùng lân cận.',
      'Chủ đầu tư cam kết giám sát chặt chẽ chất lượng vật liệu, quy trình thi công, bảo đảm an toàn lao động và vệ sinh môi trường.',
      'Trong {period}, giải ngân vốn đầu tư công trên địa bàn đạt {p:55-82} kế hoạch, cao hơn cùng kỳ năm trước.',
      'Khi đưa vào sử dụng, công trình giúp rút ngắn thời gian đi lại, thuận lợi cho việc vận chuyển hàng hóa, nông sản của người dân.',
      'Công tác giải phóng mặt bằng được thực hiện công khai, minh bạch, bảo đảm quyền lợi hợp pháp của người dân.',
      'Các hộ dân bị ảnh hưởng đều được bố trí tái định cư tại khu vực có hạ tầng đồng bộ, thuận tiện cho sinh hoạt và sản xuất.',
    ],
    quotes: [
      '{Citizen} phấn khởi: “Chờ đợi bao năm, nay công trình đã thành hiện thực; bà con đi lại thuận tiện, buôn bán cũng khấm khá hơn”.',
      '{Leader} nhấn mạnh: “Chất lượng công trình là yêu cầu hàng đầu, tuyệt đối không vì chạy tiến độ mà xem nhẹ chất lượng”.',
    ],
    directions: [
      '{Leader} yêu cầu chủ đầu tư, đơn vị thi công tập trung nhân lực, máy móc, tổ chức thi công khoa học, bảo đảm chất lượng và tiến độ.',
      'Các cơ quan chuyên môn tăng cường kiểm tra, giám sát, kịp thời xử lý những vướng mắc phát sinh trong quá trình thi công.',
      'Chính quyền địa phương tiếp tục phối hợp tuyên truyền, vận động người dân ủng hộ, tạo điều kiện thuận lợi để dự án triển khai đúng tiến độ.',
    ],
    subheads: ['Công trình được mong đợi', 'Tăng tốc về đích', 'Bảo đảm chất lượng, an toàn'],
    tags: [
      'Hạ tầng giao thông',
      'Đầu tư công',
      'Giải phóng mặt bằng',
      'Công trình trọng điểm',
      'Xây dựng cơ bản',
    ],
    captions: ['Người dân phấn khởi khi công trình được triển khai.'],
    orgs: {
      province: [
        ['Ban Quản lý dự án đầu tư xây dựng tỉnh', 'Giám đốc'],
        ['Sở Xây dựng', 'Giám đốc'],
      ],
      local: [
        ['Ban Quản lý dự án đầu tư xây dựng {kind}', 'Trưởng'],
        ['Phòng Kinh tế', 'Trưởng'],
      ],
    },
  },
  {
    key: 'y-te',
    cats: ['van-hoa-xa-hoi', 'tin-tuc'],
    kind: 'feature',
    areas: ['government'],
    event: 'chương trình',
    actions: [
      'nâng cao chất lượng khám, chữa bệnh ban đầu',
      'chủ động phòng, chống dịch bệnh mùa mưa',
      'mở rộng độ bao phủ bảo hiểm y tế',
      'tăng cường bảo đảm an toàn thực phẩm',
      'đầu tư trang thiết bị cho trạm y tế',
      'triển khai hồ sơ sức khỏe điện tử cho người dân',
      'chăm sóc sức khỏe người cao tuổi tại cộng đồng',
    ],
    phrase: 'công tác chăm sóc sức khỏe nhân dân',
    docPhrase: 'tăng cường công tác bảo vệ, chăm sóc và nâng cao sức khỏe nhân dân',
    scenes: [
      {
        kind: 'event',
        event: 'chương trình khám bệnh',
        titles: [
          'Khám bệnh, cấp thuốc miễn phí cho [người cao tuổi|hàng trăm người dân] {home}',
          'Mang dịch vụ y tế chất lượng về tận [thôn xóm|khu dân cư] ở {home}',
        ],
        leads: [
          'Ngày {eventDate}, {org} phối hợp với {org2} tổ chức khám bệnh, tư vấn sức khỏe và cấp thuốc miễn phí cho {n:200-600} người cao tuổi, người có công và hộ nghèo tại {home}.',
        ],
        opening: [
          ['Từ sáng sớm, sân nhà văn hóa {home} đã đông kín người dân đến chờ khám bệnh.'],
          [
            'Các bác sĩ, điều dưỡng của {org} tận tình thăm khám, đo huyết áp, làm xét nghiệm đường huyết và tư vấn chế độ dinh dưỡng cho từng người.',
          ],
        ],
        body: [
          'Đợt khám lần này, đoàn đã phát hiện {n:12-45} trường hợp mắc bệnh cần điều trị chuyên sâu và hướng dẫn chuyển tuyến kịp thời.',
          'Mỗi người dân được khám còn nhận được thuốc điều trị và phần quà trị giá {n:200-500} nghìn đồng.',
        ],
        captions: [
          'Bác sĩ khám bệnh cho người cao tuổi tại {home}.',
          'Người dân nhận thuốc miễn phí sau khi được thăm khám.',
        ],
      },
      {
        titles: [
          'Nâng cao chất lượng khám, chữa bệnh tại [tuyến cơ sở|trạm y tế]',
          '{Place} chủ động phòng, chống [sốt xuất huyết|dịch bệnh mùa mưa|bệnh tay chân miệng]',
          'Tỷ lệ người dân tham gia bảo hiểm y tế ở {place} đạt {p:92-98}',
          '{HealthStation}: Điểm tựa chăm sóc sức khỏe của người dân',
          'Triển khai chiến dịch tiêm chủng [mở rộng|vắc xin sởi] cho trẻ em trên địa bàn {place}',
        ],
        leads: [
          'Nhằm chủ động phòng, chống dịch bệnh trong mùa mưa, {org} đã triển khai đồng loạt các biện pháp giám sát, xử lý ổ dịch, tuyên truyền người dân diệt lăng quăng, bọ gậy, vệ sinh môi trường.',
          'Những năm gần đây, mạng lưới y tế cơ sở ở {place} được củng cố, đầu tư trang thiết bị, nhân lực, giúp người dân được tiếp cận dịch vụ khám, chữa bệnh ngay tại địa phương.',
        ],
        opening: [
          [
            '{Since}, công tác chăm sóc sức khỏe nhân dân trên địa bàn {place} có nhiều chuyển biến tích cực.',
            'Gần trưa, {healthStation} vẫn tấp nập người dân đến khám bệnh, tiêm chủng cho con em.',
          ],
        ],
        captions: [
          'Cán bộ y tế phun hóa chất diệt muỗi phòng, chống sốt xuất huyết.',
          'Trẻ em được tiêm chủng đầy đủ, đúng lịch tại {healthStation}.',
        ],
      },
    ],
    body: [
      'Trong {period}, các cơ sở y tế trên địa bàn đã khám, điều trị cho hơn {ks:480000-920000/9000-22000} lượt người, tăng {p:6-14} so với cùng kỳ.',
      '{HealthStation} hiện có {n:5-9} cán bộ y tế, trong đó có bác sĩ; được trang bị máy siêu âm, máy xét nghiệm sinh hóa và kết nối khám chữa bệnh từ xa với tuyến trên.',
      'Chương trình tiêm chủng mở rộng đạt tỷ lệ {p:95-99}; không để xảy ra dịch bệnh lớn trên địa bàn.',
      'Việc quản lý bệnh không lây nhiễm như tăng huyết áp, đái tháo đường tại trạm y tế được triển khai hiệu quả, giúp người bệnh không phải lên tuyến trên.',
      'Các đội phản ứng nhanh thường trực 24/24 giờ, sẵn sàng xử lý khi phát hiện ca bệnh truyền nhiễm.',
      'Tỷ lệ người dân tham gia bảo hiểm y tế đạt {p:92-98}; các chính sách hỗ trợ mua thẻ bảo hiểm y tế cho người cận nghèo, học sinh được thực hiện kịp thời.',
      'Hồ sơ sức khỏe điện tử đã được lập cho hơn {p:80-95} dân số, tạo thuận lợi cho việc theo dõi, quản lý sức khỏe người dân.',
      'Hoạt động truyền thông về an toàn thực phẩm, phòng chống tác hại của thuốc lá, đồ uống có cồn được duy trì thường xuyên.',
      'Công tác kiểm tra an toàn thực phẩm tại các bếp ăn tập thể, cơ sở kinh doanh dịch vụ ăn uống được tăng cường, không để xảy ra ngộ độc thực phẩm đông người.',
      'Nhiều y, bác sĩ trẻ đã tình nguyện về công tác tại tuyến cơ sở, góp phần nâng cao chất lượng khám, chữa bệnh ban đầu.',
    ],
    quotes: [
      '{Citizen} xúc động: “Tuổi già hay đau ốm, lại ở xa bệnh viện, được các bác sĩ về tận thôn khám, cho thuốc, tôi mừng lắm”.',
      'Theo {orgHead}, y tế cơ sở là tuyến gần dân nhất, làm tốt y tế cơ sở sẽ giảm quá tải cho bệnh viện tuyến trên.',
    ],
    directions: [
      'Thời gian tới, ngành y tế {place} tiếp tục đầu tư nâng cao năng lực cho tuyến cơ sở, thu hút bác sĩ về công tác tại trạm y tế.',
      'Tăng cường giám sát dịch bệnh, chủ động các phương án ứng phó, không để dịch lớn xảy ra.',
      'Các đơn vị đẩy mạnh ứng dụng công nghệ thông tin trong khám, chữa bệnh, thanh toán bảo hiểm y tế, tạo thuận lợi cho người bệnh.',
    ],
    subheads: ['Mang dịch vụ y tế đến gần dân', 'Chủ động phòng bệnh', 'Củng cố y tế cơ sở'],
    tags: ['Y tế', 'Y tế cơ sở', 'Bảo hiểm y tế', 'Phòng chống dịch bệnh', 'Tiêm chủng', 'Chăm sóc sức khỏe'],
    captions: [
      '{HealthStation} được đầu tư trang thiết bị hiện đại.',
      'Nhân viên y tế tư vấn sức khỏe cho người dân {home}.',
    ],
    orgs: {
      province: [
        ['Sở Y tế', 'Giám đốc'],
        ['Trung tâm Kiểm soát bệnh tật tỉnh', 'Giám đốc'],
        ['Bệnh viện Đa khoa tỉnh', 'Giám đốc'],
      ],
      local: [
        ['Trạm Y tế {kind}', 'Trưởng'],
        ['Hội Chữ thập đỏ {kind}', 'Chủ tịch'],
      ],
    },
  },
  {
    key: 'giao-duc',
    cats: ['van-hoa-xa-hoi'],
    kind: 'event',
    areas: ['government', 'party'],
    event: 'buổi lễ',
    actions: [
      'nâng cao chất lượng giáo dục toàn diện',
      'đẩy mạnh phong trào khuyến học, khuyến tài',
      'đầu tư cơ sở vật chất cho trường học',
      'xây dựng trường học xanh – sạch – đẹp – an toàn',
      'chăm lo cho học sinh có hoàn cảnh khó khăn',
      'đổi mới phương pháp dạy và học',
      'chuẩn bị tốt các điều kiện cho năm học mới',
    ],
    phrase: 'sự nghiệp giáo dục và đào tạo',
    docPhrase: 'đổi mới căn bản, toàn diện giáo dục và đào tạo',
    scenes: [
      {
        event: 'lễ khai giảng',
        months: [9],
        titles: [
          'Tưng bừng khai giảng năm học mới {schoolYearNew} tại {school}',
          '{Place}: [Hơn|Gần] {ks:210000-260000/4500-6500} học sinh bước vào năm học mới {schoolYearNew}',
        ],
        leads: [
          'Sáng 05/09/{year}, trong không khí tưng bừng của ngày hội đến trường, thầy và trò {school} cùng các trường học trên địa bàn {place} long trọng tổ chức lễ khai giảng năm học mới {schoolYearNew}.',
        ],
        opening: [
          ['Sáng 05/09/{year}, {school} tổ chức lễ khai giảng năm học {schoolYearNew}.'],
          [
            'Năm học {schoolYearNew}, toàn {kind} có {ks:420-560/4-8} trường học với hơn {ks:210000-260000/4500-6500} học sinh các cấp.',
          ],
        ],
        body: [
          'Trong không khí trang trọng, các em học sinh đã đánh trống khai trường, thả những chùm bóng bay mang theo ước mơ, hoài bão của tuổi học trò.',
          'Trước ngày khai giảng, các trường đã chủ động sửa chữa phòng học, bổ sung bàn ghế, trang thiết bị, bảo đảm điều kiện dạy và học.',
        ],
        captions: [
          'Học sinh {school} trong ngày khai giảng năm học mới.',
          '{LeaderCap} đánh trống khai giảng năm học mới.',
        ],
      },
      {
        event: 'lễ tổng kết',
        months: [5, 6, 7, 8],
        titles: [
          '{Place} tổng kết năm học {schoolYear}, [triển khai nhiệm vụ năm học mới|biểu dương giáo viên, học sinh tiêu biểu]',
          'Tuyên dương [học sinh giỏi|giáo viên dạy giỏi] và học sinh đạt giải cao năm học {schoolYear}',
        ],
        leads: [
          'Năm học {schoolYear}, ngành giáo dục {place} đã hoàn thành tốt các nhiệm vụ trọng tâm; chất lượng giáo dục toàn diện được nâng lên, tỷ lệ trường đạt chuẩn quốc gia tiếp tục tăng.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {ubnd} tổ chức hội nghị tổng kết năm học {schoolYear} và tuyên dương học sinh giỏi, giáo viên tiêu biểu.',
          ],
          ['Tham dự có {leader} cùng đại diện lãnh đạo {org}.'],
        ],
        body: [
          'Năm học vừa qua, học sinh {place} đạt {ks:40-95/4-15} giải trong kỳ thi học sinh giỏi cấp {examLevel}.',
          'Tỷ lệ học sinh hoàn thành chương trình tiểu học đạt {p:99-100}; tỷ lệ học sinh tốt nghiệp trung học cơ sở đạt {p:98-99.9}.',
        ],
        captions: [
          'Trao giấy khen cho học sinh đạt thành tích cao.',
          '{LeaderCap} phát biểu tại hội nghị tổng kết năm học.',
        ],
      },
      {
        kind: 'feature',
        titles: [
          'Trao học bổng [tiếp sức đến trường|khuyến học] cho học sinh có hoàn cảnh khó khăn {home}',
          '[Nâng cao chất lượng|Đổi mới phương pháp] dạy và học ở {school}',
          'Khuyến học, khuyến tài – truyền thống đáng tự hào của người dân {placeName}',
        ],
        leads: [
          'Nhiều năm qua, công tác khuyến học, khuyến tài ở {place} được các cấp, các ngành và nhân dân quan tâm, trở thành truyền thống tốt đẹp, góp phần chắp cánh ước mơ cho nhiều thế hệ học sinh.',
          'Không chỉ chú trọng truyền đạt kiến thức, thầy cô {school} còn đổi mới phương pháp dạy học, tổ chức nhiều hoạt động trải nghiệm để mỗi giờ học thực sự là một niềm vui với học sinh.',
        ],
        opening: [
          [
            'Cùng với cả nước, ngành giáo dục {place} đang nỗ lực đổi mới, nâng cao chất lượng giáo dục toàn diện.',
            'Đến {school} vào một buổi sáng đầu tuần, chúng tôi cảm nhận rõ không khí học tập sôi nổi của cô và trò.',
          ],
        ],
        body: [
          'Dịp này, các nhà hảo tâm, doanh nghiệp đã trao {ks:300-900/20-60} suất học bổng, mỗi suất trị giá từ 1 đến 3 triệu đồng cho học sinh có hoàn cảnh khó khăn.',
          'Hội Khuyến học các cấp đã vận động xây dựng quỹ khuyến học với tổng số tiền hơn {kb:8-25/0.3-1.2}, kịp thời khen thưởng học sinh giỏi, hỗ trợ học sinh nghèo vượt khó.',
        ],
        captions: [
          'Trao học bổng cho học sinh có hoàn cảnh khó khăn.',
          'Một tiết học của cô và trò {school}.',
        ],
      },
    ],
    body: [
      'Tỷ lệ trường học đạt chuẩn quốc gia đạt {p:72-90}; cơ sở vật chất, trang thiết bị dạy học được đầu tư theo hướng chuẩn hóa, hiện đại hóa.',
      'Chương trình giáo dục phổ thông mới được triển khai đồng bộ ở tất cả các lớp, các cấp học; giáo viên chủ động đổi mới phương pháp dạy học, lấy học sinh làm trung tâm.',
      'Nhiều trường đã triển khai mô hình trường học xanh – sạch – đẹp – an toàn, tổ chức các câu lạc bộ kỹ năng sống, tiếng Anh, STEM cho học sinh.',
      'Đội ngũ nhà giáo ngày càng được chuẩn hóa; {p:95-100} giáo viên đạt chuẩn trình độ đào tạo theo quy định.',
      'Tuy nhiên, một số trường vẫn còn thiếu phòng học bộ môn, thiếu giáo viên các môn đặc thù như tin học, ngoại ngữ, âm nhạc, mỹ thuật.',
      'Công tác bảo đảm an ninh trật tự, an toàn giao thông và vệ sinh an toàn thực phẩm trong trường học được quan tâm chỉ đạo sát sao.',
      'Công tác phổ cập giáo dục, xóa mù chữ được duy trì vững chắc; tỷ lệ trẻ em trong độ tuổi đến trường đạt trên {p:99-100}.',
      'Việc ứng dụng công nghệ thông tin trong dạy học, quản lý học sinh được đẩy mạnh; phụ huynh có thể theo dõi kết quả học tập của con qua ứng dụng trên điện thoại.',
    ],
    quotes: [
      '{Student}, học sinh lớp {n:6-11}, chia sẻ: “Em rất vui khi được nhận học bổng; em sẽ cố gắng học thật giỏi để không phụ lòng thầy cô và gia đình”.',
      'Theo {orgHead}, ngành sẽ tiếp tục tập trung nâng cao chất lượng giáo dục toàn diện, chú trọng giáo dục đạo đức, lối sống và kỹ năng cho học sinh.',
    ],
    directions: [
      '{Leader} đề nghị ngành giáo dục tiếp tục đổi mới quản lý, nâng cao chất lượng đội ngũ, xây dựng môi trường giáo dục an toàn, thân thiện.',
      'Các cấp chính quyền quan tâm bố trí nguồn lực đầu tư cơ sở vật chất, bảo đảm đủ phòng học, trang thiết bị cho năm học mới.',
      'Mỗi thầy cô giáo cần thực sự là tấm gương sáng về đạo đức, tự học và sáng tạo cho học sinh noi theo.',
    ],
    subheads: ['Nâng cao chất lượng giáo dục toàn diện', 'Chắp cánh ước mơ', 'Đổi mới để phát triển'],
    tags: ['Giáo dục', 'Năm học mới', 'Khuyến học', 'Học sinh giỏi', 'Chương trình giáo dục phổ thông'],
    captions: ['Học sinh {school} trong giờ ra chơi.'],
    orgs: {
      province: [
        ['Sở Giáo dục và Đào tạo', 'Giám đốc'],
        ['Hội Khuyến học tỉnh', 'Chủ tịch'],
      ],
      local: [
        ['Phòng Văn hóa – Xã hội', 'Trưởng'],
        ['Hội Khuyến học {kind}', 'Chủ tịch'],
        ['{School}', 'Hiệu trưởng'],
      ],
    },
  },
  {
    key: 'le-hoi',
    cats: ['van-hoa-xa-hoi', 'gioi-thieu', 'tin-tuc'],
    kind: 'event',
    areas: ['government', 'party'],
    event: 'lễ hội',
    months: [1, 2, 3, 4, 8, 9, 10],
    actions: [
      'bảo tồn, phát huy giá trị di sản văn hóa',
      'tổ chức lễ hội văn minh, an toàn, tiết kiệm',
      'gìn giữ nét đẹp lễ hội truyền thống',
      'gắn bảo tồn di tích với phát triển du lịch',
      'phục dựng các nghi lễ truyền thống của làng quê',
    ],
    phrase: 'công tác bảo tồn, phát huy giá trị di sản văn hóa',
    docPhrase: 'xây dựng và phát triển văn hóa, con người Việt Nam',
    scenes: [
      {
        titles: [
          'Khai mạc {festival} năm {year}, [thu hút đông đảo người dân và du khách|gìn giữ nét đẹp văn hóa truyền thống]',
          '[Độc đáo|Sôi nổi] {festival} [ở {place}|trên quê hương {placeName}]',
          'Bảo tồn và phát huy giá trị {festival} gắn với phát triển du lịch',
          '{Festival}: [Nét đẹp văn hóa|Điểm hẹn văn hóa] của người dân {placeName}',
          'Hàng nghìn người dân và du khách về dự {festival} năm {year}',
        ],
        leads: [
          'Ngày {eventDate}, {ubnd} long trọng tổ chức khai mạc {festival} năm {year}. Lễ hội diễn ra trong {n:2-4} ngày với nhiều hoạt động văn hóa, thể thao dân gian đặc sắc, thu hút đông đảo người dân và du khách.',
          'Được tổ chức hằng năm, {festival} là dịp để người dân tưởng nhớ công đức của các bậc tiền nhân, cầu mong mưa thuận gió hòa, mùa màng bội thu, đồng thời giáo dục truyền thống cho thế hệ trẻ.',
          'Với nhiều nghi lễ truyền thống được phục dựng công phu cùng các trò chơi dân gian hấp dẫn, {festival} năm nay để lại ấn tượng đẹp trong lòng người dân và du khách thập phương.',
        ],
        opening: [
          ['Ngày {eventDate}, tại {relic}, {ubnd} tổ chức khai mạc {festival} năm {year}.'],
          [
            'Lễ hội năm nay diễn ra trong {n:2-4} ngày, gồm hai phần: phần lễ và phần hội.',
            'Theo các bậc cao niên trong làng, lễ hội đã có từ hàng trăm năm trước, gắn với truyền thuyết về vị thành hoàng có công khai khẩn đất đai, lập làng.',
          ],
        ],
      },
      {
        event: 'buổi lễ',
        titles: [
          'Đón nhận Bằng xếp hạng di tích lịch sử – văn hóa cấp tỉnh {relic}',
          '{Relic} được xếp hạng di tích lịch sử – văn hóa cấp tỉnh',
        ],
        leads: [
          'Ngày {eventDate}, {ubnd} tổ chức lễ đón nhận Bằng xếp hạng di tích lịch sử – văn hóa cấp tỉnh {relic}. Đây là niềm vinh dự, tự hào của Đảng bộ, chính quyền và nhân dân {placeName}.',
        ],
        opening: [
          [
            'Ngày {eventDate}, tại {home}, {ubnd} tổ chức lễ đón nhận Bằng xếp hạng di tích lịch sử – văn hóa cấp tỉnh {relic}.',
          ],
          ['Dự buổi lễ có {leader} cùng đông đảo người dân địa phương.'],
        ],
        captions: ['Lãnh đạo tỉnh trao Bằng xếp hạng di tích cho đại diện địa phương.'],
      },
    ],
    body: [
      'Phần lễ được tổ chức trang nghiêm với các nghi thức rước kiệu, dâng hương, tế lễ theo đúng phong tục truyền thống của địa phương.',
      'Phần hội diễn ra sôi nổi với nhiều hoạt động như đua thuyền, kéo co, đấu vật, đánh cờ người, hát dân ca, thu hút hàng nghìn lượt người tham gia cổ vũ.',
      'Đội đua thuyền của {unit} đã xuất sắc giành giải nhất sau những vòng đua đầy kịch tính trên sông Lâm.',
      '{Relic} được xây dựng từ thế kỷ XVIII, hiện còn lưu giữ nhiều hiện vật quý như sắc phong, hoành phi, câu đối và các mảng chạm khắc gỗ tinh xảo.',
      'Năm {year}, lễ hội được tổ chức với quy mô lớn hơn, có thêm không gian trưng bày, giới thiệu sản phẩm OCOP, ẩm thực truyền thống của {placeName}.',
      'Ban Tổ chức đã bố trí lực lượng bảo đảm an ninh trật tự, an toàn giao thông, vệ sinh môi trường, không để xảy ra tình trạng chèo kéo, ép giá du khách.',
      'Theo thống kê, trong những ngày diễn ra lễ hội đã có khoảng {ks:30000-80000/3000-9000} lượt người dân và du khách đến tham quan, dâng hương.',
      'Việc đặt hòm công đức, quản lý và sử dụng tiền công đức được thực hiện công khai, minh bạch, đúng quy định.',
      'Lễ hội là dịp để người dân gặp gỡ, giao lưu, thắt chặt tình làng nghĩa xóm, hướng về cội nguồn.',
      'Nhiều du khách bày tỏ ấn tượng với không gian văn hóa làng quê đậm chất truyền thống, những làn điệu dân ca mượt mà và tấm lòng hiếu khách của người dân.',
      'Đây cũng là dịp để quảng bá hình ảnh quê hương, con người {placeName} đến với bạn bè gần xa, góp phần thúc đẩy phát triển du lịch.',
    ],
    quotes: [
      '{Citizen} tâm sự: “Năm nào tôi cũng đưa con cháu đi dự lễ hội để các cháu hiểu thêm về truyền thống quê hương, biết ơn ông cha”.',
      'Phát biểu tại buổi lễ, {leader} khẳng định: “Giữ gìn lễ hội truyền thống chính là giữ gìn bản sắc, cội nguồn và niềm tự hào của quê hương”.',
    ],
    directions: [
      '{Leader} đề nghị các ngành chức năng tiếp tục phối hợp với địa phương quản lý tốt hoạt động lễ hội, bảo đảm văn minh, an toàn, tiết kiệm.',
      'Thời gian tới, {place} sẽ hoàn thiện hồ sơ đề nghị đưa {festival} vào Danh mục di sản văn hóa phi vật thể quốc gia.',
      'Cần quan tâm đầu tư tu bổ, tôn tạo di tích, đồng thời phát huy vai trò của người dân trong việc bảo vệ, giữ gìn di sản.',
    ],
    subheads: ['Nét đẹp văn hóa truyền thống', 'Sôi nổi phần hội', 'Gìn giữ di sản cho mai sau'],
    tags: ['Lễ hội truyền thống', 'Văn hóa', 'Di tích lịch sử', 'Du lịch', 'Di sản văn hóa'],
    captions: [
      'Nghi thức rước kiệu tại {festival}.',
      'Các đội thuyền tranh tài trên sông Lâm.',
      '{Relic} trong những ngày diễn ra lễ hội.',
      'Trò chơi kéo co thu hút đông đảo người dân tham gia.',
    ],
    orgs: {
      province: [
        ['Sở Văn hóa, Thể thao và Du lịch', 'Giám đốc'],
        ['Ban Quản lý di tích tỉnh', 'Trưởng'],
      ],
      local: [
        ['Phòng Văn hóa – Xã hội', 'Trưởng'],
        ['Ban Quản lý di tích {kind}', 'Trưởng'],
      ],
    },
  },
  {
    key: 'an-sinh',
    cats: ['van-hoa-xa-hoi', 'tin-tuc'],
    kind: 'event',
    areas: ['front', 'government'],
    event: 'chương trình',
    subjects: ['{place}', '{mttq}', '{ubnd}'],
    actions: [
      'chăm lo đời sống người có công, hộ nghèo',
      'chung tay xóa nhà tạm, nhà dột nát',
      'thực hiện hiệu quả mục tiêu giảm nghèo bền vững',
      'vận động ủng hộ Quỹ “Vì người nghèo”',
      'hỗ trợ sinh kế cho hộ cận nghèo',
      'thực hiện tốt các chính sách an sinh xã hội',
    ],
    phrase: 'công tác an sinh xã hội',
    docPhrase: 'bảo đảm an sinh xã hội, chăm lo đời sống người có công và hộ nghèo',
    scenes: [
      {
        event: 'buổi bàn giao',
        titles: [
          'Bàn giao nhà Đại đoàn kết cho hộ nghèo {home}',
          'Chung tay xóa nhà tạm, nhà dột nát [trên địa bàn|tại] {place}',
          '{Mttq} [trao|bàn giao] nhà Đại đoàn kết, [mang mái ấm đến hộ nghèo|sẻ chia khó khăn với người dân]',
        ],
        leads: [
          'Ngày {eventDate}, {mttq} phối hợp với {org} tổ chức bàn giao nhà Đại đoàn kết cho gia đình {person}, hộ nghèo ở {home}. Ngôi nhà có tổng trị giá {n:80-150} triệu đồng, trong đó phần lớn kinh phí được hỗ trợ từ Quỹ “Vì người nghèo”.',
          'Thực hiện chủ trương không để người dân nào không có nhà ở an toàn, thời gian qua {place} đã huy động mọi nguồn lực, chung tay xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo và gia đình chính sách.',
        ],
        opening: [
          ['Ngày {eventDate}, {mttq} tổ chức bàn giao nhà Đại đoàn kết cho hộ nghèo tại {home}.'],
          [
            'Ngôi nhà mới được xây dựng kiên cố, diện tích khoảng {n:40-60} m², có đầy đủ công trình phụ, đáp ứng tiêu chí “3 cứng” về nền, khung – tường, mái.',
          ],
        ],
        quotes: [
          'Nghẹn ngào trong ngày nhận nhà mới, {citizen} nói: “Cả đời tôi chưa dám nghĩ sẽ có được ngôi nhà khang trang như thế này; tôi cảm ơn Đảng, chính quyền và bà con lối xóm rất nhiều”.',
        ],
        captions: [
          'Lãnh đạo {kind} trao quyết định bàn giao nhà Đại đoàn kết cho hộ nghèo.',
          'Ngôi nhà mới của một hộ nghèo tại {home}.',
        ],
      },
      {
        event: 'chương trình thăm, tặng quà',
        titles: [
          'Trao {ks:300-900/40-120} suất quà cho hộ nghèo, gia đình chính sách {place} nhân dịp {occasion}',
          '{LeaderTitled} thăm, tặng quà gia đình chính sách nhân dịp {occasion}',
          'Ấm áp nghĩa tình trong những phần quà dịp {occasion} ở {place}',
        ],
        leads: [
          'Nhân dịp {occasion}, {leader} đã đến thăm, tặng quà các gia đình chính sách, người có công với cách mạng và hộ có hoàn cảnh khó khăn trên địa bàn {place}.',
        ],
        opening: [
          ['Ngày {eventDate}, {leader} đã đến thăm, tặng quà các gia đình chính sách tại {home}.'],
          ['Cùng đi có đại diện lãnh đạo {org} và {org2}.'],
        ],
        captions: [
          '{LeaderCap} thăm, tặng quà gia đình chính sách tại {home}.',
          'Trao quà cho người có công với cách mạng.',
        ],
      },
    ],
    body: [
      'Trong {period}, {mttq} đã vận động Quỹ “Vì người nghèo” được hơn {kb:12-40/0.4-1.5}, hỗ trợ xây mới và sửa chữa {ks:300-700/8-25} căn nhà cho hộ nghèo, hộ có hoàn cảnh khó khăn.',
      'Các chính sách đối với người có công được thực hiện đầy đủ, kịp thời; 100% gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.',
      'Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giảm còn {p:1-3}, hộ cận nghèo còn {p:2-5}.',
      'Dịp này, các đơn vị, doanh nghiệp, nhà hảo tâm đã trao tặng {ks:2000-6000/80-300} suất quà, mỗi suất trị giá từ {n:500-800} nghìn đồng đến {n:1-2} triệu đồng.',
      'Nhiều hộ nghèo được vay vốn ưu đãi từ Ngân hàng Chính sách xã hội để phát triển sản xuất, chăn nuôi, từng bước vươn lên thoát nghèo bền vững.',
      'Các hoạt động thăm hỏi, tặng quà được tổ chức chu đáo, trang trọng, đúng đối tượng, thể hiện đạo lý “Uống nước nhớ nguồn” của dân tộc.',
      'Công tác chăm sóc, tu bổ nghĩa trang liệt sĩ, nhà bia tưởng niệm được các địa phương, đoàn viên thanh niên thực hiện thường xuyên.',
      'Ngoài tiền và quà, nhiều hộ còn được hỗ trợ cây giống, con giống, hướng dẫn cách làm ăn để ổn định cuộc sống lâu dài.',
      'Chương trình hỗ trợ xóa nhà tạm, nhà dột nát trên địa bàn đã hoàn thành trước thời hạn, với tổng kinh phí gần {kb:60-180/1.5-5}.',
      'Từ sự chung tay của cả cộng đồng, nhiều gia đình đã có mái ấm vững chãi, yên tâm lao động, sản xuất.',
    ],
    quotes: [
      '{Leader} bày tỏ: “Chăm lo cho người có công, người nghèo là trách nhiệm và tình cảm của cấp ủy, chính quyền và toàn xã hội”.',
      '{Citizen} xúc động chia sẻ: “Được lãnh đạo quan tâm, thăm hỏi, gia đình tôi thấy ấm lòng, có thêm động lực để vượt qua khó khăn”.',
    ],
    directions: [
      '{Leader} đề nghị các cấp, các ngành tiếp tục quan tâm, chăm lo tốt hơn nữa đời sống vật chất, tinh thần của gia đình chính sách, hộ nghèo.',
      'Các địa phương cần rà soát chặt chẽ đối tượng thụ hưởng, bảo đảm hỗ trợ đúng người, đúng chính sách, công khai, minh bạch.',
      '{Mttq} tiếp tục phát huy vai trò nòng cốt trong vận động các nguồn lực xã hội cho công tác giảm nghèo bền vững.',
    ],
    subheads: ['Mái ấm nghĩa tình', 'Không để ai bị bỏ lại phía sau', 'Uống nước nhớ nguồn'],
    tags: [
      'An sinh xã hội',
      'Nhà Đại đoàn kết',
      'Giảm nghèo bền vững',
      'Người có công',
      'Quỹ Vì người nghèo',
    ],
    captions: ['Đoàn viên thanh niên dọn dẹp, chăm sóc nghĩa trang liệt sĩ.'],
    orgs: {
      province: [
        ['Sở Nội vụ', 'Giám đốc'],
        ['Hội Chữ thập đỏ tỉnh', 'Chủ tịch'],
        ['Chi nhánh Ngân hàng Chính sách xã hội tỉnh', 'Giám đốc'],
      ],
      local: [
        ['Phòng Văn hóa – Xã hội', 'Trưởng'],
        ['Hội Cựu chiến binh {kind}', 'Chủ tịch'],
      ],
    },
  },
  {
    key: 'thien-tai',
    cats: ['quoc-phong-an-ninh', 'tin-tuc'],
    kind: 'meeting',
    areas: ['government'],
    event: 'hội nghị',
    actions: [
      'chủ động ứng phó với mưa lũ',
      'rà soát khu vực có nguy cơ sạt lở đất',
      'bảo đảm an toàn hồ đập trong mùa mưa bão',
      'nâng cao năng lực phòng thủ dân sự',
      'khắc phục hậu quả thiên tai, ổn định đời sống người dân',
      'kiện toàn lực lượng xung kích phòng, chống thiên tai',
    ],
    phrase: 'công tác phòng, chống thiên tai và tìm kiếm cứu nạn',
    docPhrase: 'phòng, chống thiên tai và tìm kiếm cứu nạn',
    scenes: [
      {
        months: [2, 3, 4, 5],
        titles: [
          '[Triển khai|Tổng kết] công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {year}',
          '{Place} chủ động phòng, chống thiên tai [từ sớm, từ xa|theo phương châm “bốn tại chỗ”]',
          'Phương châm “bốn tại chỗ” [phát huy hiệu quả|được triển khai nghiêm túc] ở {place}',
        ],
        leads: [
          'Ngày {eventDate}, {ubnd} tổ chức hội nghị tổng kết công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {prevYear}, triển khai nhiệm vụ năm {year} trong bối cảnh thời tiết được dự báo tiếp tục diễn biến phức tạp.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {ubnd} tổ chức hội nghị triển khai công tác phòng, chống thiên tai và tìm kiếm cứu nạn năm {year}.',
          ],
          ['{Leader} chủ trì hội nghị.'],
        ],
        body: [
          'Năm {prevYear}, thiên tai đã làm thiệt hại về tài sản ước khoảng {kb:150-600/3-15}; nhờ chủ động phòng tránh nên không có thiệt hại về người.',
          'Hệ thống cảnh báo sớm được lắp đặt tại {n:12-40} điểm có nguy cơ ngập lụt, sạt lở, giúp người dân chủ động di chuyển khi có mưa lớn.',
        ],
        captions: [
          'Quang cảnh hội nghị triển khai công tác phòng, chống thiên tai.',
          'Diễn tập cứu hộ, cứu nạn trên sông Lâm.',
        ],
      },
      {
        kind: 'event',
        event: 'đợt ứng phó',
        months: [8, 9, 10, 11],
        titles: [
          '{Place} chủ động [ứng phó với bão số {n:3-9}|ứng phó mưa lớn, lũ quét và sạt lở đất]',
          'Khẩn trương khắc phục hậu quả mưa lũ, sớm ổn định đời sống nhân dân {home}',
          'Sơ tán hàng trăm hộ dân khỏi vùng nguy cơ sạt lở ở {place}',
        ],
        leads: [
          'Trước diễn biến phức tạp của mưa lớn kéo dài, ngày {eventDate}, {leader} đã chủ trì cuộc họp khẩn với Ban Chỉ huy Phòng thủ dân sự {kind} để triển khai các biện pháp ứng phó.',
          'Thực hiện phương châm “bốn tại chỗ”, các lực lượng chức năng ở {place} đã khẩn trương sơ tán người dân khỏi vùng nguy hiểm, gia cố đê điều, hồ đập, bảo đảm an toàn tính mạng và tài sản của nhân dân.',
        ],
        opening: [
          [
            'Từ đêm {eventPrev} đến sáng {eventDate}, trên địa bàn {place} xảy ra mưa to đến rất to, lượng mưa phổ biến từ {n:150-220} đến {n:250-380} mm.',
          ],
          [
            'Ngay sau khi nhận được thông tin cảnh báo, Ban Chỉ huy Phòng thủ dân sự {kind} đã ban hành công điện chỉ đạo các địa phương chủ động ứng phó.',
          ],
        ],
        body: [
          'Mưa lớn đã làm {n:12-60} nhà dân bị tốc mái, hư hỏng; khoảng {ks:800-2500/30-120} ha lúa và hoa màu bị ngập úng; nhiều tuyến đường giao thông bị sạt lở cục bộ.',
          'Chính quyền địa phương đã tổ chức sơ tán {ks:300-1200/20-80} hộ dân ở vùng trũng thấp, ven sông và khu vực có nguy cơ sạt lở đến nơi an toàn.',
          'Lực lượng quân sự, công an, dân quân và đoàn viên thanh niên đã có mặt kịp thời, giúp người dân di dời tài sản, gia cố nhà cửa.',
          'Ngay khi nước rút, các lực lượng đã huy động hàng trăm người, phương tiện để dọn dẹp bùn đất, vệ sinh môi trường, phun thuốc khử trùng.',
          '{Ubnd} đã trích ngân sách hỗ trợ khẩn cấp cho các hộ bị thiệt hại với tổng số tiền {m:150-1800}.',
        ],
        quotes: [
          '{Citizen} cho biết: “Nước lên nhanh lắm, may có các anh bộ đội, dân quân đến giúp chuyển đồ đạc, đưa người già, trẻ nhỏ đi sơ tán kịp thời”.',
        ],
        captions: [
          'Lực lượng chức năng giúp người dân {home} di dời tài sản đến nơi an toàn.',
          'Một tuyến đường tại {home} bị ngập sâu sau mưa lớn.',
          'Dân quân giúp người dân dọn dẹp nhà cửa sau lũ.',
        ],
      },
    ],
    body: [
      'Các hồ chứa thủy lợi được vận hành đúng quy trình; các điểm xung yếu trên hệ thống đê điều được kiểm tra, có phương án bảo vệ cụ thể.',
      'Các địa phương đã chuẩn bị đầy đủ vật tư, phương tiện, lương thực, thực phẩm, nước uống và thuốc men theo phương châm “bốn tại chỗ”.',
      'Công tác tuyên truyền kỹ năng phòng tránh thiên tai được đẩy mạnh, nhất là ở các thôn ven sông, vùng núi.',
      'Lực lượng xung kích phòng, chống thiên tai ở cơ sở được kiện toàn, tập huấn nghiệp vụ và trang bị phao cứu sinh, nhà bạt, máy phát điện.',
      'Bản đồ các khu vực có nguy cơ ngập lụt, sạt lở đất được cập nhật, công khai để người dân biết và chủ động phòng tránh.',
    ],
    quotes: [
      '{Leader} nhấn mạnh: “Tuyệt đối không được chủ quan, lơ là; phải đặt an toàn tính mạng của người dân lên trên hết, trước hết”.',
    ],
    directions: [
      '{Leader} yêu cầu các địa phương tổ chức trực ban nghiêm túc 24/24 giờ, theo dõi chặt chẽ diễn biến thời tiết, kịp thời thông tin đến người dân.',
      'Kiên quyết di dời người dân ra khỏi khu vực nguy hiểm; bố trí lực lượng canh gác tại các ngầm tràn, đoạn đường ngập sâu.',
      'Sau mưa lũ, khẩn trương thống kê thiệt hại, hỗ trợ người dân khôi phục sản xuất, sớm ổn định cuộc sống.',
    ],
    subheads: [
      'Chủ động từ sớm, từ xa',
      'Sẵn sàng lực lượng, phương tiện',
      'Khắc phục hậu quả, ổn định đời sống',
    ],
    tags: ['Phòng chống thiên tai', 'Mưa lũ', 'Tìm kiếm cứu nạn', 'Bốn tại chỗ', 'Sạt lở đất'],
    captions: ['{LeaderCap} kiểm tra công tác ứng phó tại điểm xung yếu.'],
    orgs: {
      province: [
        ['Bộ Chỉ huy Quân sự tỉnh', 'Chỉ huy trưởng'],
        ['Sở Nông nghiệp và Môi trường', 'Giám đốc'],
      ],
      local: [
        ['Ban Chỉ huy Quân sự {kind}', 'Chỉ huy trưởng'],
        ['Công an {kind}', 'Trưởng'],
      ],
    },
  },
  {
    key: 'an-ninh-trat-tu',
    cats: ['quoc-phong-an-ninh'],
    kind: 'feature',
    areas: ['government', 'party'],
    event: 'hội nghị',
    subjects: ['{place}', 'Công an {kind}', '{home}'],
    actions: [
      'tăng cường tuần tra, kiểm soát địa bàn',
      'đấu tranh, trấn áp các loại tội phạm',
      'phòng ngừa lừa đảo trên không gian mạng',
      'xây dựng khu dân cư an toàn về an ninh, trật tự',
      'nhân rộng mô hình tự quản về an ninh, trật tự',
      'kiềm chế tai nạn giao thông',
      'giữ vững bình yên ở khu dân cư',
    ],
    phrase: 'công tác bảo đảm an ninh, trật tự',
    docPhrase: 'tăng cường công tác bảo đảm an ninh, trật tự ở cơ sở',
    scenes: [
      {
        titles: [
          'Phát huy sức mạnh toàn dân [bảo vệ an ninh Tổ quốc|trong phòng, chống tội phạm] ở {place}',
          'Mô hình [“Camera an ninh”|“Tổ tự quản an ninh trật tự”|“Khu dân cư an toàn”] phát huy hiệu quả ở {home}',
          'Ngày hội toàn dân bảo vệ an ninh Tổ quốc tại {home}',
          'Tăng cường tuần tra, kiểm soát, bảo đảm trật tự an toàn giao thông [dịp cuối năm|trên địa bàn {place}]',
          'Công an {kind} [triệt phá|bắt giữ] nhóm đối tượng [đánh bạc|trộm cắp tài sản|cho vay lãi nặng] trên địa bàn',
        ],
        leads: [
          '{Since}, phong trào toàn dân bảo vệ an ninh Tổ quốc ở {place} được triển khai sâu rộng với nhiều mô hình tự quản hiệu quả, góp phần giữ vững ổn định chính trị, bảo đảm trật tự an toàn xã hội từ cơ sở.',
          'Từ đầu năm đến nay, Công an {kind} đã triển khai đồng bộ các biện pháp tấn công, trấn áp tội phạm, kiềm chế sự gia tăng của tội phạm và tai nạn giao thông, tạo môi trường bình yên cho nhân dân.',
        ],
        opening: [
          [
            'Những ngày này, các tổ tuần tra nhân dân ở {home} vẫn đều đặn đi tuần vào ban đêm, góp phần giữ bình yên cho xóm làng.',
            'Theo {orgHead}, trong {period}, tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn cơ bản ổn định.',
            'Xác định bảo đảm an ninh, trật tự là nhiệm vụ trọng yếu, thường xuyên, thời gian qua {partyCom} và chính quyền {place} đã lãnh đạo, chỉ đạo quyết liệt.',
          ],
        ],
      },
      {
        titles: [
          'Cảnh báo [thủ đoạn lừa đảo qua mạng|tình trạng giả danh cơ quan nhà nước để lừa đảo], người dân cần cảnh giác',
          'Người dân {place} [cần cảnh giác|nâng cao cảnh giác] trước các thủ đoạn lừa đảo trên không gian mạng',
        ],
        leads: [
          'Thời gian gần đây, trên địa bàn {place} xuất hiện tình trạng các đối tượng giả danh cán bộ cơ quan nhà nước gọi điện, nhắn tin yêu cầu người dân cung cấp thông tin cá nhân, chuyển tiền để chiếm đoạt tài sản.',
        ],
        opening: [
          [
            'Theo {orgHead}, từ đầu năm đến nay, cơ quan công an đã tiếp nhận {ks:60-180/3-12} tin báo liên quan đến lừa đảo chiếm đoạt tài sản qua mạng.',
          ],
        ],
        body: [
          'Các đối tượng thường lợi dụng mạng xã hội để giả danh cán bộ ngân hàng, bưu điện, công an, dụ dỗ người dân cài đặt ứng dụng lạ nhằm chiếm đoạt tài sản.',
          'Công an {kind} đã phối hợp với các đoàn thể tổ chức tuyên truyền, hướng dẫn người dân nhận diện thủ đoạn lừa đảo trên không gian mạng.',
        ],
        quotes: [
          '{OrgHead} khuyến cáo: “Cơ quan công an không làm việc qua điện thoại, không yêu cầu người dân chuyển tiền; khi có nghi vấn, người dân cần báo ngay cho công an nơi gần nhất”.',
        ],
        captions: ['Cán bộ công an tuyên truyền cho người dân cách nhận diện thủ đoạn lừa đảo.'],
      },
    ],
    body: [
      'Lực lượng công an đã điều tra, làm rõ {ks:280-520/8-20} vụ phạm pháp hình sự, đạt tỷ lệ {p:85-94}, trong đó các vụ án rất nghiêm trọng, đặc biệt nghiêm trọng đều được điều tra làm rõ.',
      'Toàn {kind} hiện có {ks:1800-2600/12-25} tổ an ninh tự quản, {ks:900-1400/9-15} tổ tuần tra nhân dân với hàng nghìn thành viên tham gia.',
      'Mô hình “Camera an ninh” đã lắp đặt {ks:3500-7200/80-180} camera tại các tuyến đường, ngã ba, ngã tư, giúp lực lượng chức năng phát hiện, xử lý nhiều vụ việc.',
      'Công tác tuần tra, kiểm soát, xử lý vi phạm trật tự an toàn giao thông được tăng cường; tai nạn giao thông giảm cả ba tiêu chí so với cùng kỳ.',
      'Người dân đã cung cấp cho cơ quan công an {ks:600-1300/15-40} nguồn tin có giá trị về tội phạm và vi phạm pháp luật.',
      'Việc tổ chức Ngày hội toàn dân bảo vệ an ninh Tổ quốc với nhiều hoạt động phong phú đã tạo sức lan tỏa mạnh mẽ trong nhân dân.',
      'Tình trạng tụ tập, gây rối trật tự công cộng, đua xe trái phép cơ bản được kiềm chế; nhiều tụ điểm phức tạp đã được xóa bỏ.',
      'Lực lượng công an cơ sở bám địa bàn, nắm chắc tình hình, giải quyết kịp thời các mâu thuẫn, tranh chấp ngay từ khi mới phát sinh.',
    ],
    quotes: [
      '{Citizen} chia sẻ: “Từ khi có camera và tổ tuần tra, xóm tôi yên bình hẳn, không còn tình trạng mất trộm vặt như trước”.',
    ],
    directions: [
      'Thời gian tới, lực lượng công an tiếp tục tham mưu cho cấp ủy, chính quyền triển khai đồng bộ các giải pháp bảo đảm an ninh, trật tự từ cơ sở.',
      'Các tổ chức đoàn thể tăng cường tuyên truyền, vận động nhân dân nâng cao cảnh giác, tích cực tố giác tội phạm.',
      'Đồng thời nhân rộng các mô hình tự quản hiệu quả, xây dựng khu dân cư an toàn về an ninh, trật tự.',
    ],
    subheads: ['Thế trận lòng dân vững chắc', 'Bình yên từ cơ sở', 'Nâng cao cảnh giác'],
    tags: [
      'An ninh trật tự',
      'Phòng chống tội phạm',
      'Toàn dân bảo vệ an ninh Tổ quốc',
      'An toàn giao thông',
      'Lừa đảo trực tuyến',
    ],
    captions: [
      'Tổ tuần tra nhân dân {home} tuần tra ban đêm.',
      'Lực lượng chức năng kiểm tra hành chính phương tiện giao thông.',
      'Hệ thống camera an ninh được lắp đặt tại {home}.',
    ],
    orgs: {
      province: [
        ['Công an tỉnh', 'Giám đốc'],
        ['Phòng Cảnh sát hình sự Công an tỉnh', 'Trưởng'],
      ],
      local: [['Công an {kind}', 'Trưởng']],
    },
  },
  {
    key: 'quoc-phong',
    cats: ['quoc-phong-an-ninh'],
    kind: 'event',
    areas: ['party', 'government'],
    event: 'buổi lễ',
    subjects: ['{place}', '{org}'],
    actions: [
      'nâng cao chất lượng huấn luyện dân quân',
      'làm tốt công tác tuyển quân năm {year}',
      'xây dựng khu vực phòng thủ vững chắc',
      'chăm lo hậu phương quân đội',
      'tăng cường giáo dục quốc phòng và an ninh cho cán bộ, đảng viên',
    ],
    phrase: 'công tác quân sự, quốc phòng địa phương',
    docPhrase: 'xây dựng nền quốc phòng toàn dân gắn với thế trận an ninh nhân dân',
    scenes: [
      {
        event: 'lễ giao nhận quân',
        months: [2, 3],
        titles: [
          '{Place} tổ chức lễ giao nhận quân năm {year}',
          '[Rộn ràng|Trang trọng] ngày hội tòng quân ở {place}',
          'Tuổi trẻ {placeName} hăng hái lên đường [nhập ngũ|bảo vệ Tổ quốc]',
        ],
        leads: [
          'Sáng ngày {eventDate}, trong không khí trang trọng, phấn khởi, {place} tổ chức lễ giao nhận quân năm {year}. {ks:1300-1900/22-45} thanh niên ưu tú đã lên đường làm nhiệm vụ bảo vệ Tổ quốc.',
          'Năm {year}, công tác tuyển chọn và gọi công dân nhập ngũ ở {place} được thực hiện công khai, dân chủ, đúng luật; chất lượng tân binh được nâng lên, nhiều thanh niên có trình độ cao đẳng, đại học tình nguyện nhập ngũ.',
        ],
        opening: [
          ['Sáng ngày {eventDate}, {place} tổ chức lễ giao nhận quân năm {year}.'],
          [
            'Ngay từ sáng sớm, đông đảo người dân, thân nhân tân binh đã có mặt tại hội trường để động viên, tiễn con em lên đường nhập ngũ.',
          ],
        ],
        body: [
          'Năm nay, {place} giao {ks:1300-1900/22-45} tân binh cho các đơn vị quân đội và công an, đạt 100% chỉ tiêu, bảo đảm chất lượng, đúng thời gian quy định.',
          'Trong số tân binh nhập ngũ, có {p:8-16} có trình độ cao đẳng, đại học; {p:3-7} là đảng viên.',
          'Tại buổi lễ, đại diện tân binh đã hứa quyết tâm rèn luyện, phấn đấu, hoàn thành xuất sắc nhiệm vụ, xứng đáng với truyền thống quê hương.',
          'Các tân binh được chính quyền, đoàn thể địa phương tặng quà, động viên; gia đình có con em nhập ngũ được hưởng đầy đủ chế độ, chính sách theo quy định.',
        ],
        quotes: [
          'Tân binh {recruit} bày tỏ: “Được lên đường nhập ngũ là niềm vinh dự, tự hào của tôi và gia đình; tôi hứa sẽ rèn luyện thật tốt để không phụ lòng mong mỏi của quê hương”.',
          'Phát biểu tại buổi lễ, {leader} căn dặn các tân binh phát huy truyền thống quê hương, tích cực học tập, rèn luyện, chấp hành nghiêm kỷ luật quân đội.',
        ],
        captions: [
          'Tân binh {place} sẵn sàng lên đường nhập ngũ.',
          '{LeaderCap} tặng hoa, động viên tân binh.',
          'Người thân tiễn tân binh lên đường nhập ngũ.',
        ],
      },
      {
        event: 'cuộc diễn tập',
        months: [6, 7, 8, 9, 10, 11],
        titles: [
          '{Place} diễn tập {drill} năm {year} [đạt kết quả tốt|thành công tốt đẹp]',
          '[Huấn luyện|Ra quân huấn luyện] lực lượng dân quân năm {year} [sát thực tế|đạt chất lượng cao]',
          'Bồi dưỡng kiến thức quốc phòng và an ninh cho cán bộ chủ chốt {place}',
        ],
        leads: [
          'Thực hiện kế hoạch của cấp trên, từ ngày {eventStart} đến ngày {eventDate}, {place} tổ chức diễn tập {drill} năm {year}, sát với tình huống thực tế, bảo đảm an toàn tuyệt đối về người và phương tiện.',
        ],
        opening: [
          ['Từ ngày {eventStart} đến ngày {eventDate}, {place} tổ chức diễn tập {drill} năm {year}.'],
          [
            'Cuộc diễn tập có sự tham gia của lực lượng quân sự, công an, dân quân và các ban, ngành, đoàn thể.',
          ],
        ],
        body: [
          'Cuộc diễn tập đã kiểm nghiệm quy trình lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền trong xử lý các tình huống về quốc phòng, an ninh.',
          'Các lực lượng tham gia diễn tập đã thực hiện tốt các nội dung như chuyển trạng thái sẵn sàng chiến đấu, xử trí tình huống phòng, chống cháy rừng, cứu hộ, cứu nạn.',
        ],
        captions: [
          'Lực lượng dân quân thực hành xử trí tình huống trong diễn tập.',
          '{LeaderCap} phát biểu tại lễ bế mạc diễn tập.',
          'Các lực lượng tham gia diễn tập thông qua phương án tác chiến.',
        ],
      },
    ],
    body: [
      'Lực lượng dân quân được xây dựng vững mạnh, rộng khắp; công tác huấn luyện được duy trì nền nếp, bảo đảm thời gian, nội dung, chất lượng.',
      'Công tác giáo dục quốc phòng và an ninh được thực hiện đầy đủ, đúng đối tượng; trong {period} đã bồi dưỡng cho {ks:1500-3200/40-90} lượt cán bộ, đảng viên.',
      'Việc kết hợp phát triển kinh tế – xã hội với củng cố quốc phòng, an ninh được quan tâm, góp phần xây dựng khu vực phòng thủ ngày càng vững chắc.',
      'Hậu phương quân đội được chăm lo chu đáo; các chính sách đối với quân nhân xuất ngũ trở về địa phương được thực hiện kịp thời.',
      'Công tác đăng ký, quản lý công dân trong độ tuổi sẵn sàng nhập ngũ được thực hiện chặt chẽ, đúng luật.',
    ],
    quotes: [],
    directions: [
      '{Leader} yêu cầu các cơ quan quân sự địa phương làm tốt công tác chuẩn bị nguồn, bảo đảm tuyển quân năm sau đạt chỉ tiêu, chất lượng.',
      'Tiếp tục xây dựng lực lượng dân quân vững mạnh, rộng khắp, sẵn sàng chiến đấu và phục vụ chiến đấu trong mọi tình huống.',
      'Làm tốt công tác hậu phương quân đội, tạo điều kiện để quân nhân hoàn thành nghĩa vụ trở về địa phương ổn định cuộc sống, lập nghiệp.',
    ],
    subheads: ['Sẵn sàng lên đường', 'Vững chắc thế trận quốc phòng toàn dân', 'Hậu phương vững chắc'],
    tags: ['Quốc phòng', 'Giao nhận quân', 'Dân quân', 'Diễn tập', 'Nghĩa vụ quân sự'],
    captions: [],
    orgs: {
      province: [
        ['Bộ Chỉ huy Quân sự tỉnh', 'Chỉ huy trưởng'],
        ['Bộ Chỉ huy Bộ đội Biên phòng tỉnh', 'Chỉ huy trưởng'],
      ],
      local: [['Ban Chỉ huy Quân sự {kind}', 'Chỉ huy trưởng']],
    },
  },
  {
    key: 'du-lich',
    cats: ['kinh-te', 'gioi-thieu', 'van-hoa-xa-hoi'],
    kind: 'feature',
    areas: ['government'],
    event: 'chương trình',
    actions: [
      'phát triển du lịch cộng đồng',
      'đa dạng hóa sản phẩm du lịch',
      'quảng bá điểm đến {spot}',
      'nâng cao chất lượng dịch vụ du lịch',
      'thu hút khách du lịch dịp cuối tuần',
      'gắn phát triển du lịch với nông nghiệp sinh thái',
    ],
    phrase: 'hoạt động phát triển du lịch',
    docPhrase: 'phát triển du lịch trở thành ngành kinh tế mũi nhọn',
    scenes: [
      {
        titles: [
          'Khám phá {spot}, điểm đến hấp dẫn của {place}',
          'Du lịch cộng đồng [mở hướng đi mới|giúp người dân tăng thu nhập] ở {home}',
          '{Place} đón {ks:450000-1200000/12000-40000} lượt khách du lịch trong {period}',
          'Phát triển du lịch [xanh|nông nghiệp, nông thôn] gắn với bảo tồn bản sắc văn hóa {placeName}',
          'Về {spot} trải nghiệm không gian làng quê yên bình',
          'Nâng cao chất lượng dịch vụ, thu hút du khách đến với {place}',
        ],
        leads: [
          'Sở hữu cảnh quan thiên nhiên tươi đẹp cùng bề dày văn hóa, lịch sử, {place} đang từng bước khẳng định sức hút với du khách; nhiều sản phẩm du lịch mới được hình thành, góp phần tăng thu nhập cho người dân.',
          'Nằm cách trung tâm tỉnh khoảng {n:8-35} km, {spot} với khung cảnh thơ mộng, không khí trong lành đang trở thành điểm đến được nhiều du khách lựa chọn vào dịp cuối tuần.',
          'Trong {period}, hoạt động du lịch ở {place} tiếp tục khởi sắc; lượng khách và doanh thu đều tăng khá so với cùng kỳ, nhiều sự kiện văn hóa, thể thao, du lịch được tổ chức thu hút đông đảo du khách.',
        ],
        opening: [
          [
            'Đến {spot} vào những ngày cuối tuần, du khách sẽ được hòa mình vào không gian xanh mát, yên bình.',
            'Từ một vùng quê thuần nông, {home} nay đã trở thành điểm du lịch cộng đồng được nhiều người biết đến.',
            'Những năm gần đây, du lịch đã trở thành một trong những ngành kinh tế quan trọng của {place}.',
          ],
        ],
      },
    ],
    body: [
      'Du khách có thể tham gia trải nghiệm cấy lúa, đánh bắt cá, làm bánh truyền thống cùng người dân, thưởng thức các món ăn dân dã đậm hương vị quê nhà.',
      'Hiện địa phương có {ks:25-60/3-8} hộ dân tham gia làm du lịch cộng đồng, đón khách lưu trú tại nhà, thu nhập tăng gấp {n:2-3} lần so với trước.',
      'Trong {period}, lượng khách đến {place} ước đạt {ks:450000-1200000/12000-40000} lượt, tăng {p:12-28} so với cùng kỳ; tổng doanh thu từ du lịch ước đạt {kb:900-2800/4-30}.',
      'Hạ tầng du lịch được quan tâm đầu tư, nhiều tuyến đường kết nối đến các điểm du lịch đã được nâng cấp, mở rộng.',
      'Các cơ sở lưu trú, nhà hàng không ngừng nâng cao chất lượng phục vụ; nhiều homestay được thiết kế hài hòa với cảnh quan tự nhiên.',
      'Công tác quảng bá, xúc tiến du lịch được đẩy mạnh trên các nền tảng số; nhiều video giới thiệu về {spot} thu hút hàng trăm nghìn lượt xem.',
      'Địa phương đã tổ chức lớp tập huấn kỹ năng làm du lịch, ngoại ngữ giao tiếp cơ bản cho người dân tham gia cung cấp dịch vụ.',
      'Các sản phẩm OCOP như bưởi, chè, mật ong, nước mắm được bày bán tại các điểm du lịch, trở thành món quà được du khách ưa chuộng.',
      'Việc giữ gìn vệ sinh môi trường, cảnh quan được người dân thực hiện tự giác; không có tình trạng chèo kéo, nâng giá dịch vụ.',
      'Tuy vậy, sản phẩm du lịch vẫn còn đơn điệu, thiếu các khu vui chơi, giải trí về đêm để giữ chân du khách lưu trú dài ngày.',
      'Buổi chiều, du khách có thể ngồi thuyền dọc sông Lâm ngắm hoàng hôn, nghe các nghệ nhân hát dân ca, kể chuyện về sự tích làng quê.',
    ],
    quotes: [
      '{Visitor} chia sẻ: “Không khí ở đây rất trong lành, người dân thân thiện, đồ ăn ngon; chắc chắn tôi sẽ quay lại cùng gia đình”.',
      'Theo {orgHead}, địa phương sẽ tiếp tục đa dạng hóa sản phẩm, liên kết với các đơn vị lữ hành để đưa {spot} vào các tour du lịch của vùng.',
    ],
    directions: [
      'Thời gian tới, {place} tập trung phát triển các sản phẩm du lịch đặc trưng, gắn với nông nghiệp sinh thái và văn hóa truyền thống.',
      'Đồng thời, khuyến khích các thành phần kinh tế đầu tư vào lĩnh vực du lịch, nâng cao chất lượng nguồn nhân lực.',
      'Đẩy mạnh chuyển đổi số trong quảng bá, xúc tiến du lịch; xây dựng bản đồ du lịch số để du khách dễ dàng tra cứu thông tin.',
    ],
    subheads: ['Tiềm năng còn nhiều', 'Người dân làm du lịch', 'Đa dạng hóa sản phẩm'],
    tags: ['Du lịch', 'Du lịch cộng đồng', 'Điểm đến', 'Homestay', 'Xúc tiến du lịch'],
    captions: [
      'Du khách tham quan {spot}.',
      'Du khách trải nghiệm cấy lúa cùng người dân {home}.',
      'Một homestay tại {home} được thiết kế hài hòa với cảnh quan.',
      'Toàn cảnh {spot} nhìn từ trên cao.',
    ],
    orgs: {
      province: [
        ['Sở Văn hóa, Thể thao và Du lịch', 'Giám đốc'],
        ['Trung tâm Xúc tiến đầu tư, Thương mại và Du lịch tỉnh', 'Giám đốc'],
      ],
      local: [
        ['Phòng Văn hóa – Xã hội', 'Trưởng'],
        ['Hợp tác xã Du lịch cộng đồng {placeName}', 'Giám đốc'],
      ],
    },
  },
  {
    key: 'do-thi',
    cats: ['kinh-te', 'tin-tuc', 'van-hoa-xa-hoi', 'cai-cach-hanh-chinh'],
    kinds: ['ward'],
    kind: 'feature',
    areas: ['government'],
    event: 'buổi ra quân',
    actions: [
      'lập lại trật tự vỉa hè, lòng đường',
      'chỉnh trang đô thị, phát triển cây xanh',
      'nhân rộng mô hình phân loại rác tại nguồn',
      'siết chặt quản lý trật tự xây dựng',
      'xây dựng tuyến phố văn minh',
      'giữ gìn vệ sinh môi trường đô thị',
    ],
    phrase: 'công tác xây dựng đô thị văn minh',
    docPhrase: 'quản lý trật tự xây dựng và xây dựng đô thị văn minh',
    scenes: [
      {
        titles: [
          'Xây dựng tuyến phố văn minh ở {home}',
          'Chỉnh trang đô thị, [tạo diện mạo mới cho|nâng cao chất lượng sống ở] {place}',
          'Phân loại rác tại nguồn: [Chuyển biến từ nhận thức đến hành động|Khi người dân cùng vào cuộc] ở {home}',
          'Nâng cao hiệu quả quản lý trật tự xây dựng trên địa bàn {place}',
        ],
        leads: [
          '{Since}, {place} đã tập trung chỉnh trang đô thị, lập lại trật tự vỉa hè, lòng đường, phát triển cây xanh, chiếu sáng; diện mạo đô thị ngày càng khang trang, sạch đẹp, văn minh.',
          'Từ những việc làm nhỏ như phân loại rác tại nguồn, trồng hoa trước cửa nhà, người dân {home} đã góp phần xây dựng tuyến phố xanh – sạch – đẹp, được chính quyền và nhân dân đánh giá cao.',
        ],
        opening: [
          [
            'Những ngày này, đi trên các tuyến phố ở {home}, dễ dàng nhận thấy vỉa hè thông thoáng, sạch sẽ, hàng quán được sắp xếp gọn gàng.',
            '{Since}, công tác quản lý đô thị trên địa bàn {place} đã có nhiều chuyển biến tích cực.',
          ],
        ],
      },
      {
        kind: 'event',
        titles: [
          '{Place} ra quân lập lại trật tự vỉa hè, lòng đường',
          'Ra quân [tổng vệ sinh môi trường|lập lại trật tự đô thị], hướng tới [đô thị văn minh|tuyến phố sạch đẹp] ở {place}',
        ],
        leads: [
          'Ngày {eventDate}, {ubnd} tổ chức ra quân lập lại trật tự đô thị, xử lý các trường hợp lấn chiếm vỉa hè, lòng đường để kinh doanh, buôn bán trên các tuyến phố chính.',
        ],
        opening: [
          [
            'Ngày {eventDate}, {ubnd} tổ chức lễ ra quân lập lại trật tự đô thị với sự tham gia của hàng trăm cán bộ, đoàn viên, hội viên.',
          ],
          ['{Leader} phát lệnh ra quân.'],
        ],
        body: [
          'Lực lượng chức năng đã tuyên truyền, nhắc nhở {n:150-600} hộ kinh doanh, tháo dỡ {n:40-200} mái che, biển quảng cáo lấn chiếm vỉa hè.',
        ],
      },
    ],
    body: [
      'Nhiều tuyến phố đã được lát lại vỉa hè, trồng cây xanh, lắp đặt hệ thống chiếu sáng tiết kiệm năng lượng.',
      'Mô hình phân loại rác tại nguồn được triển khai ở {p:60-85} hộ gia đình; lượng rác thải phải chôn lấp giảm đáng kể.',
      'Công tác quản lý trật tự xây dựng được siết chặt; các trường hợp xây dựng không phép, sai phép được phát hiện, xử lý kịp thời.',
      'Mỗi khu phố đều có tổ tự quản vệ sinh môi trường, duy trì tổng vệ sinh vào sáng thứ Bảy hằng tuần.',
      'Hệ thống thoát nước được nạo vét, khơi thông trước mùa mưa, hạn chế tình trạng ngập úng cục bộ.',
      'Phố đi bộ ven sông và chợ đêm được tổ chức nền nếp, trở thành điểm vui chơi hấp dẫn của người dân và du khách vào cuối tuần.',
      'Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa đạt {p:90-97}; phần lớn khu phố đạt danh hiệu Khu phố văn hóa.',
      'Các hộ kinh doanh đã ký cam kết không lấn chiếm vỉa hè, tự giác sắp xếp hàng hóa gọn gàng trong phạm vi cho phép.',
    ],
    quotes: [
      '{Citizen} chia sẻ: “Vỉa hè thông thoáng, phố xá sạch đẹp thì người dân được hưởng lợi trước tiên; việc buôn bán cũng văn minh hơn”.',
      'Theo {orgHead}, lực lượng chức năng sẽ duy trì kiểm tra thường xuyên, không để tình trạng tái lấn chiếm.',
    ],
    directions: [
      'Thời gian tới, {place} tiếp tục đầu tư chỉnh trang hạ tầng đô thị, mở rộng không gian công cộng, công viên, cây xanh.',
      'Các khu phố tiếp tục vận động người dân thực hiện nếp sống văn minh đô thị, giữ gìn vệ sinh môi trường.',
      'Kiên quyết xử lý các trường hợp tái lấn chiếm vỉa hè, xây dựng trái phép; gắn trách nhiệm người đứng đầu với kết quả quản lý đô thị.',
    ],
    subheads: ['Trả lại vỉa hè cho người đi bộ', 'Khi người dân đồng thuận', 'Giữ vững kết quả'],
    tags: [
      'Đô thị văn minh',
      'Trật tự đô thị',
      'Phân loại rác tại nguồn',
      'Môi trường',
      'Chỉnh trang đô thị',
    ],
    captions: [
      'Vỉa hè thông thoáng trên một tuyến phố tại {home}.',
      'Lực lượng chức năng nhắc nhở hộ kinh doanh không lấn chiếm vỉa hè.',
      'Người dân {home} phân loại rác tại nguồn.',
      'Phố đi bộ ven sông Lâm về đêm.',
    ],
    orgs: {
      province: [['Sở Xây dựng', 'Giám đốc']],
      local: [
        ['Phòng Kinh tế, Hạ tầng và Đô thị', 'Trưởng'],
        ['Công an {kind}', 'Trưởng'],
      ],
    },
  },
];

// ---------------------------------------------------------------------------
// English phrase pools (smaller; for the English edition of a portal)

const GEN_EN: RawGen = {
  attend: [
    'The {event} was attended by {official}, together with leaders of {depts}.',
    'Also present were {official} and representatives of {units} across {place}.',
    'The {event} was held both in person and online, linking {nUnits} venues in {units}.',
    'Representatives of {mttq} and local mass organisations also took part.',
  ],
  meeting: [
    'Delegates discussed the reasons behind both the achievements and the shortcomings, and proposed practical solutions for each locality.',
    'Several speakers shared field experience and asked for clearer guidance so that grassroots officials can act faster.',
    'A representative of {org2} called for more resources and closer coordination between agencies.',
    'Speaking at the {event}, a representative of {unit} said the locality had drawn up a detailed plan and assigned each task to a named official.',
    'The {event} heard a summary report on the results of {period} and the tasks for the coming months.',
    'Participants agreed with the main report and added a number of well-considered recommendations.',
    'According to the report of {org}, most key tasks are on schedule and several were completed ahead of time.',
    'Debate was frank and open, focusing on the most urgent issues.',
    'A delegate from {unit} asked for clearer instructions on procedures and funding so that unfinished work can be completed.',
    'The report of {org} also set out clearly what had been done, what had not, and why.',
  ],
  results: [
    'Thanks to the joint efforts of the whole political system and the support of local people, {topic} in {place} has improved markedly.',
    'In {period}, {ubnd} issued {n:5-24} directives and guidance documents on {topic}, removing many bottlenecks at the grassroots.',
    'Information campaigns on loudspeakers, social media and community meetings in {units} have helped residents understand {topic} better.',
    'So far, {n:8-15} out of {n:16-22} targets have been met or exceeded, and the remaining ones show good progress compared with the same period last year.',
    'Inspection and supervision have been stepped up, so that problems are corrected early and do not turn into disputes.',
    'Good practices have been replicated widely, most notably in {unit} and {unit}.',
    'Total funding mobilised for {topic} in {period} reached {kb:20-140}, and residents contributed thousands of working days.',
    'Coordination between {ubnd}, {mttq} and the mass organisations has become closer and more effective.',
    'Compared with {prevYear}, several key indicators rose sharply, some by more than {p:12-30}.',
    'Proposals from voters and residents regarding {topic} have been received and answered promptly, strengthening public trust.',
    '{Unit} led the way with creative approaches and received a certificate of merit from {ubnd}.',
    'These results have contributed to the socio-economic targets of {place} for {period}.',
    'Wider use of information technology in management has shortened the time needed to handle paperwork.',
    'In many places, heads of local Party committees and authorities went directly to the grassroots to listen to residents before making decisions.',
    'Emulation movements linked to {topic} have attracted large numbers of officials, Party members and residents.',
    'A review found that {p:85-97} of agencies and units completed their assigned tasks well.',
    'Supervision by {mttq} and the mass organisations has helped detect and correct shortcomings early.',
    'The results have strengthened people’s trust in the leadership of the Party committee and the management of local authorities.',
    'What stands out is the initiative of {units}, which did not wait for support from higher levels.',
    'Public feedback collected through hotlines and the portal has been handled within the time limits set by law.',
    'Local officials have been assigned to follow each task from start to finish, reporting progress every week.',
    'Several initiatives first tested in {unit} are now being applied more widely.',
    'Clear progress has been made in the way agencies coordinate, share data and report results.',
    'Many residents say they now feel more confident dealing with local authorities.',
    'The share of tasks completed on schedule is higher than in {prevYear}.',
    'Women’s, youth and farmers’ organisations have played an active part, turning campaigns into concrete action.',
    'Local businesses have also contributed funds, materials and know-how.',
    'Monthly reviews have helped leaders detect delays early and reassign resources where needed.',
  ],
  issues: [
    'However, {topic} still faces limitations: progress has been slow in some places and coordination between agencies is not always smooth.',
    'Investment resources remain limited, while needs at the grassroots are considerable.',
    'Some officials and residents are not yet fully aware of the importance of {topic}.',
    'Reporting from some units is still late and advice to leaders is not always timely.',
    'Unpredictable weather and rising prices of some essential goods have also affected results.',
    'Facilities and equipment in some places are inadequate or run-down.',
    'Grassroots staff are few in number and often have to handle several jobs at once.',
    'A few targets have reached only {p:55-78} of the plan and need extra measures in the coming months.',
    'Raising funds from society remains difficult because many households still have modest incomes.',
    'Guidance documents in some fields are not yet consistent, which confuses officials at the grassroots.',
    'The review and replication of good models has sometimes been slow.',
    'The main causes are subjective, above all a lack of determination among some officials.',
  ],
  directions: [
    'Speaking at the {event}, {leader} praised the results achieved by {units} over the past period.',
    '{Leader} asked {depts} to continue to implement the Party’s guidelines and the State’s policies and laws on {topic}.',
    '{Leader} stressed: “Every official must set an example, match words with deeds and measure their work by the satisfaction of the people.”',
    'For the coming period, {leader} asked all units to review every target and task, to identify what has been done and what has not, and to find suitable solutions.',
    'According to {leader}, each task must have a clear owner, a clear responsibility and a clear deadline.',
    '{Leader} told {units} to strengthen inspection and to resolve emerging problems at the grassroots.',
    'Resources should be allocated sensibly and programmes combined so that every investment brings the greatest benefit.',
    '{Leader} asked the heads of agencies to take personal responsibility for any delay or error in their areas.',
    'Outstanding groups and individuals should be commended promptly so that good examples spread.',
    'Responding to delegates’ proposals, {leader} asked {org} to study them and report back before {dueDate}.',
    '{Place} aims to meet or exceed all of its targets by the end of {year}, laying a solid foundation for the next stage.',
    '{Leader} also asked {mttq} and the mass organisations to strengthen social supervision and encourage residents to take part.',
    'Specialised agencies were told to monitor the situation closely and advise the Party committee and authorities on emerging issues.',
    '“Anything that benefits the people must be done in full; wherever there are obstacles, we must say exactly where they are and who is responsible for removing them,” {leaderRef} said.',
    '{Leader} encouraged other localities to learn from the approach of {unit} and adapt it to their own conditions.',
    'Digital tools will be used to track progress so that leaders can see at a glance which tasks are behind schedule.',
    '{LeaderRef} also called for closer coordination between agencies so that residents do not have to go from office to office.',
    'Outstanding officials will be considered for promotion, while those who fall short will be held to account.',
    'Units must report their results regularly and propose solutions to any problems that exceed their authority.',
    'Communication work must be stepped up so that every resident understands and supports the policies.',
  ],
  future: [
    'In the coming time, {ubnd} will continue to direct {depts} to follow the plan closely and remove difficulties at the grassroots.',
    'According to {orgHead}, the agency will work more closely with {units} to replicate effective models.',
    'The locality will also step up communication so that residents understand, agree and take part.',
    'Alongside State funding, {place} will continue to mobilise businesses, donors and local communities.',
    'By {nextYear}, {place} aims for a clear improvement in {topic}, placing it among the better performers in the province.',
    'Particular attention will be paid to training grassroots officials, who carry out the work directly.',
    'Experience gained in {unit} will be summarised and applied in other {units}.',
    '{Ubnd} will also step up inspections, linking the responsibility of each agency head with results.',
    'The use of digital technology for monitoring and evaluation will be expanded to ensure accurate and timely data.',
    'Specialised agencies have been asked to review implementation and propose changes where needed.',
    'Residents’ feedback will be collected regularly and used to adjust the way the work is organised.',
    'Cooperation with neighbouring localities will be strengthened to share experience and resources.',
    'Priority will be given to projects that directly improve people’s lives, such as roads, schools and clean water.',
    'Training courses will be organised for grassroots officials in the coming months.',
    'The locality will continue to call on businesses and donors to join hands with the authorities.',
    'Annual targets will be broken down by quarter so that progress can be checked more easily.',
  ],
  closeMeeting: [
    'On this occasion, {ubnd} presented certificates of merit to {n:5-30} groups and {n:8-45} individuals for outstanding contributions to {topic}.',
    'The {event} concluded successfully, creating fresh momentum for {place} to accomplish its tasks in the months ahead.',
    'At the end of the {event}, delegates agreed on {n:3-6} groups of key tasks and solutions for the coming period.',
  ],
  closeEvent: [
    'On this occasion, {ubnd} presented certificates of merit to {n:4-20} groups and individuals.',
    'The {event} left a good impression on residents and brought a festive atmosphere to {place}.',
    'The activity helped spread community solidarity and responsibility, contributing to the development of {place}.',
  ],
  closeFeature: [
    'With the determination of the whole political system and the support of its people, {place} is confident that {topic} will bring further results.',
    'These first results confirm that {place} is on the right track towards becoming a prosperous and civilised locality.',
    'Step by step, through practical actions, {topic} is bringing tangible benefits to local people.',
  ],
  docs: [
    'Implementing {docLocal} on {topicDoc}, {units} have drawn up specific plans and assigned clear responsibilities to each agency.',
    'Based on {docGov}, {ubnd} issued {docUbnd} to set out targets and tasks on {topicDoc} that fit local conditions.',
    'Party committees and authorities at all levels have studied and implemented {docTw} and {docLocal}.',
    'Under {docUbnd}, by {nextYear} more than {p:80-95} of {unitWord} are expected to meet the targets on {topicDoc}.',
    'Funding is provided in line with {docTtlt} and current guidance.',
    '{Leader} asked all units to strictly implement {docTw} and {docLocal} on {topicDoc} as a regular, central task.',
  ],
  background: [
    '{Place} covers about {area} square kilometres and has a population of more than {population}.',
    'Located on the Lam River, {place} has strong potential for commercial farming, trade and tourism.',
    'Living standards in {place} have improved steadily over the years, and much essential infrastructure has been built.',
    '{Place} has {unitCount} {unitWord}, many of which are leading examples in emulation movements.',
    'The people of {placeName} are known for their hard work and their support for local policies.',
    'Despite many difficulties, {place} has been proactive and creative in carrying out its tasks.',
    '{Home} is among the first localities to put new policies into practice.',
    'In {home}, many families have invested in their own businesses, creating jobs for local workers.',
    'Cultural and sports facilities at the grassroots have been upgraded to meet residents’ needs.',
    'Most grassroots officials are young, well trained and dedicated to their work.',
    'Along with support from higher levels, the contributions of businesses and residents are an important resource for {place}.',
    'Local leaders make a point of listening to residents before deciding on major issues.',
    'Walking along the roads of {unit} today, one sees new houses and orchards heavy with fruit.',
    'Many natives of {placeName} who have done well elsewhere contribute money and effort to their home area.',
    'The spirit of solidarity and mutual help is carefully preserved in the communities of {place}.',
    'Community cultural houses have become lively meeting places for residents in the evenings.',
    'Young people returning home after their studies bring new ideas and energy to local development.',
    'Rice fields, fruit gardens and fish ponds along the Lam River form the familiar landscape of {place}.',
    'Traditional crafts, from weaving to woodwork, are still practised in several villages.',
    'Markets in {place} are busy from early morning, with fresh produce brought in from the surrounding fields.',
    'Schools, health stations and cultural houses now stand in every village and residential area.',
    'Many households combine farming with small businesses and services to raise their incomes.',
    'Local festivals and sports events bring communities together throughout the year.',
    'The younger generation is increasingly involved in community work and local development.',
  ],
  leadTail: [
    'The activity is a practical contribution to {topic} in the locality.',
    'The event attracted strong interest from officials, Party members and residents.',
    'This result lays an important foundation for {place} to achieve its goals.',
    'It is one of the key tasks that {partyCom} and {ubnd} have paid particular attention to.',
    'Many good practices have been recognised and replicated in {units}.',
    'However, a number of difficulties still need to be resolved in the coming time.',
  ],
  leadResults: [
    'bringing clear improvements that residents welcome',
    'with encouraging first results for the living standards of local people',
    'contributing to the socio-economic targets set for {period}',
    'winning strong support from officials, Party members and residents',
    'with new and creative approaches suited to local conditions',
    'gradually overcoming limitations that have persisted for years',
  ],
  filler: [
    'Residents welcomed the move.',
    'The work is on schedule.',
    'All units agreed on the plan.',
    'This is a key task for the year.',
    'Preparations were thorough.',
    'Many people praised the approach.',
    'Everyone was pleased.',
    'The mood was upbeat.',
    'Residents strongly supported the plan.',
    'Every village has responded positively.',
    'This is an encouraging sign for the future.',
    'The authorities will stand side by side with residents.',
    'The experience will be valuable in the years ahead.',
    'Many families have changed the way they think and work.',
  ],
  subheads: [
    'Clear progress',
    'Strong determination, decisive action',
    'A package of solutions',
    'Working together',
    'Overcoming limitations',
    'Momentum for a new stage',
  ],
};

const TOPICS_EN: RawTopic[] = [
  {
    key: 'economy',
    cats: ['tin-tuc', 'kinh-te'],
    kind: 'meeting',
    areas: ['government'],
    event: 'conference',
    actions: [
      'steps up efforts to remove obstacles for businesses',
      'speeds up disbursement of public investment',
      'aims to meet all socio-economic targets',
      'tightens revenue collection',
      'targets economic growth of over {p:7-9}',
      'improves its investment climate',
    ],
    phrase: 'socio-economic development',
    docPhrase: 'the five-year socio-economic development plan for {plan}',
    scenes: [
      {
        titles: [
          '{Place} reviews its socio-economic performance in {period}',
          'Economic growth of {place} estimated at {p:6-10} in {period}',
          '{Ubnd} sets out key tasks to reach its {year} development targets',
          'Most socio-economic targets of {place} met or exceeded in {period}',
          '{Place} focuses on removing obstacles to business and growth in {year}',
        ],
        leads: [
          'On {eventDate}, {ubnd} held a conference to review socio-economic performance in {period} and set out key tasks for the months ahead. {Leader} chaired the meeting.',
          'Despite many difficulties, the economy of {place} kept growing steadily in {period}, with gross regional domestic product estimated to rise by {p:6-10}, while defence and security were maintained and living standards improved.',
        ],
        opening: [
          [
            'On {eventDate}, {ubnd} held its regular meeting to review socio-economic performance in {period}.',
          ],
          ['{Leader} chaired the meeting.'],
        ],
      },
    ],
    body: [
      'According to the report, gross regional domestic product in {period} is estimated to have grown by {p:6-10} year on year.',
      'State budget revenue is estimated at {kb:1200-4800}, equal to {p:48-72} of the annual estimate and up {p:5-18} on the same period last year.',
      'Total social investment reached an estimated {kb:6000-15000}, and {p:42-68} of the public investment plan has been disbursed.',
      'Agriculture remained stable, with food output estimated at {ks:280000-520000} tonnes; livestock farming grew and animal diseases were kept under control.',
      'Retail sales of goods and consumer services rose by {p:8-14} compared with the same period.',
      'During the period, {ks:120-480/3-12} new enterprises were registered, creating jobs for {ks:3000-9000/60-220} workers.',
      'Policies for people with meritorious services, poor households and vulnerable groups were implemented fully and on time.',
      'The poverty rate fell to {p:1-3.5}, and health insurance coverage reached {p:92-98} of the population.',
      'Administrative reform continued, with {p:97-99.8} of applications processed on or ahead of time.',
      'The tourism sector welcomed about {ks:450000-1200000/12000-40000} visitors, earning an estimated {kb:900-2800/4-30}.',
    ],
    quotes: [
      '{Leader} stressed: “Time is short. Every sector and every level must concentrate on the targets that are still lagging behind, and must not be complacent.”',
    ],
    directions: [
      '{Leader} asked {depts} to speed up the disbursement of public investment, treating it as a key political task.',
      'Units should step up revenue collection, prevent revenue losses and practise thrift.',
      'Difficulties facing enterprises and household businesses must be removed, and the investment climate further improved.',
      'Plans for natural disasters and epidemics must be ready so that {season} meets its targets for area, yield and output.',
    ],
    subheads: ['Many targets met', 'Growth momentum maintained', 'No room for complacency'],
    tags: ['Socio-economic development', 'Economic growth', 'Budget revenue', 'Public investment'],
    captions: [
      '{LeaderCap} speaks at the conference.',
      'An overview of the conference reviewing socio-economic performance in {period}.',
      'A representative of {org} presents a report at the conference.',
      'Delegates follow the conference from the venue in {unit}.',
    ],
    orgs: {
      province: [
        ['the Department of Finance', 'Director'],
        ['the Department of Industry and Trade', 'Director'],
      ],
      local: [['the {level} Economic Division', 'Head']],
    },
  },
  {
    key: 'investment',
    cats: ['kinh-te', 'gioi-thieu', 'tin-tuc'],
    kind: 'feature',
    areas: ['government'],
    event: 'investment promotion conference',
    actions: [
      'courts investors in processing industry and logistics',
      'cuts red tape for investors',
      'prepares clean land for new industrial projects',
      'holds dialogue with businesses to solve their problems',
      'promotes green and high-tech investment',
    ],
    phrase: 'investment attraction',
    docPhrase: 'improving the investment and business environment',
    scenes: [
      {
        titles: [
          '{Place} welcomes investors with a better business environment',
          'Why investors are looking at {place}: land, labour and a responsive administration',
          '{Place} attracts {ks:15-45/2-6} new investment projects in {period}',
          'Investment opportunities in processing industry, logistics and eco-tourism in {place}',
        ],
        leads: [
          'With a strategic location, a young workforce and a proactive administration, {place} is becoming an increasingly attractive destination for domestic and foreign investors.',
          'In {period}, {place} granted investment approval to {ks:15-45/2-6} new projects with total registered capital of {kb:3000-12000/40-300}, focusing on processing industry, clean agriculture and tourism.',
        ],
        opening: [
          [
            'In recent years, {place} has made steady efforts to improve its investment and business environment.',
            'Investors arriving in {place} today find a one-stop service desk, clear procedures and officials ready to help.',
          ],
        ],
      },
    ],
    body: [
      '{Place} lies on the main road and rail corridor of the region, less than two hours from a major seaport.',
      'The province has planned industrial parks and clusters with a total area of more than {ks:1800-3200/20-60} hectares, many with ready infrastructure.',
      'More than half of the population is of working age, and vocational schools train thousands of skilled workers every year.',
      'Investors are supported throughout the process, from site selection to licensing, land clearance and recruitment.',
      'Priority sectors include agricultural processing, supporting industries, logistics, renewable energy and eco-tourism.',
      'The {ubnd} holds regular dialogues with businesses to listen to their concerns and resolve them quickly.',
      'Many procedures for investment, land and construction can now be completed online, with processing times cut by about one third.',
      'Foreign-invested enterprises operating in {place} employ thousands of local workers and export to many markets.',
    ],
    quotes: [
      '{OrgHead} said: “Investors’ success is our success. We are committed to accompanying them from the first visit to the day their factories start operating.”',
    ],
    directions: [
      'In the coming years, {place} will prioritise green, high-tech projects that use land efficiently and protect the environment.',
      'The authorities will continue to simplify procedures and improve the quality of public services for businesses.',
      'Infrastructure connecting industrial zones with ports and expressways will be upgraded.',
    ],
    subheads: ['A strategic location', 'Accompanying investors', 'Green growth first'],
    tags: ['Investment', 'Business environment', 'Industrial parks', 'Enterprises'],
    captions: [
      'An industrial park in {place}.',
      '{LeaderCap} meets investors.',
      'Workers at a processing factory in {home}.',
    ],
    orgs: {
      province: [
        ['the Department of Finance', 'Director'],
        ['the Provincial Centre for Investment, Trade and Tourism Promotion', 'Director'],
      ],
      local: [['the {level} Economic Division', 'Head']],
    },
  },
  {
    key: 'digital',
    cats: ['chuyen-doi-so', 'kinh-te', 'tin-tuc', 'cai-cach-hanh-chinh'],
    kind: 'feature',
    areas: ['government'],
    event: 'conference',
    actions: [
      'teaches digital skills to residents',
      'promotes cashless payments',
      'builds digital data for better management',
      'helps farmers sell produce online',
      'expands digital infrastructure to remote areas',
      'strengthens information security',
    ],
    phrase: 'digital transformation',
    docPhrase:
      'digital transformation and the development of digital government, digital economy and digital society',
    scenes: [
      {
        titles: [
          '{Place} accelerates digital transformation across government, economy and society',
          'Community digital technology teams bring online services to residents of {home}',
          'Farmers in {home} sell their produce online and go cashless',
          'Building digital government to serve residents better in {place}',
        ],
        leads: [
          'Seeing digital transformation as a key driver of fast and sustainable development, {place} has rolled out a wide range of measures in digital government, the digital economy and digital society, with encouraging first results.',
          'Armed with smartphones, many farmers in {home} now sell their produce online, pay without cash and submit administrative applications from home.',
        ],
        opening: [
          [
            'Digital technology is now part of everyday life in {place}, from government offices to businesses and households.',
            'Late in the afternoon, the phone of {citizen} keeps ringing with orders from customers far away.',
          ],
        ],
      },
    ],
    body: [
      'All government agencies are connected to the electronic document management system, and more than {p:95-99.5} of documents are digitally signed.',
      'Online meetings between levels of government are held regularly, saving time and money.',
      '{ks:600-900/9-15} community digital technology teams with over {ks:3500-5200/60-120} members help residents use digital platforms.',
      'About {p:75-88} of adults have an electronic payment account, and many traditional markets accept payments by QR code.',
      'Cooperatives and farming households have put their products on e-commerce platforms and use traceability codes.',
      'Security cameras installed on main roads and in residential areas help prevent crime and traffic violations.',
      'Population, land and civil status data are being cleaned and connected between sectors.',
      'About {p:80-92} of eligible residents have activated a level-2 electronic identification account.',
    ],
    quotes: [
      '{Citizen} said: “I used to wait for traders to buy my pomelos. Now I post them online and customers order from far away, at a better price.”',
      'According to {orgHead}, digital transformation starts with a change of mindset; once people see the benefits, they join in willingly.',
    ],
    directions: [
      'In the coming time, {place} will develop its digital infrastructure, ensure information security and make better use of data for management.',
      'Community digital technology teams will continue to teach digital skills to residents, especially the elderly.',
      '{Leader} asked heads of agencies to take direct charge of digital transformation in their units.',
    ],
    subheads: ['Digital government for the people', 'Farmers go digital', 'Closing the infrastructure gap'],
    tags: ['Digital transformation', 'Digital government', 'Digital economy', 'Cashless payments'],
    captions: [
      'A community digital technology team helps residents of {home} use online public services.',
      'A trader accepts payment by QR code at {placeName} market.',
      'Farmers promote their products through online sales.',
    ],
    orgs: {
      province: [
        ['the Department of Science and Technology', 'Director'],
        ['the Provincial Police', 'Director'],
      ],
      local: [
        ['the {level} Office', 'Chief'],
        ['the {level} Police', 'Chief'],
      ],
    },
  },
  {
    key: 'admin-reform',
    cats: ['chinh-tri', 'cai-cach-hanh-chinh', 'tin-tuc'],
    kind: 'feature',
    areas: ['government'],
    event: 'conference',
    actions: [
      'expands end-to-end online public services',
      'shortens processing times for administrative procedures',
      'digitises records and results of administrative procedures',
      'raises resident satisfaction with public services',
      'tightens administrative discipline',
    ],
    phrase: 'administrative reform',
    docPhrase: 'administrative reform and the satisfaction of residents and businesses',
    scenes: [
      {
        titles: [
          'Public Administration Service Centre of {place}: friendly, professional and efficient',
          '{p:97-99.8} of administrative applications in {place} handled on or ahead of time',
          'Shorter processing times and lower costs for residents and businesses in {place}',
          'Bringing online public services closer to residents of {home}',
        ],
        leads: [
          '{Place} has introduced a range of administrative reform measures that put residents and businesses at the centre; processing times have been shortened and compliance costs cut significantly.',
          'Committed to being open, transparent, quick and on time, the Public Administration Service Centre of {place} has become a trusted address for residents and businesses.',
        ],
        opening: [
          [
            'On a Monday morning at the Public Administration Service Centre of {place}, the atmosphere is busy but orderly.',
            'Administrative reform in {place} has been carried out firmly in every field.',
          ],
        ],
      },
    ],
    body: [
      'All administrative procedures are published on the National Public Service Portal and the provincial administrative procedures system.',
      'In {period}, agencies received {ks:180000-320000/3500-9000} applications, {p:72-92} of them submitted online.',
      'Processing times for many procedures have been cut by {p:30-50} or more, especially for land, investment and construction.',
      'Records and results are being digitised, so residents no longer have to submit documents they have provided before.',
      'Residents can pay fees online and receive results by post, saving time and travel costs.',
      'Discipline has been tightened, and any official who causes trouble for residents is dealt with strictly.',
      'Residents can rate their satisfaction at the counter or by scanning a QR code, and the results are published every month.',
    ],
    quotes: [
      '{Citizen} said: “I used to go back and forth many times. Now I submit my application on my phone and collect the result on the appointed day.”',
    ],
    directions: [
      '{Ubnd} will continue to review and simplify procedures, removing unnecessary papers and conditions.',
      'More end-to-end online public services will be provided, aiming for over {p:85-95} of applications online in {nextYear}.',
      'Agencies will step up inspections and correct any sign of delay or avoidance of responsibility.',
    ],
    subheads: ['Residents at the centre', 'Going digital to serve better', 'Tighter discipline'],
    tags: ['Administrative reform', 'Online public services', 'One-stop shop', 'Satisfaction index'],
    captions: [
      'Residents complete procedures at the Public Administration Service Centre of {place}.',
      'An official helps a resident submit an application online.',
      'The reception and results area is well organised and convenient.',
    ],
    orgs: {
      province: [
        ['the Department of Home Affairs', 'Director'],
        ['the Provincial Public Administration Service Centre', 'Director'],
      ],
      local: [['the {level} Public Administration Service Centre', 'Director']],
    },
  },
  {
    key: 'tourism',
    cats: ['kinh-te', 'gioi-thieu', 'van-hoa-xa-hoi'],
    kind: 'feature',
    areas: ['government'],
    event: 'tourism week',
    actions: [
      'develops community-based tourism',
      'diversifies its tourism products',
      'promotes {spot} as a weekend destination',
      'improves the quality of tourism services',
      'links tourism with eco-agriculture',
    ],
    phrase: 'tourism development',
    docPhrase: 'making tourism a spearhead economic sector',
    scenes: [
      {
        titles: [
          'Discover {spot}, one of the most attractive destinations in {place}',
          'Community-based tourism opens a new path for residents of {home}',
          '{Place} welcomes {ks:450000-1200000/12000-40000} tourists in {period}',
          'A quiet countryside escape: spending a weekend at {spot}',
        ],
        leads: [
          'With beautiful landscapes and a rich cultural heritage, {place} is gradually asserting its appeal to visitors, and many new tourism products have been created, raising local incomes.',
          'Some {n:8-35} km from the provincial centre, {spot} offers poetic scenery and fresh air, making it a favourite weekend destination.',
        ],
        opening: [
          [
            'Visitors to {spot} at the weekend can immerse themselves in a green and peaceful landscape.',
            'Once a purely farming village, {home} has become a well-known community-based tourism destination.',
          ],
        ],
      },
    ],
    body: [
      'Visitors can try planting rice, catching fish and making traditional cakes with local families, and taste simple country dishes.',
      '{ks:25-60/3-8} households offer homestays, and their incomes have doubled or tripled.',
      'In {period}, {place} welcomed an estimated {ks:450000-1200000/12000-40000} visitors, up {p:12-28} year on year, with tourism revenue of about {kb:900-2800/4-30}.',
      'Roads to the main attractions have been upgraded and widened.',
      'Hotels, restaurants and homestays keep improving their services, many designed in harmony with the landscape.',
      'Local specialities such as pomelo, tea, honey and fish sauce are sold at tourist sites and make popular gifts.',
      'In the late afternoon, visitors can take a boat along the Lam River to watch the sunset and listen to folk songs.',
    ],
    quotes: [
      '{Visitor} said: “The air is fresh, people are friendly and the food is delicious. I will definitely come back with my family.”',
    ],
    directions: [
      '{Place} will develop distinctive tourism products linked to eco-agriculture and traditional culture.',
      'Investment in tourism will be encouraged and the quality of tourism workers improved.',
      'A digital tourism map will be built so that visitors can easily find information.',
    ],
    subheads: ['Untapped potential', 'Residents in the tourism business', 'More diverse products'],
    tags: ['Tourism', 'Community-based tourism', 'Destinations', 'Homestay'],
    captions: [
      'Visitors at {spot}.',
      'Tourists plant rice with residents of {home}.',
      'A homestay in {home}.',
      'A bird’s-eye view of {spot}.',
    ],
    orgs: {
      province: [['the Department of Culture, Sports and Tourism', 'Director']],
      local: [['the {level} Culture and Society Division', 'Head']],
    },
  },
  {
    key: 'rural',
    cats: ['kinh-te'],
    kinds: ['province', 'commune'],
    kind: 'feature',
    areas: ['government', 'party'],
    event: 'conference',
    subjects: ['{place}', '{home}', 'Farmers in {home}'],
    actions: [
      'raises the quality of new rural criteria',
      'replicates the {model} model',
      'builds model new-rural residential areas',
      'concretes more village roads',
      'links farm production with value chains',
      'improves the rural landscape and environment',
    ],
    phrase: 'new rural development',
    docPhrase: 'advanced and model new rural areas',
    scenes: [
      {
        titles: [
          'A new look for {home} after years of new rural development',
          'Farmers in {home} earn good profits from {model}',
          'Donating land for roads: residents of {home} join hands to build a new countryside',
          '{Place} mobilises {kb:300-900/8-30} for new rural development',
        ],
        leads: [
          'After years of effort, the new rural development programme has transformed the countryside of {place}: infrastructure has been upgraded and residents enjoy better material and cultural lives.',
          'By switching to {model}, many farming households in {home} now earn hundreds of millions of dong a year, changing the face of the rural economy.',
        ],
        opening: [
          [
            'Returning to {home} these days, one is struck by how much the village has changed.',
            'Showing us around his farm, {citizen} explained that his family used to grow only rice, with uncertain income.',
          ],
        ],
      },
    ],
    body: [
      'In {period}, total funding for new rural development reached {kb:350-1200/8-30}, about {p:12-25} of it contributed by local communities.',
      'Residents voluntarily donated {ks:40000-180000/1000-4500} square metres of land to widen and concrete {ks:60-220/1.5-6} km of rural roads.',
      'Average income in rural areas has reached {n:52-78} million dong per person per year.',
      'Schools, health stations and village cultural houses have been built to national standards.',
      '{Ks:2500-7000/60-180} hectares are now farmed under VietGAP or organic standards.',
      '{Coop} has signed contracts with companies to buy the produce of {n:60-250} member households.',
      'Household waste collection and treatment has reached {p:85-97}, and many villages keep a “green Sunday”.',
      'Thanks to production links, farmers no longer suffer from low prices in bumper seasons.',
    ],
    quotes: [
      '{Citizen} said: “My family gave almost {n:100-400} square metres of land to widen the road. Now trucks can reach the fields and everyone is happy.”',
    ],
    directions: [
      '{Place} will keep raising the quality of the criteria already met, focusing on income, the environment and culture.',
      'Value-chain production linked with the OCOP programme and rural tourism will be encouraged.',
      'Residents must remain at the centre of the programme; box-ticking and chasing achievements must be avoided.',
    ],
    subheads: ['People at the heart of change', 'Raising the bar', 'Working together'],
    tags: ['New rural development', 'Agriculture', 'OCOP', 'Rural roads'],
    captions: [
      'A corner of {home} today.',
      'Residents of {home} build a concrete village road.',
      'A farmer tends crops under the {model} model.',
    ],
    orgs: {
      province: [['the Department of Agriculture and Environment', 'Director']],
      local: [
        ['the {level} Economic Division', 'Head'],
        ["the {level} Farmers' Association", 'Chair'],
      ],
    },
  },
  {
    key: 'health-education',
    cats: ['van-hoa-xa-hoi', 'tin-tuc'],
    kind: 'event',
    areas: ['government'],
    event: 'programme',
    actions: [
      'improves primary health care',
      'expands health insurance coverage',
      'invests in school facilities',
      'supports students from disadvantaged families',
      'steps up disease prevention in the rainy season',
    ],
    phrase: 'health care and education',
    docPhrase: 'protecting and improving public health and renewing education and training',
    scenes: [
      {
        event: 'health check programme',
        titles: [
          'Free health checks and medicines for elderly residents of {home}',
          'Doctors bring quality health care to the doorstep of residents in {home}',
        ],
        leads: [
          'On {eventDate}, {org} provided free health checks, advice and medicines to {n:200-600} elderly people, families of war veterans and poor households in {home}.',
        ],
        opening: [
          [
            'From early morning, the yard of the {home} cultural house was crowded with residents waiting for their health checks.',
          ],
          ['Doctors and nurses measured blood pressure and blood sugar and gave each person advice on diet.'],
        ],
        body: [
          'The team identified {n:12-45} people who needed specialist treatment and referred them to higher-level hospitals.',
          'Each person also received medicines and a gift worth {n:200-500} thousand dong.',
        ],
        captions: [
          'A doctor examines an elderly resident of {home}.',
          'Residents receive free medicines after their check-ups.',
        ],
      },
      {
        event: 'school opening ceremony',
        months: [9],
        titles: [
          'Schools in {place} open the {schoolYearNew} school year',
          'Students of {school} begin the new school year with joy',
        ],
        leads: [
          'On the morning of 5 September {year}, teachers and students of {school} and other schools in {place} held ceremonies to open the {schoolYearNew} school year.',
        ],
        opening: [
          ['On 5 September {year}, {school} held its opening ceremony for the {schoolYearNew} school year.'],
          [
            'This school year, {place} has {ks:420-560/4-8} schools with more than {ks:210000-260000/4500-6500} students.',
          ],
        ],
        body: [
          'Students beat the school drum and released balloons carrying their dreams for the year ahead.',
          'Before the new year began, schools repaired classrooms and added desks and equipment.',
        ],
        captions: [
          'Students of {school} on the first day of the school year.',
          '{LeaderCap} beats the drum to open the new school year.',
        ],
      },
    ],
    body: [
      'In {period}, health facilities in the area treated more than {ks:480000-920000/9000-22000} patients.',
      'The expanded immunisation programme reached {p:95-99} of children, and no major outbreak occurred.',
      'Health insurance now covers {p:92-98} of residents, with support for near-poor households and students.',
      'The share of schools meeting national standards has reached {p:72-90}.',
      'The new general education curriculum is being applied in all grades, with teachers putting students at the centre.',
      'Scholarships worth {kb:8-25/0.3-1.2} were awarded to students from disadvantaged families.',
      'Electronic health records have been created for more than {p:80-95} of the population.',
    ],
    quotes: [
      '{Citizen} said: “At my age I often fall ill, and the hospital is far away. Having doctors come to our village makes me very happy.”',
    ],
    directions: [
      '{Leader} asked the health and education sectors to keep improving quality at the grassroots.',
      'Local authorities will invest in classrooms, equipment and health stations.',
      'Disease surveillance will be strengthened so that no major outbreak occurs.',
    ],
    subheads: ['Care close to home', 'Investing in the next generation', 'Prevention first'],
    tags: ['Health care', 'Education', 'Health insurance', 'New school year'],
    captions: ['A health worker gives advice to a resident of {home}.'],
    orgs: {
      province: [
        ['the Department of Health', 'Director'],
        ['the Department of Education and Training', 'Director'],
      ],
      local: [
        ['the {level} Health Station', 'Head'],
        ['the {level} Culture and Society Division', 'Head'],
      ],
    },
  },
  {
    key: 'festival',
    cats: ['van-hoa-xa-hoi', 'gioi-thieu'],
    kind: 'event',
    areas: ['government', 'party'],
    event: 'festival',
    months: [1, 2, 3, 4, 8, 9, 10],
    actions: [
      'preserves the values of its cultural heritage',
      'keeps its traditional festivals civilised and safe',
      'links relic conservation with tourism',
      'revives traditional rituals',
    ],
    phrase: 'the preservation of cultural heritage',
    docPhrase: 'building and developing Vietnamese culture and people',
    scenes: [
      {
        titles: [
          'The {year} edition of {festival} opens, drawing crowds of residents and visitors',
          'Colourful traditions at {festival} in {place}',
          'Preserving {festival} and linking it with tourism development',
          'Thousands of residents and visitors flock to {festival} in {year}',
        ],
        leads: [
          'On {eventDate}, {ubnd} opened the {year} edition of {festival}. The festival runs for {n:2-4} days with many cultural activities and folk games, attracting large numbers of residents and visitors.',
          'Held every year, {festival} is an occasion for residents to honour their ancestors, pray for good weather and a bountiful harvest, and pass on traditions to the young.',
        ],
        opening: [
          ['On {eventDate}, at {relic}, {ubnd} opened the {year} edition of {festival}.'],
          ['The festival lasts {n:2-4} days and consists of two parts: the ceremonies and the festivities.'],
        ],
      },
    ],
    body: [
      'The ceremonies were solemn, with a palanquin procession, incense offerings and rituals that follow local customs.',
      'The festivities included boat racing, tug of war, wrestling, human chess and folk singing, drawing thousands of spectators.',
      'The boat team from {unit} won first prize after thrilling races on the Lam River.',
      '{Relic} dates back to the 18th century and holds precious royal decrees, lacquered boards and fine wood carvings.',
      'This year the festival also features a space to showcase OCOP products and traditional cuisine of {placeName}.',
      'Some {ks:30000-80000/3000-9000} residents and visitors came to the festival during its opening days.',
      'Security, traffic safety and hygiene were ensured, and no cases of overcharging visitors were reported.',
      'The festival is also a chance to promote the land and people of {placeName} to friends near and far.',
    ],
    quotes: [
      '{Citizen} said: “Every year I take my grandchildren to the festival so they understand the traditions of our homeland and feel grateful to our ancestors.”',
      'Opening the festival, {leader} said: “Preserving our traditional festivals means preserving our identity, our roots and our pride.”',
    ],
    directions: [
      '{Leader} asked the authorities to manage festival activities well, ensuring they are civilised, safe and economical.',
      '{Place} will prepare a dossier to have {festival} recognised as national intangible cultural heritage.',
      'The relic site will be restored and residents encouraged to help protect the heritage.',
    ],
    subheads: ['Beautiful traditions', 'Lively festivities', 'Heritage for the future'],
    tags: ['Traditional festivals', 'Culture', 'Heritage', 'Tourism'],
    captions: [
      'A palanquin procession at {festival}.',
      'Boat teams race on the Lam River.',
      '{Relic} during the festival.',
      'Residents join a tug of war.',
    ],
    orgs: {
      province: [['the Department of Culture, Sports and Tourism', 'Director']],
      local: [['the {level} Culture and Society Division', 'Head']],
    },
  },
  {
    key: 'disaster',
    cats: ['quoc-phong-an-ninh', 'tin-tuc'],
    kind: 'event',
    areas: ['government'],
    event: 'response',
    months: [8, 9, 10, 11],
    actions: [
      'prepares for heavy rain and floods',
      'reviews landslide-prone areas',
      'keeps reservoirs safe in the rainy season',
      'helps residents recover after the floods',
      'strengthens its civil defence forces',
    ],
    phrase: 'natural disaster prevention and rescue',
    docPhrase: 'natural disaster prevention, search and rescue',
    scenes: [
      {
        titles: [
          '{Place} responds proactively to heavy rain, flash floods and landslides',
          'Hundreds of households evacuated from landslide-prone areas in {place}',
          'Urgent efforts to overcome flood damage and stabilise life in {home}',
        ],
        leads: [
          'Faced with prolonged heavy rain, on {eventDate} {leader} chaired an emergency meeting of the {level} Civil Defence Command to deploy response measures.',
          'Following the “four on-the-spot” motto, forces in {place} quickly evacuated residents from dangerous areas and reinforced dykes and reservoirs to protect lives and property.',
        ],
        opening: [
          [
            'From the night of {eventPrev} to the morning of {eventDate}, {place} was hit by very heavy rain of {n:150-220} to {n:250-380} mm.',
          ],
          [
            'As soon as the warning was received, the {level} Civil Defence Command issued an urgent dispatch to all localities.',
          ],
        ],
      },
    ],
    body: [
      'The rain damaged {n:12-60} houses and flooded about {ks:800-2500/30-120} hectares of rice and crops.',
      'Local authorities evacuated {ks:300-1200/20-80} households from low-lying and riverside areas to safe places.',
      'Soldiers, police, militia and youth union members helped residents move belongings and reinforce their homes.',
      'As the water receded, hundreds of people and vehicles cleared mud and disinfected the area.',
      'Reservoirs were operated according to procedures and weak points on the dykes were guarded.',
      'Supplies, vehicles, food, water and medicines were prepared on the spot in each locality.',
      '{Ubnd} allocated {m:150-1800} in emergency aid to affected households.',
    ],
    quotes: [
      '{Citizen} said: “The water rose very fast. Luckily the soldiers and militia came to help us move our things and take the elderly and children to safety.”',
      '{Leader} stressed: “We must never be complacent. The safety of people’s lives comes first and above all.”',
    ],
    directions: [
      '{Leader} asked localities to stay on duty around the clock and keep residents informed of the weather.',
      'Residents must be moved out of danger zones, and guards posted at flooded roads and spillways.',
      'After the floods, damage must be assessed quickly and residents helped to restore production.',
    ],
    subheads: ['Acting early', 'Forces on standby', 'Back to normal life'],
    tags: ['Natural disasters', 'Floods', 'Search and rescue', 'Landslides'],
    captions: [
      'Rescue forces help residents of {home} move their belongings to safety.',
      'A flooded road in {home} after heavy rain.',
      'Militia help a family clean their house after the flood.',
    ],
    orgs: {
      province: [['the Provincial Military Command', 'Commander']],
      local: [['the {level} Military Command', 'Commander']],
    },
  },
  {
    key: 'about',
    cats: ['gioi-thieu', 'chinh-tri'],
    kind: 'feature',
    areas: ['government'],
    event: 'meeting',
    subjects: ['{agency}', '{ubnd}'],
    actions: [
      'publishes its organisation, functions and contacts',
      'explains how residents can reach its leaders',
      'expands online channels for residents and businesses',
    ],
    phrase: 'public service',
    docPhrase: 'the organisation and operation of local government',
    scenes: [
      {
        titles: [
          'An introduction to {agency}: organisation, functions and duties',
          'How {ubnd} serves residents and businesses of {place}',
          'Contacting {agency}: address, hotlines and online services',
          'Who is who: the leadership of {place} and their areas of responsibility',
        ],
        leads: [
          'This page introduces {agency}, its organisation and functions, its leaders and the ways residents, businesses and visitors can contact it or use its online public services.',
          '{Agency} is the executive body of the local People’s Council and the State administrative body in {place}. Here is how it is organised and how to reach it.',
        ],
        opening: [
          [
            '{Ubnd} is elected by the local People’s Council and is accountable to the people of {place}, to the Council and to higher State administrative bodies.',
            'Residents, businesses and visitors can contact {agency} in person, by phone, by e-mail or through online public services.',
          ],
        ],
      },
    ],
    body: [
      '{LeaderLine}',
      '{LeaderLine}',
      '{LeaderLine}',
      'The office of {agency} is located at {address}.',
      'The switchboard can be reached on {phone}; written enquiries can be sent to {email}.',
      'Office hours are from 7.30 a.m. to 11.30 a.m. and from 1.30 p.m. to 5 p.m., Monday to Friday.',
      'Most administrative procedures can be completed online through the National Public Service Portal at dichvucong.gov.vn.',
      '{Ubnd} prepares the local socio-economic development plan and budget for the People’s Council and organises their implementation.',
      'It manages land, natural resources, the environment, construction, transport, education, health care, culture, social affairs, defence and public security in {place}.',
      'Citizens are received at the citizen reception office on working days, and the head of {agency} receives citizens at least once a month.',
      'Specialised agencies advise {ubnd} in each field and carry out State management under its direction.',
      'The chief editor of this portal is {responsible}.',
    ],
    quotes: [],
    directions: [
      'Feedback on public services can be sent through the portal, by e-mail or by phone, and will be answered within the time limit set by law.',
      'Residents are encouraged to use online public services to save time and travel costs.',
      'Updated information about the leadership, procedures and contacts is published regularly on this portal.',
    ],
    subheads: ['Organisation and functions', 'Leadership', 'How to contact us'],
    tags: ['Introduction', 'Organisation', 'Contacts', 'Public services'],
    captions: [
      'The head office of {agency}.',
      'The citizen reception office of {place}.',
      'The one-stop service desk of {place}.',
    ],
    orgs: {
      province: [['the Office of the Provincial People’s Committee', 'Chief']],
      local: [['the {level} Office', 'Chief']],
    },
  },
  {
    key: 'council',
    cats: ['chinh-tri'],
    kind: 'meeting',
    areas: ['council'],
    event: 'session',
    subjects: ['{hdnd}', 'Deputies of {hdnd}'],
    actions: [
      'steps up supervision of voters’ petitions',
      'renews question time at its sessions',
      'adopts policies that win public support',
      'meets voters before and after each session',
    ],
    phrase: 'the work of the People’s Council',
    docPhrase: 'improving the work of People’s Councils at all levels',
    scenes: [
      {
        titles: [
          '{Hdnd} opens its regular session, {hdndTerm}',
          '{Hdnd} adopts {n:12-32} resolutions at its {year} session',
          'Question time at the session of {hdnd}: frank, responsible and constructive',
          'Deputies of {hdnd} meet voters in {home} ahead of the session',
        ],
        leads: [
          'On {eventDate}, {hdndFull} opened a session {hdndTerm} to consider and decide on important matters concerning socio-economic development, defence and security.',
          'After {n:2-3} days of urgent and responsible work, the session of {hdndFull} completed its agenda and closed on {eventDate}.',
        ],
        opening: [
          ['On {eventDate}, {hdndFull} opened its regular session {hdndTerm}.'],
          ['{Leader} chaired the session.'],
        ],
      },
    ],
    body: [
      'Deputies heard reports on the socio-economic situation, defence and security, budget implementation and the budget allocation plan for {nextYear}.',
      'The session discussed and adopted {n:12-32} resolutions, many of them directly related to people’s lives.',
      'During question time, deputies focused on land clearance, the quality of health services and pollution in {unit}.',
      'Answering questions, {orgHead} took responsibility frankly, explained the causes and committed to solutions.',
      'Voters had sent {n:85-140} petitions to the session, and {p:90-98} of them have been answered by the competent agencies.',
      'The standing board of {hdnd} carried out {n:3-8} thematic supervision missions during the year.',
      'Voters welcomed the live broadcast of question time and the longer time given to debate.',
    ],
    quotes: [
      'Closing the session, {leader} said: “The resolutions adopted must be put into practice quickly and bring real benefits to the people.”',
    ],
    directions: [
      '{Leader} asked {ubnd} to issue implementation plans for the new resolutions promptly, with clear responsibilities for each agency.',
      'The standing board, committees and deputies will step up supervision, especially of the handling of voters’ petitions.',
      'Each deputy must stay in close touch with voters and report their concerns honestly and promptly.',
    ],
    subheads: ['Frank debate', 'Decisions that win public support', 'From resolutions to results'],
    tags: ["People's Council", 'Session', 'Question time', 'Voters'],
    captions: [
      '{LeaderCap} speaks at the session.',
      'Deputies vote to adopt resolutions.',
      'An overview of question time.',
    ],
    orgs: {
      province: [
        ['the Department of Finance', 'Director'],
        ['the Department of Agriculture and Environment', 'Director'],
      ],
      local: [['the {level} Economic Division', 'Head']],
    },
  },
  {
    key: 'security',
    cats: ['quoc-phong-an-ninh'],
    kind: 'feature',
    areas: ['government', 'party'],
    event: 'ceremony',
    subjects: ['{place}', 'the {level} Police', '{home}'],
    actions: [
      'steps up patrols in residential areas',
      'cracks down on crime',
      'warns residents about online fraud',
      'builds safe residential areas',
      'replicates self-managed security models',
      'reduces traffic accidents',
    ],
    phrase: 'security and public order',
    docPhrase: 'ensuring security and public order at the grassroots',
    scenes: [
      {
        titles: [
          'Residents join hands to keep {place} safe and orderly',
          'Security cameras and neighbourhood patrols keep {home} peaceful',
          'Police warn residents of {place} about online fraud tricks',
        ],
        leads: [
          'The movement for all people to protect national security has spread widely in {place}, with many effective self-management models that help maintain stability and public order from the grassroots.',
          'Recently, fraudsters impersonating State officials have been calling and texting residents of {place}, asking for personal information or money transfers.',
        ],
        opening: [
          [
            'Every night, volunteer patrol teams in {home} walk the village lanes to keep the neighbourhood safe.',
            'According to {orgHead}, security and public order in {place} remained stable in {period}.',
          ],
        ],
      },
      {
        kind: 'event',
        event: 'military send-off ceremony',
        months: [2, 3],
        titles: [
          '{Place} holds a ceremony to send young people to military service in {year}',
          'Young people of {placeName} proudly join the army',
        ],
        leads: [
          'On the morning of {eventDate}, {place} held a solemn ceremony to send {ks:1300-1900/22-45} young men and women to join the army and the police.',
        ],
        opening: [
          ['On {eventDate}, {place} held its {year} military send-off ceremony.'],
          ['Families and residents gathered from early morning to see the recruits off.'],
        ],
        body: [
          'This year {place} handed over {ks:1300-1900/22-45} recruits to army and police units, meeting {p:100-100} of its quota.',
          'Recruit {recruit} said it was an honour to serve and promised to train hard.',
        ],
        captions: [
          'Recruits from {place} ready to join the army.',
          'Families see the recruits off.',
          '{LeaderCap} presents flowers to recruits.',
        ],
      },
    ],
    body: [
      'Police investigated and solved {ks:280-520/8-20} criminal cases, a clearance rate of {p:85-94}.',
      '{Place} now has {ks:1800-2600/12-25} self-managed security teams and {ks:900-1400/9-15} neighbourhood patrols.',
      'Some {ks:3500-7200/80-180} security cameras have been installed on roads and at intersections.',
      'Traffic patrols have been stepped up, and accidents fell on all three measures compared with the same period.',
      'Residents provided the police with {ks:600-1300/15-40} useful tips on crimes and violations.',
      'Fraudsters often pose as bank, post office or police staff and persuade victims to install unknown apps.',
      'Grassroots police stay close to residents and resolve disputes as soon as they arise.',
    ],
    quotes: [
      '{Citizen} said: “Since we have cameras and patrols, our neighbourhood has become much quieter, with no more petty theft.”',
    ],
    directions: [
      'The police will continue to advise local authorities on measures to ensure security and order from the grassroots.',
      'Mass organisations will help residents stay vigilant and report crimes.',
      'Effective self-management models will be replicated to build safe residential areas.',
    ],
    subheads: ['Security rooted in the people', 'Peace from the grassroots', 'Stay vigilant'],
    tags: ['Security', 'Public order', 'Crime prevention', 'Traffic safety'],
    captions: [
      'A volunteer patrol team in {home}.',
      'Police explain common fraud tricks to residents.',
      'Security cameras installed in {home}.',
    ],
    orgs: {
      province: [['the Provincial Police', 'Director']],
      local: [['the {level} Police', 'Chief']],
    },
  },
];

// ---------------------------------------------------------------------------
// Helpers for the site's own pages

function lowerFirst(s: string): string {
  return s.length === 0 ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function leaderLine(l: DemoLeader, lang: DemoLang): string {
  if (lang === 'vi')
    return `${l.gender === 'female' ? 'Bà' : 'Ông'} ${l.nameVi}, ${l.titleVi}: ${lowerFirst(l.dutiesVi)}.`;
  return `${l.gender === 'female' ? 'Ms' : 'Mr'} ${l.nameEn}, ${l.titleEn}: ${lowerFirst(l.dutiesEn)}.`;
}

// ---------------------------------------------------------------------------
// Introduction pages

/** Invented totals of commune-level units of the demo province. */
const PROVINCE_UNITS = { total: 72, wards: 9 } as const;

/**
 * Two or three pages for a site's "Giới thiệu" category: overview,
 * organisation and functions (with the leaders), contacts — in Vietnamese
 * and English. Deterministic (no randomness).
 */
export function generateIntroPages(site: DemoSite): DemoIntroPage[] {
  const province = site.kind === 'province';
  const kVi = site.kindWordVi;
  const kEn = site.kindWordEn.toLowerCase();
  const unitsVi = site.subUnits.map((u) => u.nameVi).join(', ');
  const unitsEn = site.subUnits.map((u) => u.nameEn).join(', ');
  const pop = Math.round(site.population / (province ? 1000 : 10)) * (province ? 1000 : 10);
  const seat = site.subUnits[0] as DemoSubUnit;

  const overviewVi: string[] = [
    `${site.nameVi} có diện tích tự nhiên khoảng ${fmtInt(site.areaKm2, 'vi')} km², dân số hơn ${fmtInt(pop, 'vi')} người.`,
    province
      ? `Tỉnh có ${PROVINCE_UNITS.total} đơn vị hành chính cấp xã, gồm ${PROVINCE_UNITS.wards} phường và ${PROVINCE_UNITS.total - PROVINCE_UNITS.wards} xã; trung tâm hành chính của tỉnh đặt tại phường ${seat.nameVi}.`
      : `${capFirst(kVi)} có ${site.subUnits.length} ${site.subUnits[0]?.kindVi ?? 'thôn'}: ${unitsVi}; trụ sở Đảng ủy, HĐND và UBND ${kVi} đặt tại ${unitText(seat, 'vi')}.`,
    site.geographyVi,
    site.economyVi,
    province
      ? `Tỉnh được tái lập từ năm ${site.establishedYear}. Trải qua chặng đường xây dựng và phát triển, Đảng bộ, chính quyền và nhân dân tỉnh ${site.shortNameVi} đã đạt được nhiều thành tựu quan trọng trên các lĩnh vực.`
      : `${site.nameVi} được thành lập năm ${site.establishedYear} trên cơ sở sắp xếp, hợp nhất các đơn vị hành chính cấp xã trước đây, thực hiện chủ trương tổ chức chính quyền địa phương hai cấp.`,
    `Người dân ${site.shortNameVi} cần cù, hiếu học, giàu truyền thống yêu nước và cách mạng. Trên địa bàn có nhiều di tích lịch sử – văn hóa, lễ hội truyền thống và nghề thủ công được gìn giữ, phát huy.`,
    `Giai đoạn 2025 – 2030, ${kVi} ${site.shortNameVi} xác định phát triển nhanh và bền vững, lấy chuyển đổi số, cải cách hành chính và phát triển nguồn nhân lực làm khâu đột phá, không ngừng nâng cao đời sống vật chất, tinh thần của nhân dân.`,
  ];
  const overviewEn: string[] = [
    `${site.nameEn} covers about ${fmtInt(site.areaKm2, 'en')} square kilometres and has a population of more than ${fmtInt(pop, 'en')}.`,
    province
      ? `The province has ${PROVINCE_UNITS.total} commune-level units, including ${PROVINCE_UNITS.wards} wards and ${PROVINCE_UNITS.total - PROVINCE_UNITS.wards} communes; its administrative centre is in ${seat.nameEn} Ward.`
      : `The ${kEn} has ${site.subUnits.length} ${(site.subUnits[0]?.kindEn ?? 'village').toLowerCase()}s: ${unitsEn}. The ${kEn} Party Committee, People's Council and People's Committee are based in ${unitText(seat, 'en')}.`,
    site.geographyEn,
    site.economyEn,
    province
      ? `The province was re-established in ${site.establishedYear}. Since then, its Party organisation, authorities and people have made important achievements in every field.`
      : `${site.nameEn} was established in ${site.establishedYear} by merging former commune-level units, as part of the reorganisation into two-tier local government.`,
    `The people of ${site.shortNameEn} are hard-working, fond of learning and proud of their patriotic and revolutionary traditions. The area has many historical and cultural relics, traditional festivals and crafts that are carefully preserved.`,
    `For 2025–2030, ${site.nameEn} aims for fast and sustainable development, with digital transformation, administrative reform and human resources as breakthroughs, and with steady improvements in people's lives.`,
  ];

  const deptsVi = province
    ? 'Các cơ quan chuyên môn thuộc UBND tỉnh gồm: Văn phòng UBND tỉnh, Sở Nội vụ, Sở Tài chính, Sở Tư pháp, Sở Công Thương, Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Khoa học và Công nghệ, Sở Giáo dục và Đào tạo, Sở Y tế, Sở Văn hóa, Thể thao và Du lịch, Thanh tra tỉnh.'
    : `Các cơ quan chuyên môn thuộc UBND ${kVi} gồm: Văn phòng HĐND và UBND ${kVi}, ${
        site.kind === 'ward' ? 'Phòng Kinh tế, Hạ tầng và Đô thị' : 'Phòng Kinh tế'
      }, Phòng Văn hóa – Xã hội; đơn vị sự nghiệp trực thuộc là Trung tâm Phục vụ hành chính công ${kVi}.`;
  const deptsEn = province
    ? "The specialised agencies of the Provincial People's Committee are: the Office of the Provincial People's Committee, the Departments of Home Affairs, Finance, Justice, Industry and Trade, Agriculture and Environment, Construction, Science and Technology, Education and Training, Health, and Culture, Sports and Tourism, and the Provincial Inspectorate."
    : `The specialised agencies of the ${site.levelEn} People's Committee are the ${site.levelEn} Office, the ${
        site.kind === 'ward' ? 'Economic, Infrastructure and Urban Affairs Division' : 'Economic Division'
      } and the Culture and Society Division, supported by the ${site.levelEn} Public Administration Service Centre.`;

  const orgVi: string[] = [
    `${site.agencyVi} do Hội đồng nhân dân ${kVi} bầu, là cơ quan chấp hành của Hội đồng nhân dân, cơ quan hành chính nhà nước ở địa phương, chịu trách nhiệm trước Nhân dân địa phương, Hội đồng nhân dân ${kVi} và cơ quan hành chính nhà nước cấp trên.`,
    'Chức năng, nhiệm vụ chủ yếu:',
    '– Xây dựng, trình Hội đồng nhân dân quyết định kế hoạch phát triển kinh tế – xã hội, dự toán ngân sách; tổ chức thực hiện các nghị quyết của Hội đồng nhân dân.',
    '– Quản lý nhà nước về đất đai, tài nguyên, môi trường, xây dựng, giao thông, nông nghiệp, công thương, văn hóa, giáo dục, y tế, lao động và an sinh xã hội trên địa bàn.',
    '– Bảo đảm quốc phòng, an ninh, trật tự an toàn xã hội; phòng, chống thiên tai; bảo vệ quyền và lợi ích hợp pháp của tổ chức, cá nhân.',
    '– Tổ chức tiếp công dân, giải quyết khiếu nại, tố cáo; đẩy mạnh cải cách hành chính, xây dựng chính quyền số.',
    'Lãnh đạo chủ chốt:',
    ...site.leaders.map((l) => `– ${leaderLine(l, 'vi')}`),
    deptsVi,
  ];
  const orgEn: string[] = [
    `The ${site.agencyEn} is elected by the ${site.levelEn} People's Council. It is the executive body of the Council and the State administrative body in the locality, accountable to local people, to the Council and to higher State administrative bodies.`,
    'Main functions and duties:',
    "– To prepare and submit to the People's Council the socio-economic development plan and the budget, and to implement the Council's resolutions.",
    '– To manage land, natural resources, the environment, construction, transport, agriculture, industry and trade, culture, education, health care, labour and social welfare in the locality.',
    '– To ensure defence, security and public order, to prevent natural disasters, and to protect the lawful rights and interests of organisations and individuals.',
    '– To receive citizens and settle complaints and denunciations, and to push ahead with administrative reform and digital government.',
    'Leadership:',
    ...site.leaders.map((l) => `– ${leaderLine(l, 'en')}`),
    deptsEn,
  ];

  const provinceSite = provinceOf(site);
  const dvcTinh =
    provinceSite.links.find((l) => l.url.startsWith('https://dichvucong.') && l.url.includes('.example.'))
      ?.url ?? 'https://dichvucong.gov.vn';
  const contactVi: string[] = [
    site.agencyVi,
    `Địa chỉ: ${site.addressVi}`,
    `Điện thoại: ${site.phone}${site.fax ? ` – Fax: ${site.fax}` : ''}`,
    `Thư điện tử: ${site.email}`,
    'Thời gian làm việc: buổi sáng từ 7 giờ 30 đến 11 giờ 30, buổi chiều từ 13 giờ 30 đến 17 giờ, từ thứ Hai đến thứ Sáu (trừ ngày nghỉ lễ, Tết).',
    `Tiếp công dân: tại Trụ sở Tiếp công dân ${kVi} ${site.shortNameVi} vào các ngày làm việc; lãnh đạo UBND ${kVi} tiếp công dân định kỳ vào ngày 15 hằng tháng.`,
    `Nộp hồ sơ thủ tục hành chính trực tuyến qua Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn) hoặc Hệ thống thông tin giải quyết thủ tục hành chính tỉnh ${provinceSite.shortNameVi} (${dvcTinh}).`,
    `Người chịu trách nhiệm chính: ${site.responsibleVi}.`,
    `${site.licenceVi}.`,
  ];
  const contactEn: string[] = [
    `The ${site.agencyEn}`,
    `Address: ${site.addressEn}`,
    `Telephone: ${site.phone}${site.fax ? ` – Fax: ${site.fax}` : ''}`,
    `E-mail: ${site.email}`,
    'Office hours: 7.30 a.m. to 11.30 a.m. and 1.30 p.m. to 5 p.m., Monday to Friday (except public holidays).',
    `Citizen reception: at the citizen reception office of ${site.nameEn} on working days; leaders of the ${site.levelEn} People's Committee receive citizens on the 15th of every month.`,
    `Administrative applications can be submitted online through the National Public Service Portal (https://dichvucong.gov.vn) or the ${provinceSite.shortNameEn} administrative procedures system (${dvcTinh}).`,
    `Chief editor: ${site.responsibleEn}.`,
    `${site.licenceEn}.`,
  ];

  return [
    { slug: 'tong-quan', titleVi: 'Tổng quan', titleEn: 'Overview', bodyVi: overviewVi, bodyEn: overviewEn },
    {
      slug: 'co-cau-to-chuc',
      titleVi: 'Cơ cấu tổ chức, chức năng nhiệm vụ',
      titleEn: 'Organisation, functions and duties',
      bodyVi: orgVi,
      bodyEn: orgEn,
    },
    {
      slug: 'thong-tin-lien-he',
      titleVi: 'Thông tin liên hệ',
      titleEn: 'Contact information',
      bodyVi: contactVi,
      bodyEn: contactEn,
    },
  ];
}
