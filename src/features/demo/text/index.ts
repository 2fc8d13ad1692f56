// Deterministic generator of invented Vietnamese (and English) portal articles
// and intro pages for demos, load tests and screenshots (every phrase was written
// for this module); the public API of the demo text folder.

export { generateArticle } from './article.js';
export { generateIntroPages } from './intro-pages.js';
export type { DemoArticle, DemoArticleOptions, DemoIntroPage, DemoLang } from './types.js';
export { countWords } from './words.js';
