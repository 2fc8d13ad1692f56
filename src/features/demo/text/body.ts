// The body of an article: phases (opening, main facts, issues, directions,
// closing) filled from the pools to a target word count, with subheadings.

import { type Ctx, draw, fresh, left, sentence, type Tpl } from './engine.js';
import { capFirst } from './formats.js';
import type { Gen, Kind, Pack, Scene, Topic } from './topic-model.js';
import { countWords, cutToWords } from './words.js';

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

const CONNECTIVES = ['Đồng thời, ', 'Bên cạnh đó, ', 'Cùng với đó, ', 'Ngoài ra, '] as const;

function dropConnective(s: string): string {
  for (const k of CONNECTIVES) if (s.startsWith(k)) return capFirst(s.slice(k.length));
  return s;
}

export function makeBody(
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
