import { describe, expect, it } from 'vitest';
import { describeEvent } from './evidence';

describe('temperatures in the evidence sentences', () => {
  it('are said with one decimal, as a thermometer shows them (#18)', () => {
    expect(describeEvent({ kind: 'vital', time: 0, source: 'monitor', param: 'temp', value: 39.24, unit: 'Cel', site: 'axillary' })).toBe('temperature 39.2 °C (monitor, axillary)');
    expect(describeEvent({ kind: 'vital', time: 0, source: 'monitor', param: 'temp', value: 38, unit: 'Cel' })).toBe('temperature 38.0 °C (monitor)');
    expect(describeEvent({ kind: 'vital', time: 0, source: 'manual', param: 'temp', value: 100.3, unit: '[degF]' })).toMatch(/^temperature 100\.3 °F = 37\.9 °C \(/);
  });
});
