/**
 * Fills an empty database with the demo: a province and its communes, each with categories,
 * `Liên kết website` links, generated photos and generated Vietnamese articles (plus a few in
 * English and the introduction pages in both languages). Everything goes through the same
 * operations the admin uses, so the demo is real data, not fixtures.
 */
import type { Database } from '../../platform/db/database.js';
import type { BodyBlock } from '../articles/body.js';
import { createArticle, recomputeRelated } from '../articles/operations.js';
import { createCategory } from '../categories/operations.js';
import { createLink } from '../links/operations.js';
import { storeImage } from '../media/store.js';
import { createSite } from '../sites/operations.js';
import { generateDemoImage } from './images.js';
import { seedInteraction } from './interaction.js';
import { DEMO_SITES, type DemoSite } from './places.js';
import { hashSeed, Rng } from './random.js';
import { type DemoArticle, generateArticle, generateIntroPages } from './text/index.js';

export interface SeedOptions {
  dataDir: string;
  /** Vietnamese news articles per site (introduction pages and English articles come on top). */
  articlesPerSite?: number;
  englishPerSite?: number;
  imagesPerSite?: number;
  seed?: number;
  /** Only the first N demo sites (the benchmark uses one). */
  siteLimit?: number;
  /** Recompute related articles for every article (slow for very large runs). */
  related?: boolean;
  /** A poll and a few approved comments per site (first start and `loa demo`; tests leave it off). */
  interaction?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedSummary {
  sites: number;
  articles: number;
  media: number;
}

const HOUR = 3_600_000;
const INTRO_SLUG = 'gioi-thieu';

function settingsOf(site: DemoSite) {
  return {
    agency: { vi: site.agencyVi, en: site.agencyEn },
    address: { vi: site.addressVi, en: site.addressEn },
    phone: site.phone,
    email: site.email,
    licence: { vi: site.licenceVi, en: site.licenceEn },
    responsible: { vi: site.responsibleVi, en: site.responsibleEn },
  };
}

function blocksOf(article: DemoArticle, photos: readonly number[]): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  const headingAt = new Map(article.subheadings.map((h) => [h.beforeParagraph, h.text]));
  const n = article.paragraphs.length;
  // Spread the photos through the body: after the 2nd paragraph, then every third of the text.
  const photoAt = new Map(
    photos.map((id, i) => [Math.min(n - 1, 1 + Math.floor(((n - 1) * i) / photos.length)), id]),
  );
  article.paragraphs.forEach((text, i) => {
    const heading = headingAt.get(i);
    if (heading) blocks.push({ type: 'heading', text: heading });
    blocks.push({ type: 'paragraph', text });
    const photo = photoAt.get(i);
    if (photo !== undefined) blocks.push({ type: 'photo', mediaId: photo });
  });
  return blocks;
}

async function seedSite(
  database: Database,
  site: DemoSite,
  options: Required<Omit<SeedOptions, 'onProgress' | 'siteLimit'>> & Pick<SeedOptions, 'onProgress'>,
  isDefault: boolean,
  progress: { done: number; total: number },
): Promise<{ articles: number; media: number }> {
  const rng = new Rng(hashSeed(`${options.seed}:${site.code}`));
  const siteId = await createSite(database, {
    code: site.code,
    nameVi: site.nameVi,
    nameEn: site.nameEn,
    kind: site.kind,
    hosts: site.hosts,
    isDefault,
    settings: settingsOf(site),
  });
  const categoryIds = new Map<string, number>();
  for (const [position, c] of site.categories.entries()) {
    categoryIds.set(
      c.slug,
      await createCategory(database, siteId, { nameVi: c.nameVi, nameEn: c.nameEn, slug: c.slug, position }),
    );
  }
  for (const [position, link] of site.links.entries()) {
    await createLink(database, siteId, { ...link, position });
  }

  // A pool of photos per site, reused across articles (each with its own alt text and caption).
  const media: number[] = [];
  for (let i = 0; i < options.imagesPerSite; i++) {
    const sample = generateArticle(rng, site, rng.pick(site.categories), {
      minWords: 60,
      maxWords: 80,
      lang: 'vi',
    });
    const bytes = await generateDemoImage(hashSeed(`${site.code}:${i}`), 1600, 1000);
    media.push(
      await storeImage(database, options.dataDir, siteId, bytes, {
        alt: sample.captions[0]!,
        caption: sample.captions[0]!,
        credit: sample.photoCredit,
      }),
    );
  }

  const now = Date.now();
  const newsCategories = site.categories.filter((c) => c.slug !== INTRO_SLUG);
  const created: number[] = [];
  let publishedAt = now - HOUR;
  const make = async (lang: 'vi' | 'en', index: number) => {
    const category = newsCategories[index % newsCategories.length]!;
    const article = generateArticle(rng, site, category, { minWords: 300, maxWords: 1500, lang });
    const photoCount = media.length === 0 || rng.chance(0.45) ? 0 : rng.int(1, Math.min(3, media.length));
    const photos = rng.shuffle(media).slice(0, photoCount);
    const featured =
      photoCount > 0 || (media.length > 0 && rng.chance(0.5)) ? (photos[0] ?? rng.pick(media)) : null;
    publishedAt -= rng.int(1, 9) * HOUR + rng.int(0, 59) * 60_000;
    const { id } = await createArticle(database, siteId, {
      categoryId: categoryIds.get(category.slug)!,
      lang,
      title: article.title,
      lead: article.lead,
      blocks: blocksOf(article, photos.slice(1)),
      byline: article.byline,
      source: article.source,
      featuredMediaId: featured,
      tags: article.tags,
      status: 'published',
      publishedAt,
      viewCount: rng.int(20, 5000),
    });
    created.push(id);
    progress.done++;
    options.onProgress?.(progress.done, progress.total);
  };
  for (let i = 0; i < options.articlesPerSite; i++) await make('vi', i);
  for (let i = 0; i < options.englishPerSite; i++) await make('en', i);

  // Introduction pages in both languages, linked as translations of each other.
  const introId = categoryIds.get(INTRO_SLUG);
  if (introId !== undefined) {
    for (const page of generateIntroPages(site)) {
      const vi = await createArticle(database, siteId, {
        categoryId: introId,
        lang: 'vi',
        slug: page.slug,
        title: page.titleVi,
        blocks: page.bodyVi.map((text) => ({ type: 'paragraph', text })),
        status: 'published',
        publishedAt: now - 400 * 24 * HOUR,
      });
      const en = await createArticle(database, siteId, {
        categoryId: introId,
        lang: 'en',
        slug: `${page.slug}-en`,
        title: page.titleEn,
        blocks: page.bodyEn.map((text) => ({ type: 'paragraph', text })),
        status: 'published',
        publishedAt: now - 400 * 24 * HOUR,
        translationId: vi.id,
      });
      await database.db
        .updateTable('articles')
        .set({ translation_id: en.id })
        .where('site_id', '=', siteId)
        .where('id', '=', vi.id)
        .execute();
      created.push(vi.id, en.id);
    }
  }
  // Articles created early could not see the later ones as related; rank them all again.
  if (options.related) for (const id of created) await recomputeRelated(database, siteId, id);
  if (options.interaction) await seedInteraction(database, siteId, site.nameVi, rng, now);
  return { articles: created.length, media: media.length };
}

export async function seedDemo(database: Database, options: SeedOptions): Promise<SeedSummary> {
  const sites = DEMO_SITES.slice(0, options.siteLimit ?? DEMO_SITES.length);
  const full = {
    dataDir: options.dataDir,
    articlesPerSite: options.articlesPerSite ?? 64,
    englishPerSite: options.englishPerSite ?? 8,
    imagesPerSite: options.imagesPerSite ?? 10,
    seed: options.seed ?? 1,
    related: options.related ?? true,
    interaction: options.interaction ?? false,
    onProgress: options.onProgress,
  };
  const progress = { done: 0, total: sites.length * (full.articlesPerSite + full.englishPerSite) };
  const summary: SeedSummary = { sites: 0, articles: 0, media: 0 };
  for (const [i, site] of sites.entries()) {
    const r = await seedSite(database, site, full, i === 0, progress);
    summary.sites++;
    summary.articles += r.articles;
    summary.media += r.media;
  }
  return summary;
}
