// Shapes of the phrase pools: raw topics and generic pools as written in the
// topics-* files, and their compiled forms used by the article generator.

import type { DemoLeaderArea, DemoSite } from '../places.js';
import type { Tpl } from './engine.js';
import type { DemoLang } from './types.js';

/** How an article is told: a meeting report, an event report or a feature. */
export type Kind = 'meeting' | 'event' | 'feature';

export type SiteKind = DemoSite['kind'];

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

export interface RawTopic {
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

export interface RawGen {
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

export interface Scene {
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

export interface Topic {
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

export interface Gen {
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

export interface Pack {
  lang: DemoLang;
  topics: Topic[];
  gen: Gen;
  byCat: Map<string, Topic[]>;
}
