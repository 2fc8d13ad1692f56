// Template engine of the demo text: compiles phrase templates once and renders
// them against an article context, drawing sentences from pools without repeats.

import type { DemoSite, DemoSubUnit } from '../places.js';
import type { Rng } from '../random.js';
import { capFirst } from './formats.js';
import type { Mention } from './people.js';
import type { SiteWords } from './site-words.js';
import type { Scene, Topic } from './topic-model.js';
import type { DemoLang } from './types.js';

type Part = string | ((c: Ctx) => string);
export type Tpl = readonly Part[];
export type SlotFactory = (arg: string, where: string) => (c: Ctx) => string;
/** Slot name (first letter lower case) -> factory; see slots.ts. */
export type SlotTable = Readonly<Record<string, SlotFactory>>;

interface Deck {
  items: readonly Tpl[];
  order: number[];
  pos: number;
}

/** Everything an article's templates are rendered against (one per article). */
export interface Ctx {
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

export function render(t: Tpl, c: Ctx): string {
  let s = '';
  for (let i = 0; i < t.length; i++) {
    const p = t[i] as Part;
    s += typeof p === 'string' ? p : p(c);
  }
  return s;
}

/**
 * Compile a template once (`where` names it in error messages). The mini-language:
 *
 *     {slot}        a slot, e.g. {place}, {leader}, {eventDate}; {Slot} = same, first letter capitalised
 *     {slot:arg}    a slot with an argument, e.g. {n:5-20}, {p:80-99.5}, {ks:1200-4000/30-90}
 *     [a|b|c]       one of the alternatives (each may contain slots; an empty one is allowed)
 */
export function compile(src: string, where: string, slots: SlotTable): Tpl {
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
      parts.push(slotPart(src.slice(i + 1, end), where, slots));
      i = end + 1;
    } else if (ch === '[') {
      const end = src.indexOf(']', i);
      if (end < 0) throw new Error(`demo text: unclosed [ in ${where}: ${src}`);
      flush();
      const options = src
        .slice(i + 1, end)
        .split('|')
        .map((o) => compile(o, where, slots));
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

function slotPart(body: string, where: string, slots: SlotTable): (c: Ctx) => string {
  const colon = body.indexOf(':');
  const rawName = colon < 0 ? body : body.slice(0, colon);
  const arg = colon < 0 ? '' : body.slice(colon + 1);
  const first = rawName.charAt(0);
  const cap = first !== first.toLowerCase();
  const name = cap ? first.toLowerCase() + rawName.slice(1) : rawName;
  const factory = slots[name];
  if (!factory) throw new Error(`demo text: unknown slot {${rawName}} in ${where}`);
  const fn = factory(arg, where);
  return cap ? (c) => capFirst(fn(c)) : fn;
}

export function compileAll(list: readonly string[], where: string, slots: SlotTable): Tpl[] {
  return list.map((s) => compile(s, where, slots));
}

/** Draw the next template of a pool, in a per-article shuffled order (no repeats until the pool is used up). */
export function draw(c: Ctx, pool: readonly Tpl[]): Tpl {
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
export function fresh(c: Ctx, pool: readonly Tpl[]): Tpl | null {
  let d = c.decks.get(pool);
  if (!d) {
    d = { items: pool, order: c.rng.shuffle(pool.map((_, i) => i)), pos: 0 };
    c.decks.set(pool, d);
  }
  if (d.pos >= d.order.length) return null;
  return d.items[d.order[d.pos++] as number] as Tpl;
}

export function left(c: Ctx, pool: readonly Tpl[]): number {
  const d = c.decks.get(pool);
  return d ? d.order.length - d.pos : pool.length;
}

export function sentence(t: Tpl, c: Ctx): string {
  return capFirst(render(t, c));
}
