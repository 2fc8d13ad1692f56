import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import sharp from 'sharp';
import { fold } from '../../platform/vietnamese/index.js';
import { generateDemoImage, generateEmblemSvg } from './images.js';
import { DEMO_COMMUNES, DEMO_PROVINCE, DEMO_SITES, type DemoSite } from './places.js';
import { Rng } from './random.js';
import { type DemoArticle, type DemoLang, generateArticle, generateIntroPages } from './text/index.js';

/** Words as a reader counts them: whitespace-separated tokens with a letter or digit. */
function words(s: string): number {
  return s.split(/\s+/u).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
}

function bodyWords(a: DemoArticle): number {
  return a.paragraphs.reduce((n, p) => n + words(p), 0);
}

function allStrings(a: DemoArticle): string[] {
  return [
    a.title,
    a.lead,
    ...a.paragraphs,
    ...a.subheadings.map((s) => s.text),
    a.byline,
    a.source ?? '',
    ...a.tags,
    a.photoCredit,
    ...a.captions,
  ];
}

const DOC_NUMBER = /\d+(\/\d{4})?\/[A-ZĐ]+-[A-ZĐ]+|\d+-[A-ZĐ]+\/[A-ZĐ]+/u;

/** Articles spread over every site and category. */
function sampleArticles(
  count: number,
  lang: DemoLang,
  minWords: number,
  maxWords: number,
  seed = 7,
): DemoArticle[] {
  const rng = new Rng(seed);
  const out: DemoArticle[] = [];
  for (let i = 0; i < count; i++) {
    const site = DEMO_SITES[i % DEMO_SITES.length] as DemoSite;
    const category = site.categories[Math.floor(i / DEMO_SITES.length) % site.categories.length];
    assert.ok(category);
    out.push(generateArticle(rng, site, category, { minWords, maxWords, lang }));
  }
  return out;
}

describe('Rng', () => {
  it('is deterministic and stays within bounds', () => {
    const a = new Rng(42);
    const b = new Rng(42);
    for (let i = 0; i < 1000; i++) {
      const x = a.next();
      assert.equal(x, b.next());
      assert.ok(x >= 0 && x < 1);
    }
    const r = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 2000; i++) {
      const v = r.int(1, 6);
      assert.ok(Number.isInteger(v) && v >= 1 && v <= 6);
      seen.add(v);
    }
    assert.equal(seen.size, 6, 'both ends of int() are reachable');
    assert.equal(new Rng('hoa-lam').next(), new Rng('hoa-lam').next());
  });

  it('shuffle returns a permutation copy, pick and chance behave', () => {
    const r = new Rng(9);
    const input = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = r.shuffle(input);
    assert.deepEqual(input, [1, 2, 3, 4, 5, 6, 7, 8]);
    assert.notEqual(out, input);
    assert.deepEqual(
      [...out].sort((x, y) => x - y),
      input,
    );
    assert.ok(input.includes(r.pick(input)));
    assert.throws(() => r.pick([]));
    let hits = 0;
    for (let i = 0; i < 4000; i++) if (r.chance(0.25)) hits++;
    assert.ok(hits > 800 && hits < 1200, `chance(0.25) hit ${hits}/4000`);
  });
});

describe('demo places', () => {
  it('has a province and at least two communes/wards with complete footer settings', () => {
    assert.equal(DEMO_PROVINCE.kind, 'province');
    assert.ok(DEMO_COMMUNES.length >= 2);
    const hosts = new Set<string>();
    for (const site of DEMO_SITES) {
      for (const key of [
        'nameVi',
        'nameEn',
        'agencyVi',
        'agencyEn',
        'addressVi',
        'addressEn',
        'phone',
        'email',
        'licenceVi',
        'licenceEn',
        'responsibleVi',
        'responsibleEn',
      ] as const) {
        assert.ok(site[key].length > 0, `${site.code}.${key}`);
      }
      assert.match(site.email, /@[a-z.]+\.example\.vn$/);
      assert.ok(site.hosts.length > 0);
      for (const h of site.hosts) {
        assert.ok(!hosts.has(h), `duplicate host ${h}`);
        hosts.add(h);
      }
      assert.ok(site.categories.length >= 5 && site.categories.length <= 7, `${site.code} categories`);
      assert.ok(site.links.length >= 6 && site.links.length <= 8, `${site.code} links`);
      for (const l of site.links) assert.match(l.url, /^https:\/\/[a-z0-9.-]+$/);
      assert.ok(site.leaders.length >= 4);
      assert.ok(site.subUnits.length >= 5);
    }
  });

  it('uses category slugs folded from the Vietnamese names', () => {
    const slug = (s: string): string =>
      fold(s)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '');
    for (const site of DEMO_SITES) {
      for (const c of site.categories) assert.equal(c.slug, slug(c.nameVi));
    }
  });

  it('stores all text in NFC', () => {
    const walk = (v: unknown): void => {
      if (typeof v === 'string') assert.equal(v, v.normalize('NFC'));
      else if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object') Object.values(v).forEach(walk);
    };
    walk(DEMO_SITES);
  });
});

describe('generateArticle', () => {
  it('is deterministic for the same seed', () => {
    for (const lang of ['vi', 'en'] as const) {
      const opts = { minWords: 300, maxWords: 1500, lang };
      const a = generateArticle(new Rng(123), DEMO_PROVINCE, DEMO_PROVINCE.categories[1]!, opts);
      const b = generateArticle(new Rng(123), DEMO_PROVINCE, DEMO_PROVINCE.categories[1]!, opts);
      assert.deepEqual(a, b);
      const c = generateArticle(new Rng(124), DEMO_PROVINCE, DEMO_PROVINCE.categories[1]!, opts);
      assert.notDeepEqual(a, c);
    }
  });

  it('never uses Math.random', () => {
    const original = Math.random;
    Math.random = () => {
      throw new Error('Math.random used');
    };
    try {
      sampleArticles(40, 'vi', 300, 1500);
      sampleArticles(20, 'en', 300, 1500);
    } finally {
      Math.random = original;
    }
  });

  it('keeps the body within [minWords, maxWords] for 300..1500', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const a of sampleArticles(150, lang, 300, 1500)) {
        const n = bodyWords(a);
        assert.ok(n >= 300 && n <= 1500, `${lang} body has ${n} words: ${a.title}`);
      }
    }
  });

  it('honours narrow and long ranges too', () => {
    for (const [min, max] of [
      [800, 800],
      [60, 80],
      [1450, 1500],
    ] as const) {
      for (const lang of ['vi', 'en'] as const) {
        for (const a of sampleArticles(30, lang, min, max, min)) {
          const n = bodyWords(a);
          assert.ok(n >= min && n <= max, `${lang} ${n} words not in ${min}..${max}`);
        }
      }
    }
  });

  it('does not repeat a sentence within an ordinary article', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const a of sampleArticles(60, lang, 1200, 1500)) {
        const sentences = a.paragraphs.join(' ').split(/(?<=[.”])\s+/u);
        const seen = new Set<string>();
        for (const s of sentences) {
          if (s.length > 40) assert.ok(!seen.has(s), `${lang} repeats: ${s}`);
          seen.add(s);
        }
      }
    }
  });

  it('produces well-formed headlines, leads, tags and captions in NFC', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const a of sampleArticles(200, lang, 300, 1500)) {
        const t = words(a.title);
        assert.ok(t >= 8 && t <= 20, `title has ${t} words: ${a.title}`);
        assert.equal(a.title.charAt(0), a.title.charAt(0).toUpperCase());
        const l = words(a.lead);
        assert.ok(l >= 25 && l <= 60, `lead has ${l} words: ${a.lead}`);
        assert.ok(a.tags.length >= 2 && a.tags.length <= 4, 'tags');
        for (const tag of a.tags) assert.ok(tag.length > 0);
        assert.equal(a.captions.length, 3);
        assert.equal(new Set(a.captions).size, 3);
        assert.ok(a.byline.length > 0 && a.photoCredit.length > 0);
        assert.ok(a.subheadings.length <= 2);
        for (const h of a.subheadings) {
          assert.ok(h.beforeParagraph > 0 && h.beforeParagraph < a.paragraphs.length);
        }
        for (const s of allStrings(a)) {
          assert.equal(s, s.normalize('NFC'), `not NFC: ${s}`);
          assert.doesNotMatch(s, /[{}[\]]|\s{2}|\bundefined\b|\bNaN\b/u, `template leak: ${s}`);
        }
      }
    }
  });

  it('starts about half of the Vietnamese leads with "- " and no English lead', () => {
    const vi = sampleArticles(200, 'vi', 300, 600);
    const dashed = vi.filter((a) => a.lead.startsWith('- ')).length;
    assert.ok(dashed > 60 && dashed < 140, `${dashed}/200 leads start with "- "`);
    const en = sampleArticles(50, 'en', 300, 600);
    assert.ok(en.every((a) => !a.lead.startsWith('- ')));
  });

  it('cites Vietnamese document numbers in some but not all articles', () => {
    const articles = sampleArticles(200, 'vi', 500, 1200);
    const citing = articles.filter((a) => a.paragraphs.some((p) => DOC_NUMBER.test(p))).length;
    assert.ok(citing >= 20 && citing <= 140, `${citing}/200 articles cite documents`);
  });

  it('leaves the source empty about 40% of the time', () => {
    const articles = sampleArticles(300, 'vi', 300, 400);
    const empty = articles.filter((a) => a.source === null).length;
    assert.ok(empty > 80 && empty < 160, `${empty}/300 without source`);
  });

  it('gives varied headlines', () => {
    const articles = sampleArticles(300, 'vi', 300, 400, 99);
    const distinct = new Set(articles.map((a) => a.title)).size;
    assert.ok(distinct >= 270, `${distinct}/300 distinct titles`);
  });
});

describe('generateIntroPages', () => {
  it('returns overview, organisation and contact pages in both languages', () => {
    for (const site of DEMO_SITES) {
      const pages = generateIntroPages(site);
      assert.ok(pages.length >= 2 && pages.length <= 3);
      assert.deepEqual(
        pages.map((p) => p.slug),
        ['tong-quan', 'co-cau-to-chuc', 'thong-tin-lien-he'],
      );
      for (const p of pages) {
        assert.ok(p.bodyVi.length > 0 && p.bodyEn.length > 0);
        for (const s of [p.titleVi, p.titleEn, ...p.bodyVi, ...p.bodyEn]) {
          assert.equal(s, s.normalize('NFC'));
          assert.doesNotMatch(s, /undefined|\{|\}/);
        }
      }
      const org = pages[1]!;
      for (const l of site.leaders) assert.ok(org.bodyVi.some((line) => line.includes(l.nameVi)));
      const contact = pages[2]!;
      assert.ok(contact.bodyVi.some((line) => line.includes(site.phone)));
      assert.ok(contact.bodyEn.some((line) => line.includes(site.email)));
    }
  });
});

describe('demo images', () => {
  it('renders a JPEG of the requested size', async () => {
    const buf = await generateDemoImage(5, 640, 400);
    assert.equal(buf[0], 0xff);
    assert.equal(buf[1], 0xd8);
    const meta = await sharp(buf).metadata();
    assert.equal(meta.format, 'jpeg');
    assert.equal(meta.width, 640);
    assert.equal(meta.height, 400);
  });

  it('renders the default 1600×1000 size quickly and deterministically', async () => {
    await generateDemoImage(1);
    const times: number[] = [];
    let first: Buffer | null = null;
    for (let seed = 10; seed < 16; seed++) {
      const t = performance.now();
      const buf = await generateDemoImage(seed);
      times.push(performance.now() - t);
      if (!first) first = buf;
      const meta = await sharp(buf).metadata();
      assert.equal(meta.width, 1600);
      assert.equal(meta.height, 1000);
    }
    assert.ok(first);
    assert.ok(first.equals(await generateDemoImage(10)), 'same seed, same bytes');
    assert.ok(!first.equals(await generateDemoImage(11)), 'different seed, different picture');
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] as number;
    // The target is < 150 ms; leave head-room for slow CI machines.
    assert.ok(median < 600, `median ${median.toFixed(0)} ms`);
  });

  it('makes a decorative emblem SVG without text or role', async () => {
    const svg = generateEmblemSvg(3);
    assert.match(svg, /^<svg [^>]*viewBox="0 0 64 64"/);
    assert.doesNotMatch(svg, /role=|<text/);
    assert.equal(svg, generateEmblemSvg(3));
    const png = await sharp(Buffer.from(svg)).png().toBuffer();
    assert.ok(png.length > 100);
  });
});
