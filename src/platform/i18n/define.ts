/**
 * A part of the message catalogue, kept beside the feature that uses it. The Vietnamese text is the
 * reference; the English must have exactly the same keys (a missing or extra key is a compile error).
 */
export interface CataloguePart<K extends string> {
  vi: Record<K, string>;
  en: Record<K, string>;
}

export function defineMessages<const V extends Record<string, string>>(
  vi: V,
  // An object literal here gets TypeScript's excess-property check, so extra keys fail too.
  en: { [K in keyof V & string]: string },
): CataloguePart<keyof V & string> {
  return { vi, en };
}
