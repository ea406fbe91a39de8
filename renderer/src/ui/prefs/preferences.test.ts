import { describe, expect, it } from 'vitest';
import { DEFAULT_PREFERENCES, loadPreferences, parsePreferences, PREFERENCES_KEY, savePreferences, type StorageLike } from './preferences';

function memory(): StorageLike & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe('preferences', () => {
  it('default: English, °C and the day theme', () => {
    expect(DEFAULT_PREFERENCES).toEqual({ language: 'en', tempUnit: 'C', theme: 'day' });
    expect(loadPreferences(undefined)).toEqual(DEFAULT_PREFERENCES);
  });
  it('round-trips through storage', () => {
    const storage = memory();
    savePreferences(storage, { language: 'zh-CN', tempUnit: 'F', theme: 'night' });
    expect(JSON.parse(storage.data.get(PREFERENCES_KEY)!)).toEqual({ language: 'zh-CN', tempUnit: 'F', theme: 'night' });
    expect(loadPreferences(storage)).toEqual({ language: 'zh-CN', tempUnit: 'F', theme: 'night' });
  });
  it('ignores broken or foreign values field by field', () => {
    expect(parsePreferences('not json')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('null')).toEqual(DEFAULT_PREFERENCES);
    expect(parsePreferences('{"language":"fr","tempUnit":"F"}')).toEqual({ language: 'en', tempUnit: 'F', theme: 'day' });
    expect(parsePreferences('{"language":"zh-CN","tempUnit":"K"}')).toEqual({ language: 'zh-CN', tempUnit: 'C', theme: 'day' });
    expect(parsePreferences('{"theme":"night"}')).toEqual({ language: 'en', tempUnit: 'C', theme: 'night' });
    expect(parsePreferences('{"theme":"sepia"}').theme).toBe('day');
  });
  it('a storage that throws does not break the window', () => {
    const throwing: StorageLike = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(loadPreferences(throwing)).toEqual(DEFAULT_PREFERENCES);
    expect(() => savePreferences(throwing, DEFAULT_PREFERENCES)).not.toThrow();
  });
});
