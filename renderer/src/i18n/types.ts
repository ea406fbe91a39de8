// The shape every locale must have: the same keys as en/ (en/index.ts), each a string.
import type { en } from './en/index';

export type Translation<T = typeof en> = { readonly [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
