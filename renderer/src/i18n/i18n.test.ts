import { describe, expect, it } from 'vitest';
import { formatDay } from '../../../shared/episode/day';
import { dayLabel } from '../ui/format/day';
import { en } from './en';
import { i18n } from './index';
import { zhCN } from './zh-CN';

type Tree = { readonly [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`)));
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]!).sort();

describe('translations', () => {
  const enLeaves = new Map(leaves(en));
  const zhLeaves = new Map(leaves(zhCN as Tree));

  it('zh-CN has exactly the keys of en', () => {
    expect([...zhLeaves.keys()].sort()).toEqual([...enLeaves.keys()].sort());
  });

  it('no value is empty in either locale', () => {
    for (const [key, value] of [...enLeaves, ...zhLeaves]) expect(value.trim(), key).not.toBe('');
  });

  it('each translation uses the same placeholders as the English text', () => {
    for (const [key, value] of enLeaves) expect(placeholders(zhLeaves.get(key) ?? ''), key).toEqual(placeholders(value));
  });

  it('zh-CN is really translated (most values differ from English)', () => {
    const same = [...enLeaves].filter(([key, value]) => zhLeaves.get(key) === value).map(([key]) => key);
    expect(same.length).toBeLessThan(enLeaves.size / 10);
  });
});

describe('i18n instance', () => {
  it('switches language and back; English day labels are exactly shared formatDay', async () => {
    expect(i18n.language).toBe('en');
    for (const day of [null, -3, 0, 1, 14]) expect(dayLabel(day)).toBe(formatDay(day));
    await i18n.changeLanguage('zh-CN');
    try {
      expect(dayLabel(3)).toBe('第 +3 天');
      expect(i18n.t('nav.episode')).toBe('病程');
    } finally {
      await i18n.changeLanguage('en');
    }
    expect(i18n.t('nav.episode')).toBe('Episode');
  });
});
