// The shape a translation of a set of keys must have: the same keys, each a string (apart from en.ts, so a part of
// en.ts can be typed without importing en.ts back).
export type TranslationOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : TranslationOf<T[K]> };
