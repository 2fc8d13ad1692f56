// Invented people: Vietnamese names, reporters' pen names and bylines, and
// "mentions" (how a leader, guest or agency head is named in running text).

import { DEMO_PROVINCE, type DemoLeader, type DemoSite } from '../places.js';
import type { Rng } from '../random.js';
import { lowerFirst, stripDiacritics } from './formats.js';
import type { DemoLang } from './types.js';

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

export function makePerson(rng: Rng, minAge: number, maxAge: number, female = rng.chance(0.45)): Person {
  const name = `${rng.pick(FAMILY)} ${female ? rng.pick(MIDDLE_F) : rng.pick(MIDDLE_M)} ${
    female ? rng.pick(GIVEN_F) : rng.pick(GIVEN_M)
  }`;
  return { name, female, age: rng.int(minAge, maxAge) };
}

export function honorificVi(p: Person): string {
  if (p.age < 40) return p.female ? 'chị' : 'anh';
  return p.female ? 'bà' : 'ông';
}

export function honorificEn(p: Person): string {
  return p.female ? 'Ms' : 'Mr';
}

/** `Mr Huy` style reference: Vietnamese are called by the last syllable of the name. */
function shortRefEn(nameEn: string, female: boolean): string {
  const parts = nameEn.split(' ');
  return `${female ? 'Ms' : 'Mr'} ${parts[parts.length - 1]}`;
}

// ---------------------------------------------------------------------------
// Mentions of people

export interface Mention {
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

export function leaderMention(l: DemoLeader, lang: DemoLang): Mention {
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

export function superiorMention(rng: Rng, site: DemoSite, lang: DemoLang): Mention {
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
  const nameEn = stripDiacritics(g.name);
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

export function orgHeadMention(rng: Rng, org: string, head: string, lang: DemoLang): Mention {
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
  const nameEn = stripDiacritics(p.name);
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

export function leaderLine(l: DemoLeader, lang: DemoLang): string {
  if (lang === 'vi')
    return `${l.gender === 'female' ? 'Bà' : 'Ông'} ${l.nameVi}, ${l.titleVi}: ${lowerFirst(l.dutiesVi)}.`;
  return `${l.gender === 'female' ? 'Ms' : 'Mr'} ${l.nameEn}, ${l.titleEn}: ${lowerFirst(l.dutiesEn)}.`;
}

// ---------------------------------------------------------------------------
// Bylines

function initials(name: string): string {
  return name
    .split(' ')
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
}

export function makeByline(rng: Rng, lang: DemoLang): { byline: string; photoCredit: string } {
  const a = rng.pick(PEN_NAMES);
  let b: string = rng.pick(PEN_NAMES);
  if (b === a) b = PEN_NAMES[(PEN_NAMES.indexOf(a) + 7) % PEN_NAMES.length] as string;
  if (lang === 'en') {
    const an = stripDiacritics(a);
    const bn = stripDiacritics(b);
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
