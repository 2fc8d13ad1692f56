// generateArticle: one invented news article (title, sapo, body, byline,
// captions, tags) for a demo site and category, from a seeded Rng.

import type { DemoCategory, DemoSite, DemoSubUnit } from '../places.js';
import type { Rng } from '../random.js';
import { makeBody } from './body.js';
import { placeTail, sinceText, timeTail } from './context-phrases.js';
import { type Ctx, draw, render, sentence } from './engine.js';
import { capFirst } from './formats.js';
import { leaderMention, makeByline, orgHeadMention, superiorMention } from './people.js';
import { siteWords } from './site-words.js';
import type { Pack, Scene, Topic } from './topic-model.js';
import { getPack, topicsFor } from './topic-packs.js';
import type { DemoArticle, DemoArticleOptions, DemoLang } from './types.js';
import { countWords } from './words.js';

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
