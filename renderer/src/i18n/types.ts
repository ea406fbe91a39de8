// The shape every locale must have: the same keys as en.ts, each a string.
import type { en } from './en';
import type { TranslationOf } from './shape';

export type Translation<T = typeof en> = TranslationOf<T>;
