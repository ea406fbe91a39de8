// Display preferences of this window (language, temperature unit, day/night theme), kept in localStorage.
// Storage is injected so the parsing runs in node tests; a broken or foreign value falls back to the defaults.
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../i18n';

export type TempUnit = 'C' | 'F';
/** Night: dim, low-glare colours for a dark room (still readable contrast). */
export type Theme = 'day' | 'night';

export interface Preferences {
  readonly language: Language;
  /** Display only: storage and the API are always °C. */
  readonly tempUnit: TempUnit;
  readonly theme: Theme;
}

export const DEFAULT_PREFERENCES: Preferences = { language: DEFAULT_LANGUAGE, tempUnit: 'C', theme: 'day' };
export const PREFERENCES_KEY = 'vigil.preferences';

export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export function parsePreferences(raw: string | null): Preferences {
  if (raw === null) return DEFAULT_PREFERENCES;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return DEFAULT_PREFERENCES;
  }
  if (typeof value !== 'object' || value === null) return DEFAULT_PREFERENCES;
  const record = value as Record<string, unknown>;
  return {
    language: isLanguage(record.language) ? record.language : DEFAULT_PREFERENCES.language,
    tempUnit: record.tempUnit === 'F' ? 'F' : 'C',
    theme: record.theme === 'night' ? 'night' : 'day',
  };
}

export function loadPreferences(storage: StorageLike | undefined): Preferences {
  try {
    return parsePreferences(storage?.getItem(PREFERENCES_KEY) ?? null);
  } catch {
    return DEFAULT_PREFERENCES; // storage blocked: defaults, not a crash
  }
}

export function savePreferences(storage: StorageLike | undefined, preferences: Preferences): void {
  try {
    storage?.setItem(PREFERENCES_KEY, JSON.stringify(preferences));
  } catch {
    // A full or blocked storage only loses the preference for the next start.
  }
}
