// The slot table of the template language: what {place}, {leader}, {n:5-20},
// {docGov} etc. expand to for an article.

import type { DemoLeader } from '../places.js';
import {
  festivalPairs,
  MODEL_PAIRS,
  memoPair,
  nextUnit,
  occasionText,
  periodText,
  placeTail,
  projectPairs,
  schoolPairs,
  seasonText,
  sinceText,
  spotPairs,
  timeTail,
} from './context-phrases.js';
import { docGov, docLocal, docTtlt, docTw, docUbnd } from './documents.js';
import { type Ctx, render, type SlotFactory } from './engine.js';
import {
  DAY_MS,
  fmtDate,
  fmtDec,
  fmtInt,
  fmtMoneyBillion,
  fmtMoneyMillion,
  MONTHS_EN,
  niceRound,
  randomDateMs,
  stripDiacritics,
} from './formats.js';
import { honorificEn, honorificVi, leaderLine, type Mention, makePerson } from './people.js';
import { PROVINCE_UNITS, type SiteWords, unitText } from './site-words.js';

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

function fmtPercent(c: Ctx, lo: number, hi: number): string {
  let v = c.rng.float(lo, hi);
  if (v > 100) v = 100;
  if (hi - lo > 3 && c.rng.chance(0.3)) v = Math.round(v);
  if (v > 100) v = 100;
  return `${fmtDec(v, c.lang)}%`;
}

const CITIES: readonly (readonly [string, string])[] = [
  ['Hà Nội', 'Ha Noi'],
  ['Thành phố Hồ Chí Minh', 'Ho Chi Minh City'],
  ['Đà Nẵng', 'Da Nang'],
  ['Hải Phòng', 'Hai Phong'],
  ['Cần Thơ', 'Can Tho'],
  ['Huế', 'Hue'],
];

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
          : `${honorificEn(p)} ${stripDiacritics(p.name)} from ${unitText(u, 'en')}`;
      }
      case 'youth': {
        const p = makePerson(rng, 20, 32);
        const u = rng.chance(0.5) ? c.home : nextUnit(c);
        return vi
          ? `${honorificVi(p)} ${p.name} (${p.age} tuổi, ${unitText(u, 'vi')})`
          : `${honorificEn(p)} ${stripDiacritics(p.name)}, ${p.age}, from ${unitText(u, 'en')}`;
      }
      case 'recruit': {
        const p = makePerson(rng, 18, 24, rng.chance(0.08));
        const u = nextUnit(c);
        return vi
          ? `${p.name} (${p.age} tuổi, ${unitText(u, 'vi')})`
          : `${stripDiacritics(p.name)}, ${p.age}, from ${unitText(u, 'en')}`;
      }
      case 'person': {
        const p = makePerson(rng, 40, 75);
        return vi ? `${honorificVi(p)} ${p.name}` : `${honorificEn(p)} ${stripDiacritics(p.name)}`;
      }
      case 'visitor': {
        const p = makePerson(rng, 24, 45);
        const city = rng.pick(CITIES);
        return vi
          ? `${honorificVi(p)} ${p.name}, du khách đến từ ${city[0]}`
          : `${honorificEn(p)} ${stripDiacritics(p.name)}, a visitor from ${city[1]}`;
      }
      default: {
        const p = makePerson(rng, 10, 17);
        return vi ? `em ${p.name}` : stripDiacritics(p.name);
      }
    }
  };
}

export const SLOTS: Record<string, SlotFactory> = {
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
