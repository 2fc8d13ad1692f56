// Compiles the phrase pools of a language once (a "pack") and picks the topics
// that fit a site and a category.

import type { DemoCategory, DemoSite } from '../places.js';
import { compile, compileAll } from './engine.js';
import { SLOTS } from './slots.js';
import type { Gen, Pack, RawGen, RawTopic, SiteKind, Topic } from './topic-model.js';
import { GEN_EN, TOPICS_EN } from './topics-en.js';
import { GEN_VI, TOPICS_VI } from './topics-vi.js';
import type { DemoLang } from './types.js';

const ALL_KINDS: readonly SiteKind[] = ['province', 'commune', 'ward'];
const DEFAULT_SUBJECTS = ['{place}', '{place}', '{ubnd}', '{home}'];

function compileTopic(t: RawTopic, lang: DemoLang): Topic {
  const where = `${lang}:${t.key}`;
  const body = compileAll(t.body, where, SLOTS);
  const quotes = compileAll(t.quotes, where, SLOTS);
  const captions = compileAll(t.captions, where, SLOTS);
  return {
    key: t.key,
    cats: t.cats,
    kinds: t.kinds ?? ALL_KINDS,
    areas: t.areas,
    year: t.year ?? null,
    phrase: compile(t.phrase, where, SLOTS),
    docPhrase: compile(t.docPhrase, where, SLOTS),
    subjects: compileAll(t.subjects ?? DEFAULT_SUBJECTS, where, SLOTS),
    customSubjects: t.subjects !== undefined,
    subjectsNoHome: compileAll(
      (t.subjects ?? DEFAULT_SUBJECTS).filter((x) => !x.includes('{home}')),
      where,
      SLOTS,
    ),
    actions: compileAll(t.actions ?? [], where, SLOTS),
    scenes: t.scenes.map((s) => ({
      fixedTitles: s.fixedTitles ?? false,
      kind: s.kind ?? t.kind,
      event: s.event ?? t.event,
      months: s.months ?? t.months ?? null,
      titles: compileAll(s.titles, where, SLOTS),
      leads: compileAll(s.leads, where, SLOTS),
      opening: s.opening.map((g) => compileAll(g, where, SLOTS)),
      body: [...compileAll(s.body ?? [], where, SLOTS), ...body],
      quotes: [...compileAll(s.quotes ?? [], where, SLOTS), ...quotes],
      captions: [...compileAll(s.captions ?? [], where, SLOTS), ...captions],
    })),
    directions: compileAll(t.directions, where, SLOTS),
    subheads: t.subheads,
    tags: t.tags,
    orgsProvince: t.orgs.province.map(([name, head]) => ({ name: compile(name, where, SLOTS), head })),
    orgsLocal: t.orgs.local.map(([name, head]) => ({ name: compile(name, where, SLOTS), head })),
  };
}

function compileGen(g: RawGen, lang: DemoLang): Gen {
  const where = `${lang}:generic`;
  return {
    attend: compileAll(g.attend, where, SLOTS),
    meeting: compileAll(g.meeting, where, SLOTS),
    results: compileAll(g.results, where, SLOTS),
    issues: compileAll(g.issues, where, SLOTS),
    directions: compileAll(g.directions, where, SLOTS),
    future: compileAll(g.future, where, SLOTS),
    closeMeeting: compileAll(g.closeMeeting, where, SLOTS),
    closeEvent: compileAll(g.closeEvent, where, SLOTS),
    closeFeature: compileAll(g.closeFeature, where, SLOTS),
    docs: compileAll(g.docs, where, SLOTS),
    background: compileAll(g.background, where, SLOTS),
    leadTail: compileAll(g.leadTail, where, SLOTS),
    leadResults: compileAll(g.leadResults, where, SLOTS),
    filler: compileAll(g.filler, where, SLOTS),
    subheads: g.subheads,
  };
}

const packs: Partial<Record<DemoLang, Pack>> = {};

export function getPack(lang: DemoLang): Pack {
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

export function topicsFor(pack: Pack, site: DemoSite, category: DemoCategory): Topic[] {
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
