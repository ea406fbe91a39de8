import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { valueTicks } from './valueAxis';
import { linearOf, linePath, valueExtent } from './path';

const x = (t: number) => t / 10;
const y = (v: number) => 100 - v;

describe('series paths', () => {
  it('draws the points in order and lifts the pen at a gap (a gap stays a gap)', () => {
    const d = linePath([{ t: 0, v: 80 }, { t: 10, v: 82.55 }, { t: 20, v: null }, { t: 30, v: 90 }, { t: 40, v: 91 }], x, y);
    expect(d).toBe('M0,20L1,17.5M3,10L4,9');
  });

  it('draws a lone reading between gaps as a dot (zero-length segment) and skips points off the scale', () => {
    expect(linePath([{ t: 0, v: null }, { t: 10, v: 70 }, { t: 20, v: null }], x, y)).toBe('M1,30l0,0');
    expect(linePath([{ t: 0, v: 70 }, { t: 10, v: 71 }], (t) => (t === 0 ? undefined : t), y)).toBe('M10,29l0,0');
    expect(linePath([], x, y)).toBe('');
  });

  it('has one subpath per stretch between gaps, whatever the points', () => {
    const point = fc.record({ t: fc.integer({ min: 0, max: 1e6 }), v: fc.option(fc.double({ min: -1e3, max: 1e3, noNaN: true }), { nil: null }) });
    fc.assert(
      fc.property(fc.array(point, { maxLength: 60 }), (points) => {
        const d = linePath(points, x, y);
        let stretches = 0;
        let inStretch = false;
        for (const p of points) {
          if (p.v !== null && !inStretch) stretches++;
          inStretch = p.v !== null;
        }
        expect((d.match(/M/g) ?? []).length).toBe(stretches);
        expect((d.match(/[ML]/g) ?? []).length).toBe(points.filter((p) => p.v !== null).length);
      }),
    );
  });

  it('finds the extent of the values drawn, thresholds included, ignoring gaps', () => {
    expect(valueExtent([[{ t: 0, v: 80 }, { t: 1, v: null }, { t: 2, v: 130 }], [{ t: 0, v: 75 }]], [38])).toEqual([38, 130]);
    expect(valueExtent([[{ t: 0, v: null }]])).toBeNull();
    expect(valueExtent([], [90, 65])).toEqual([65, 90]);
  });

  it('reads a linear scale as offset and slope that place any value as the scale does', () => {
    const from = 1_760_000_000_000;
    const to = from + 36 * 86_400_000;
    const scale = (t: number) => 104 + ((t - from) / (to - from)) * 1400;
    const lin = linearOf(scale, [from, to])!;
    for (const t of [from, (from + to) / 2, to]) expect(lin.offset + lin.slope * t).toBeCloseTo(scale(t), 6);
    expect(linearOf(scale, [from, from])).toBeUndefined();
    expect(linearOf(() => undefined, [0, 1])).toBeUndefined();
    expect(linearOf(scale, undefined)).toBeUndefined();
  });
});

describe('value-axis ticks', () => {
  it('are multiples of the step within the range, fewer when the range is wide', () => {
    expect(valueTicks(60, 140, 20)).toEqual([60, 80, 100, 120, 140]);
    expect(valueTicks(90, 100, 5)).toEqual([90, 95, 100]);
    expect(valueTicks(36, 41, 1)).toEqual([36, 37, 38, 39, 40, 41]);
    expect(valueTicks(96, 106, 1)).toEqual([96, 98, 100, 102, 104, 106]);
    expect(valueTicks(0, 240, 20)).toEqual([0, 80, 160, 240]);
    expect(valueTicks(5, 5, 1)).toEqual([]);
  });
});
