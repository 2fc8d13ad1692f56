// Vietnamese alphabetical ordering (a < ă < â < b < c < d < đ < e < ê ...)
// through one cached ICU collator with numeric ordering of digit runs.

const collator = new Intl.Collator('vi', { sensitivity: 'variant', numeric: true });

/** Compare two strings in Vietnamese dictionary order. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Return a new array sorted in Vietnamese order by `key` (computed once per item; stable). */
export function sortVi<T>(items: readonly T[], key: (t: T) => string): T[] {
  const keyed = items.map((item) => ({ item, k: key(item) }));
  keyed.sort((x, y) => collator.compare(x.k, y.k));
  return keyed.map((e) => e.item);
}
