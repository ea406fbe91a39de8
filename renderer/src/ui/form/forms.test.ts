import { describe, expect, it } from 'vitest';
import { cellsToMillions, millionsToCells, typedCells } from './cells';
import { addDays, fromDateTimeLocal, isIsoDay, toDateTimeLocal, toIsoDay } from './datetime';
import { issuesToErrors, joinPath, parseStationMessage, stationErrors } from './issues';
import { withReason } from './reason';
import { Errors, numberText, parseDecimal } from './result';
import { admissionSchema } from '../../../../shared/episode/records';

describe('numbers typed in a field', () => {
  it('accepts a point or a comma, refuses anything else', () => {
    expect(['70', ' 70.5 ', '70,5', '0.75', '.5', '-2', '+3'].map(parseDecimal)).toEqual([70, 70.5, 70.5, 0.75, 0.5, -2, 3]);
    expect(['abc', '', '7O', '1e3', '1.2.3', '70 kg', '1,000.5', 'Infinity'].map(parseDecimal)).toEqual(Array(8).fill(null));
  });
  it('Errors names the field: required, not a number, not whole', () => {
    const e = new Errors();
    expect(e.number('weightKg', 'abc')).toBeNull();
    expect(e.number('heightCm', '')).toBeNull();
    expect(e.number('days', '2.5', { integer: true })).toBeNull();
    expect(e.number('optional', '', { optional: true })).toBeNull();
    expect(e.required('name', '  Ada  ')).toBe('Ada');
    expect(e.all).toEqual({ weightKg: { code: 'number' }, heightCm: { code: 'required' }, days: { code: 'integer' } });
    expect(numberText(52.5)).toBe('52.5');
    expect(numberText(null)).toBe('');
  });
});

describe('datetime-local ↔ UTC ms', () => {
  it('reads the ward-local wall clock', () => {
    expect(fromDateTimeLocal('2026-11-22T08:05')).toBe(new Date(2026, 10, 22, 8, 5).getTime());
    expect(fromDateTimeLocal('2026-11-22T08:05:30')).toBe(new Date(2026, 10, 22, 8, 5, 30).getTime());
    expect(toDateTimeLocal(new Date(2026, 0, 2, 7, 9, 59).getTime())).toBe('2026-01-02T07:09');
  });
  it('round-trips any minute', () => {
    for (const t of [new Date(2026, 2, 29, 1, 30).getTime(), new Date(2026, 9, 25, 23, 59).getTime(), new Date(2000, 1, 29, 12, 0).getTime()]) {
      expect(fromDateTimeLocal(toDateTimeLocal(t))).toBe(t);
    }
  });
  it('refuses what is not a real local date and time', () => {
    expect(['', 'abc', '2026-02-30T10:00', '2026-13-01T10:00', '2026-11-22 08:05', '2026-11-22'].map(fromDateTimeLocal)).toEqual(Array(6).fill(null));
  });
  it('calendar days', () => {
    expect(toIsoDay(new Date(2026, 11, 31, 23, 59).getTime())).toBe('2026-12-31');
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect([isIsoDay('2026-02-28'), isIsoDay('2026-02-29'), isIsoDay('28/02/2026')]).toEqual([true, false, false]);
  });
});

describe('× 10⁶ cells', () => {
  it('converts to whole cells and back', () => {
    expect(millionsToCells(52.5)).toBe(52_500_000);
    expect(millionsToCells(0.1)).toBe(100_000);
    expect(millionsToCells(0.75 * 70)).toBe(52_500_000);
    expect(cellsToMillions(52_500_000)).toBe(52.5);
    expect(typedCells('52,5')).toBe(52_500_000);
    expect([typedCells('0'), typedCells('-1'), typedCells('abc')]).toEqual([null, null, null]);
  });
});

describe('errors next to their field', () => {
  it('maps the shared schema issues to plain-word codes', () => {
    const parsed = admissionSchema.safeParse({ mrn: '', name: 'Ada', birthDate: '10/12/1961', sex: 'f', weightKg: 'x', heightCm: 500, productCode: 'cilta-cel', treatingPhysician: 'Dr Rao' });
    expect(parsed.success).toBe(false);
    expect(issuesToErrors(parsed.error!.issues)).toEqual({
      mrn: { code: 'required' },
      birthDate: { code: 'date' },
      sex: { code: 'choose' },
      weightKg: { code: 'number' },
      heightCm: { code: 'tooBig', params: { max: 230 } },
    });
  });
  it("splits the station's message by field and strips the input's wrapper", () => {
    expect(parseStationMessage('admission.weightKg: Invalid input; admission.baselineOxygen.flowLMin: Too big')).toEqual([
      { path: ['admission', 'weightKg'], text: 'Invalid input' },
      { path: ['admission', 'baselineOxygen', 'flowLMin'], text: 'Too big' },
    ]);
    expect(parseStationMessage('The checklist cannot be signed off yet: missing: Infection screening; x')).toEqual([
      { path: [], text: 'The checklist cannot be signed off yet: missing: Infection screening; x' },
    ]);
    expect(stationErrors('admission.weightKg: Expected number', 'admission')).toEqual({ weightKg: { text: 'Expected number' } });
    // The station's words in the window's language take the place of its English, beside the same field.
    expect(stationErrors('infusion.cellsInfused: Dose 84 × 10⁶ is above…', 'infusion', joinPath, '剂量 84 × 10⁶ 高于产品规定范围…')).toEqual({ cellsInfused: { text: '剂量 84 × 10⁶ 高于产品规定范围…' } });
    expect(stationErrors('infusion.bagIds.0: Too small', ['data', 'infusion'], (p) => (p[0] === 'bagIds' ? 'bagIds' : null))).toEqual({ bagIds: { text: 'Too small' } });
    // A path the form has no field for stays at the form level, still naming the path.
    expect(stationErrors('entryId: no entry 9 in this episode.', 'data', () => null)).toEqual({ '': { text: 'entryId: no entry 9 in this episode.' } });
    expect(stationErrors('Sign in as a nurse or physician to do this.', 'admission')).toEqual({ '': { text: 'Sign in as a nurse or physician to do this.' } });
  });
  it('a reason is required where one is asked for', () => {
    expect(withReason({ ok: true, value: 1 }, null)).toEqual({ ok: true, value: { value: 1, reason: null } });
    expect(withReason({ ok: true, value: 1 }, '  ')).toEqual({ ok: false, errors: { reason: { code: 'required' } } });
    expect(withReason({ ok: true, value: 1 }, 'oops')).toEqual({ ok: false, errors: { reason: { code: 'tooShort', params: { min: 5 } } } });
    expect(withReason({ ok: false, errors: { a: { code: 'number' } } }, '')).toEqual({ ok: false, errors: { a: { code: 'number' }, reason: { code: 'required' } } });
    expect(withReason({ ok: true, value: 1 }, ' Bed reassigned ')).toEqual({ ok: true, value: { value: 1, reason: 'Bed reassigned' } });
  });
});
