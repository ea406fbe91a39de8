// NEWS2 (RCP 2017) [S57, S58], §5.2: a generic early-warning score shown NEXT TO the CRS/ICANS grades, never in
// their place. Its temperature bands differ from the ASTCT fever rule (38.0 °C scores 0 here) and are kept apart.
import type { ConsciousnessLevel } from '../events';
import { NEWS2_BANDS, THRESHOLDS, type BandTable } from '../thresholds';
import type { TimelineIndex } from '../timeline';

export type Acvpu = 'A' | 'C' | 'V' | 'P' | 'U';

export interface News2Inputs {
  readonly rr?: number;
  readonly spo2?: number;
  readonly onOxygen: boolean;
  readonly sbp?: number;
  readonly pulse?: number;
  readonly consciousness?: Acvpu;
  readonly tempC?: number;
  /** SpO2 scale 2 only for documented hypercapnic respiratory failure (§5.2 footnote). */
  readonly scale: 1 | 2;
}

export type News2Parameter = 'rr' | 'spo2' | 'air_or_oxygen' | 'sbp' | 'pulse' | 'consciousness' | 'temp';

export interface News2Result {
  readonly total: number;
  /** False when a parameter had no reading: the total then covers only what was measured. */
  readonly complete: boolean;
  readonly missing: readonly News2Parameter[];
  readonly parts: readonly { readonly parameter: News2Parameter; readonly value: number | string; readonly points: number }[];
  readonly anySingleThree: boolean;
  /** RCP clinical response: low (0–4), low-medium (a 3 in one parameter), medium (5–6), high (≥ 7). */
  readonly response: 'low' | 'low-medium' | 'medium' | 'high';
  readonly scale: 1 | 2;
}

// NEWS2 [S57]: points of a value in a band table (upper edges inclusive).
export function bandPoints(table: BandTable, value: number): number {
  for (const [edge, points] of table.bands) if (value <= edge) return points;
  return table.bands.at(-1)![1];
}

// NEWS2 [S57], §5.2: SpO2 scale 1, or scale 2 (≤ 92 % by band; ≥ 93 % scores 0 on air and by band on oxygen).
export function spo2Points(spo2: number, onOxygen: boolean, scale: 1 | 2): number {
  if (scale === 1) return bandPoints(NEWS2_BANDS.spo2Scale1, spo2);
  if (spo2 <= 92) return bandPoints(NEWS2_BANDS.spo2Scale2, spo2);
  return onOxygen ? bandPoints(NEWS2_BANDS.spo2Scale2OnOxygen, spo2) : 0;
}

// NEWS2 [S57, S58], §5.2: the aggregate score and the response it calls for.
export function news2(inputs: News2Inputs): News2Result {
  const parts: { parameter: News2Parameter; value: number | string; points: number }[] = [];
  const missing: News2Parameter[] = [];
  const measured: [News2Parameter, number | undefined, (v: number) => number][] = [
    ['rr', inputs.rr, (v) => bandPoints(NEWS2_BANDS.rr, v)],
    ['spo2', inputs.spo2, (v) => spo2Points(v, inputs.onOxygen, inputs.scale)],
    ['sbp', inputs.sbp, (v) => bandPoints(NEWS2_BANDS.sbp, v)],
    ['pulse', inputs.pulse, (v) => bandPoints(NEWS2_BANDS.pulse, v)],
    ['temp', inputs.tempC, (v) => bandPoints(NEWS2_BANDS.temp, v)],
  ];
  for (const [parameter, value, points] of measured) {
    if (value === undefined) missing.push(parameter);
    else parts.push({ parameter, value, points: points(value) });
  }
  parts.push({ parameter: 'air_or_oxygen', value: inputs.onOxygen ? 'oxygen' : 'air', points: inputs.onOxygen ? THRESHOLDS.news2OxygenPoints.value : 0 });
  if (inputs.consciousness === undefined) missing.push('consciousness');
  else parts.push({ parameter: 'consciousness', value: inputs.consciousness, points: inputs.consciousness === 'A' ? 0 : THRESHOLDS.news2ConsciousnessPoints.value });
  const total = parts.reduce((sum, p) => sum + p.points, 0);
  const anySingleThree = parts.some((p) => p.points >= THRESHOLDS.news2SingleParameterRed.value);
  const response = total >= THRESHOLDS.news2HighMin.value ? 'high' : total >= THRESHOLDS.news2MediumMin.value ? 'medium' : anySingleThree ? 'low-medium' : 'low';
  return { total, complete: missing.length === 0, missing, parts, anySingleThree, response, scale: inputs.scale };
}

/**
 * ASTCT consciousness levels to ACVPU (an interpretation): "awakens spontaneously" is Alert (eyes open
 * spontaneously); voice V, tactile P, unarousable U; a documented new confusion is C.
 */
export function toAcvpu(level: ConsciousnessLevel, newConfusion?: boolean): Acvpu {
  if (level === 'unarousable') return 'U';
  if (level === 'awakens_to_tactile') return 'P';
  if (level === 'awakens_to_voice') return 'V';
  return newConfusion ? 'C' : 'A';
}

/** NEWS2 from the latest readings within the vitals window and the latest neuro assessment at t. */
export function news2At(ix: TimelineIndex, t: number): News2Result {
  const value = (p: 'rr' | 'spo2' | 'sbp' | 'hr' | 'temp') => ix.latest(p, t)?.value;
  // The latest record that documents consciousness or new confusion (a record may document other domains only).
  const neuro = ix.neuroBack(t, (n) => n.consciousness !== undefined || n.newConfusion !== undefined, ix.config.neuroWindowMs).next().value?.event;
  const consciousness = neuro?.consciousness ? toAcvpu(neuro.consciousness, neuro.newConfusion) : neuro?.newConfusion ? 'C' : undefined;
  const optional = <K extends string, V>(key: K, v: V | undefined) => (v === undefined ? {} : ({ [key]: v } as Record<K, V>));
  return news2({
    ...optional('rr', value('rr')),
    ...optional('spo2', value('spo2')),
    onOxygen: ix.o2At(t).state.device !== 'room_air',
    ...optional('sbp', value('sbp')),
    ...optional('pulse', value('hr')),
    ...optional('consciousness', consciousness),
    ...optional('tempC', value('temp')),
    scale: ix.timeline.patient.hypercapnicRespiratoryFailure ? 2 : 1,
  });
}
