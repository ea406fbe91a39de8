// IEC-HS warning: ferritin against baseline/ULN, rising, after CRS improves; > 10,000 on its own.
import { describe, expect, it } from 'vitest';
import { fever, grade, lab, o2, tocilizumab } from '../test-support';
import { ferritinAboveFactor } from './iecHs';

describe('IEC-HS warning (§3.1)', () => {
  it.each([
    [1001, 500, undefined, true],
    [1000, 500, undefined, false],
    [801, undefined, 400, true],
    [800, undefined, 400, false],
    [900, undefined, undefined, false],
  ])('ferritin %s against baseline %s / ULN %s → %s', (f, b, uln, expected) => expect(ferritinAboveFactor(f, b, uln)).toBe(expected));

  const crsThenBetter = [fever(10), o2(10.5, 'nasal_cannula', 4), tocilizumab(11), o2(30, 'room_air')];

  it('warns when ferritin > 2 × baseline is rising after CRS improved, with the supporting findings alongside', () => {
    const r = grade([lab(-1, 'ferritin', 800, 'ng/mL'), ...crsThenBetter, lab(48, 'ferritin', 3000, 'ng/mL'), lab(72, 'ferritin', 12000, 'ng/mL'), lab(72, 'fibrinogen', 1.2, 'g/L'), lab(48, 'platelets', 90, '10*9/L'), lab(72, 'platelets', 40, '10*9/L')], 72);
    expect(r.crs.current).toBeLessThan(r.crs.max);
    expect(r.secondary.iecHs).toMatchObject({ warning: true, ferritinAboveFactor: true, ferritinRising: true, crsImproving: true, ferritinOver10000: true, ferritinReference: { kind: 'baseline', value: 800 } });
    expect(r.secondary.iecHs.supporting).toEqual(['platelets falling', 'fibrinogen 120 mg/dL < 150']);
    expect(r.crs.current).toBe(grade([lab(-1, 'ferritin', 800, 'ng/mL'), ...crsThenBetter], 72).crs.current); // never mixed into the grade
  });

  it('does not warn while ferritin falls, or without CRS having improved', () => {
    expect(grade([lab(-1, 'ferritin', 800, 'ng/mL'), ...crsThenBetter, lab(48, 'ferritin', 5000, 'ng/mL'), lab(72, 'ferritin', 4000, 'ng/mL')], 72).secondary.iecHs.warning).toBe(false);
    expect(grade([lab(-1, 'ferritin', 800, 'ng/mL'), lab(48, 'ferritin', 3000, 'ng/mL'), lab(72, 'ferritin', 4000, 'ng/mL')], 72).secondary.iecHs).toMatchObject({ warning: false, crsImproving: false, ferritinAboveFactor: true });
  });
});
