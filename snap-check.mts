import { createHash } from 'node:crypto';
import { DEMO_SITES } from './src/features/demo/places.js';
import { Rng } from './src/features/demo/random.js';
import * as T from './src/features/demo/text.js';

const all: unknown[] = [];
for (let seed = 1; seed <= 30; seed++) {
  for (const site of DEMO_SITES) {
    for (const category of site.categories) {
      for (const lang of ['vi', 'en'] as const) {
        all.push(T.generateArticle(new Rng(seed), site, category, { minWords: 300, maxWords: 1500, lang }));
      }
    }
  }
}
for (const site of DEMO_SITES) all.push(T.generateIntroPages(site));
all.push(T.countWords('Một hai – ba 4 - x'));
const json = JSON.stringify(all);
console.log('items', all.length, 'bytes', json.length);
console.log('sha256', createHash('sha256').update(json).digest('hex'));
