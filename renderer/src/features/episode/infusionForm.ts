// The infusion form: typed values, the vitals rows the station suggests, and the conversion to the infusion record.
import { infusionSchema, type InfusionRecord } from '../../../../shared/episode/records';
import { cellsToMillions, typedCells } from '../../ui/form/cells';
import { fromDateTimeLocal, toDateTimeLocal } from '../../ui/form/datetime';
import { issuesToErrors, joinPath, type PathToField } from '../../ui/form/issues';
import { Errors, numberText, type Converted } from '../../ui/form/result';
import type { TempUnit } from '../../ui/prefs/preferences';
import { convertVitals, EMPTY_VITALS, isEmptyVitals, suggestVitalsTimes, vitalField, vitalsValues, type VitalsPrefill, type VitalsValues } from './vitals';

export const PREMED_KINDS = ['paracetamol', 'antihistamine', 'corticosteroid', 'other'] as const;
export type PremedKind = (typeof PREMED_KINDS)[number];

export interface PremedValues {
  readonly given: boolean;
  readonly drug: string;
  readonly dose: string;
  readonly time: string;
}

export interface VitalsRow {
  readonly values: VitalsValues;
  readonly prefill: VitalsPrefill | null;
}

export interface InfusionValues {
  readonly lot: string;
  readonly bagIds: string;
  readonly secondVerifier: string;
  /** × 10⁶ CAR+ T cells. */
  readonly cells: string;
  readonly doseOverrideReason: string;
  readonly premeds: Readonly<Record<PremedKind, PremedValues>>;
  readonly start: string;
  readonly end: string;
  /** Rows by their suggested time (UTC ms); a row that is not suggested for the current start/end is ignored. */
  readonly vitals: Readonly<Record<number, VitalsRow>>;
  readonly reaction: boolean;
  readonly reactionDescription: string;
}

const noPremed = (drug = ''): PremedValues => ({ given: false, drug, dose: '', time: '' });

export const EMPTY_INFUSION: InfusionValues = {
  lot: '', bagIds: '', secondVerifier: '', cells: '', doseOverrideReason: '',
  premeds: { paracetamol: noPremed('Paracetamol'), antihistamine: noPremed(), corticosteroid: noPremed(), other: noPremed() },
  start: '', end: '', vitals: {}, reaction: false, reactionDescription: '',
};

/** The suggested vitals times for what is typed as start and end. */
export function vitalsTimes(v: Pick<InfusionValues, 'start' | 'end'>): number[] {
  return suggestVitalsTimes(fromDateTimeLocal(v.start), fromDateTimeLocal(v.end));
}

export function vitalsRow(v: InfusionValues, time: number): VitalsRow {
  return v.vitals[time] ?? { values: EMPTY_VITALS, prefill: null };
}

/** Bag ids typed with commas, semicolons or new lines. */
export function splitBagIds(text: string): string[] {
  return text.split(/[,;\n]/).map((s) => s.trim()).filter((s) => s !== '');
}

export interface InfusionContext {
  readonly productCode: string;
  readonly tempUnit: TempUnit;
  /** The signed-in person: the second verifier must be someone else. */
  readonly self: string | null;
}

export function toInfusion(v: InfusionValues, ctx: InfusionContext): Converted<InfusionRecord> {
  const e = new Errors();
  const lot = e.required('lot', v.lot);
  const bagIds = splitBagIds(v.bagIds);
  if (bagIds.length === 0) e.add('bagIds', { code: 'required' });
  const secondVerifier = e.required('secondVerifier', v.secondVerifier);
  if (ctx.self !== null && secondVerifier.toLowerCase() === ctx.self.toLowerCase()) e.add('secondVerifier', { code: 'secondVerifierSelf' });
  const millions = e.number('cells', v.cells);
  const cellsInfused = millions === null ? null : typedCells(v.cells);
  if (millions !== null && cellsInfused === null) e.add('cells', { code: 'tooSmall', params: { min: 0 } });
  const premedKinds = PREMED_KINDS.filter((k) => v.premeds[k].given);
  const premedications = premedKinds.map((kind) => {
    const p = v.premeds[kind];
    const time = fromDateTimeLocal(p.time);
    if (time === null) e.add(`premed.${kind}.time`, { code: p.time.trim() === '' ? 'required' : 'dateTime' });
    return { kind, drug: e.required(`premed.${kind}.drug`, p.drug), dose: e.required(`premed.${kind}.dose`, p.dose), time };
  });
  const startTime = fromDateTimeLocal(v.start);
  if (startTime === null) e.add('start', { code: v.start.trim() === '' ? 'required' : 'dateTime' });
  const endTime = fromDateTimeLocal(v.end);
  if (endTime === null) e.add('end', { code: v.end.trim() === '' ? 'required' : 'dateTime' });
  const rowIndexes: number[] = [];
  const vitals = vitalsTimes(v).flatMap((time, index) => {
    const row = vitalsRow(v, time);
    if (isEmptyVitals(row.values)) return [];
    rowIndexes.push(index);
    const { source, numbers } = convertVitals(row.values, row.prefill, ctx.tempUnit, e, `vitals.${index}.`);
    return [{ time, source, ...numbers }];
  });
  const description = v.reactionDescription.trim();
  if (e.any) return { ok: false, errors: e.all };

  const candidate = {
    productCode: ctx.productCode,
    lot,
    bagIds,
    secondVerifier,
    cellsInfused,
    premedications,
    startTime,
    endTime,
    vitals,
    reaction: { occurred: v.reaction, description: v.reaction ? description : '' },
    ...(v.doseOverrideReason.trim() === '' ? {} : { doseOverrideReason: v.doseOverrideReason.trim() }),
  };
  const toField: PathToField = (p) => {
    const [first, second, third] = p;
    if (first === 'bagIds') return 'bagIds';
    if (first === 'cellsInfused') return 'cells';
    if (first === 'startTime') return 'start';
    if (first === 'endTime') return 'end';
    if (first === 'reaction') return 'reactionDescription';
    if (first === 'premedications' && typeof second === 'number') return `premed.${premedKinds[second] ?? 'other'}.${String(third ?? 'drug')}`;
    if (first === 'vitals' && typeof second === 'number') return `vitals.${rowIndexes[second] ?? 0}.${vitalField(third) ?? 'hr'}`;
    return joinPath(p);
  };
  const parsed = infusionSchema.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: issuesToErrors(parsed.error.issues, toField) };
}

/** A recorded infusion back into the form, for a correction. */
export function infusionValues(r: InfusionRecord, tempUnit: TempUnit): InfusionValues {
  const premeds = { ...EMPTY_INFUSION.premeds };
  for (const p of r.premedications) premeds[p.kind] = { given: true, drug: p.drug, dose: p.dose, time: toDateTimeLocal(p.time) };
  const vitals: Record<number, VitalsRow> = {};
  for (const set of r.vitals) vitals[set.time] = { values: vitalsValues(set, tempUnit), prefill: null };
  return {
    lot: r.lot,
    bagIds: r.bagIds.join(', '),
    secondVerifier: r.secondVerifier,
    cells: numberText(cellsToMillions(r.cellsInfused)),
    doseOverrideReason: r.doseOverrideReason ?? '',
    premeds,
    start: toDateTimeLocal(r.startTime),
    end: toDateTimeLocal(r.endTime),
    vitals,
    reaction: r.reaction.occurred,
    reactionDescription: r.reaction.description,
  };
}
