// Public types of the demo text generator: the languages, an article and its
// options, and the pages of a site's "Giới thiệu" (introduction) category.

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
