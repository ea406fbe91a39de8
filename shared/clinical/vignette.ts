// Adapter from the external vignette format to the engine's timeline, and the one-line result `vigil grade` prints.
// The vignette format is theirs (snake_case, hours from infusion); the event model in events.ts is ours.
import type { GradingConfigInput } from './config';
import { evaluate, type GradingResult } from './engine';
import type { ClinicalEvent, IceResult, Timeline, VitalKind } from './events';
import { vocabularyFlags, type VignetteFlag } from './flags';
import type { IcansResultGrade } from './icans';
import type { Vignette, VignetteEvent } from './vignetteSchema';
import { HOUR_MS } from '../time';

/** Vignette time (hours from infusion start) to UTC ms, with the infusion at 0 ms. */
export const hoursToMs = (h: number): number => Math.round(h * HOUR_MS);

export interface VignetteLine {
  readonly id: string;
  readonly crs: { readonly current: number; readonly max: number };
  readonly icans: { readonly current: IcansResultGrade; readonly max: IcansResultGrade };
  readonly flags: readonly VignetteFlag[];
}

function ice(e: Extract<VignetteEvent, { kind: 'neuro' }>): IceResult | undefined {
  const i = e.ice_items;
  if (i && i.orientation !== undefined && i.naming !== undefined && i.following_commands !== undefined && i.writing !== undefined && i.attention !== undefined) {
    return { form: 'domains', orientation: i.orientation, naming: i.naming, followingCommands: i.following_commands, writing: i.writing, attention: i.attention };
  }
  return typeof e.ice_total === 'number' ? { form: 'total', total: e.ice_total } : undefined;
}

function toEvents(e: VignetteEvent, index: number): ClinicalEvent[] {
  const time = hoursToMs(e.t_h);
  const id = `timeline[${index}]`;
  const staff = e.source === 'physician' ? 'physician' : e.source === 'monitor' ? 'monitor' : e.source === 'manual' ? 'manual' : 'staff';
  const base = { id, time };
  switch (e.kind) {
    case 'vitals': {
      // §6.4: vignette timelines count as confirmed readings.
      const vital = (param: VitalKind, value: number | undefined, unit: string): ClinicalEvent[] =>
        value === undefined ? [] : [{ ...base, kind: 'vital', source: e.source === 'monitor' ? 'monitor' : 'manual', param, value, unit, confirmed: true }];
      return [
        ...vital('temp', e.temp_c, 'Cel'),
        ...(e.temp_c === undefined ? vital('temp', e.temp_f, '[degF]') : []),
        ...vital('sbp', e.sbp, 'mm[Hg]'),
        ...vital('map', e.map, 'mm[Hg]'),
        ...vital('hr', e.hr, '/min'),
        ...vital('rr', e.rr, '/min'),
        ...vital('spo2', e.spo2, '%'),
      ];
    }
    case 'oxygen':
      return [{ ...base, kind: 'oxygen', source: staff, device: e.device, ...opt('flowLMin', e.flow_l_min), ...opt('fio2', e.fio2) }];
    case 'vasopressor':
      return [{ ...base, kind: 'vasopressor', source: staff, drug: e.drug, action: e.action, ...opt('dose', e.dose), ...opt('doseUnit', e.dose_unit) }];
    case 'medication':
      return [{ ...base, kind: 'medication', source: staff, drug: e.drug, drugClass: e.class, ...opt('indication', e.indication), ...opt('doseText', e.dose_text) }];
    case 'fluid_bolus':
      return [{ ...base, kind: 'fluid_bolus', source: staff, ...opt('volumeMl', e.volume_ml), ...opt('indication', e.indication) }];
    case 'neuro':
      return [
        {
          ...base,
          kind: 'neuro',
          source: staff,
          ...opt('ice', ice(e)),
          ...opt('iceNotAssessableReason', e.ice_not_assessable_reason ?? (e.ice_total === null ? 'not assessable' : undefined)),
          ...opt('consciousness', e.consciousness),
          ...opt('globalAphasia', e.global_aphasia),
          ...opt('deepFocalMotorWeakness', e.deep_focal_motor_weakness),
          ...opt('icpSigns', e.icp_signs),
          ...opt('otherFindings', e.other_findings),
        },
      ];
    case 'seizure':
      return [
        {
          ...base,
          kind: 'seizure',
          source: staff,
          seizureType: e.seizure_type,
          ...opt('durationMin', e.duration_min),
          ...opt('resolved', e.resolved),
          ...opt('repetitiveWithoutReturnToBaseline', e.repetitive_without_return_to_baseline),
        },
      ];
    case 'imaging':
      return [{ ...base, kind: 'imaging', source: staff, finding: e.finding, ...opt('modality', e.modality) }];
    case 'attribution':
      // The vignette convention (§6.1) calls attributions physician events: an unspecified source is taken as one.
      return [{ ...base, kind: 'attribution', source: e.source === undefined ? 'physician' : staff, target: e.target, active: e.active, ...opt('cause', e.cause), ...opt('effectiveFrom', e.effective_from_h === undefined ? undefined : hoursToMs(e.effective_from_h)) }];
    case 'note':
      return [{ ...base, kind: 'note', source: staff, text: e.text ?? '' }];
  }
}

function opt<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** The engine's timeline for a vignette: infusion at 0 ms, every event at t_h hours. */
export function vignetteToTimeline(v: Vignette): Timeline {
  const baseline = v.patient?.baseline_o2;
  return {
    infusionAt: 0,
    patient: {
      baselineO2: baseline ? { device: baseline.device, ...opt('flowLMin', baseline.flow_l_min), ...opt('fio2', baseline.fio2) } : { device: 'room_air' },
      ...opt('product', v.product),
      ...opt('weightKg', v.patient?.weight_kg),
    },
    events: v.timeline.flatMap(toEvents),
  };
}

/** Grades a vignette at its evaluate_at_h. */
export function gradeVignette(v: Vignette, config: GradingConfigInput = {}): GradingResult {
  return evaluate(vignetteToTimeline(v), hoursToMs(v.evaluate_at_h), config);
}

/** The `vigil grade` line for a result: keys and order fixed (a contract later checks rely on). */
export function vignetteLine(id: string, r: GradingResult): VignetteLine {
  return { id, crs: { current: r.crs.current, max: r.crs.max }, icans: { current: r.icans.current, max: r.icans.max }, flags: vocabularyFlags(r.flags) };
}
