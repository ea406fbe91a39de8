// The ICANS rules as small pure functions, one per domain, each naming the source it implements.
import type { ClinicalEvent, ConsciousnessLevel, IcpSign, ImagingEvent, SeizureEvent } from './events';
import type { Ordered } from './timeline';
import { THRESHOLDS } from './thresholds';

export type IcansGrade = 0 | 1 | 2 | 3 | 4;

// ASTCT 2019 [S7], §2.1–2.2: ICE 10 = 0, 7–9 = 1, 3–6 = 2, 0–2 = 3; ICE 0 in an unarousable patient = 4 (V23).
export function iceGrade(total: number, unarousable: boolean): IcansGrade {
  if (total >= THRESHOLDS.iceNormal.value) return 0;
  if (total >= THRESHOLDS.iceGrade1Min.value) return 1;
  if (total >= THRESHOLDS.iceGrade2Min.value) return 2;
  return total === 0 && unarousable ? 4 : 3;
}

// ASTCT 2019 [S7, S9], §2.2: awakens spontaneously 1, to voice 2, only to touch 3, unarousable 4.
export function consciousnessGrade(level: ConsciousnessLevel): IcansGrade {
  switch (level) {
    case 'alert':
      return 0;
    case 'awakens_spontaneously':
      return 1;
    case 'awakens_to_voice':
      return 2;
    case 'awakens_to_tactile':
      return 3;
    case 'unarousable':
      return 4;
  }
}

// ASTCT 2019 [S7, S9], §2.2: a clinical seizure that resolves rapidly = 3; prolonged > 5 min or repetitive without
// return to baseline = 4. §6.4: a clinical seizure of unknown or unresolved duration = not rapidly resolving (4);
// non-convulsive seizures on EEG that resolve with intervention = 3 whatever their recorded duration.
export function seizureGrade(s: Pick<SeizureEvent, 'seizureType' | 'durationMin' | 'resolved' | 'repetitiveWithoutReturnToBaseline'>): 3 | 4 {
  if (s.repetitiveWithoutReturnToBaseline) return 4;
  if (s.seizureType === 'nonconvulsive_eeg' && s.resolved === true) return 3;
  if (s.durationMin === undefined || s.resolved === false) return 4;
  return s.durationMin > THRESHOLDS.prolongedSeizureMin.value ? 4 : 3;
}

// ASTCT 2019 [S7, S9], §2.2: deep focal motor weakness (hemiparesis, paraparesis) = 4.
export function motorGrade(deepFocalMotorWeakness: boolean | undefined): 0 | 4 {
  return deepFocalMotorWeakness ? 4 : 0;
}

// ASTCT 2019 [S7, S9], §2.2: focal oedema = 3; diffuse oedema = 4; intracranial haemorrhage is not ICANS (CTCAE).
export function imagingGrade(finding: ImagingEvent['finding']): 0 | 3 | 4 {
  if (finding === 'focal_edema') return 3;
  if (finding === 'diffuse_cerebral_edema') return 4;
  return 0;
}

// ASTCT 2019 [S7, S9], §2.2: posturing, cranial nerve VI palsy, papilloedema or Cushing's triad = 4.
export function icpSignsGrade(signs: readonly IcpSign[] | undefined): 0 | 4 {
  return signs && signs.length > 0 ? 4 : 0;
}

/** ICE not done because the patient could not be roused: read from the level or, failing that, the reason given. */
export function isUnarousable(consciousness: ConsciousnessLevel | undefined, iceNotAssessableReason: string | undefined): boolean {
  if (consciousness !== undefined) return consciousness === 'unarousable';
  return iceNotAssessableReason !== undefined && /unarous|coma|stupor/i.test(iceNotAssessableReason);
}

/** A finding as it stands at a moment: shown by an unbroken run of documentations from `since` to `latest`. */
export interface StandingFinding<E extends ClinicalEvent> {
  readonly latest: Ordered<E>;
  readonly since: Ordered<E>;
  readonly level: number;
  /** Shown before the infusion and not worse since: the patient's baseline, which does not grade. */
  readonly baseline: boolean;
}

// §6.4: motor and ICP findings stand until documented absent, imaging until newer imaging; findings documented before
// the infusion are baseline (e.g. a CNS plasmacytoma) and only a new or worse finding after it grades ICANS.
export function standingFinding<E extends ClinicalEvent>(newestFirst: Iterable<Ordered<E>>, levelOf: (e: E) => number, infusionAt: number): StandingFinding<E> | undefined {
  let latest: Ordered<E> | undefined;
  let since: Ordered<E> | undefined;
  let baselineLevel = 0;
  for (const doc of newestFirst) {
    const level = levelOf(doc.event);
    if (level === 0) break; // documented absent (or normal imaging): the run ends here
    latest ??= doc;
    since = doc;
    if (doc.event.time < infusionAt) baselineLevel = Math.max(baselineLevel, level);
  }
  if (!latest || !since) return undefined;
  const level = levelOf(latest.event);
  return { latest, since, level, baseline: level <= baselineLevel };
}
