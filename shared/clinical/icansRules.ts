// The ICANS rules as small pure functions, one per domain, each naming the source it implements.
import type { ConsciousnessLevel, IcpSign, ImagingEvent, SeizureEvent } from './events';
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

// ASTCT 2019 [S7, S9], §2.2: a seizure that resolves rapidly (clinical) or with intervention (EEG) = 3; prolonged
// > 5 min or repetitive without return to baseline = 4. §6.4: unknown or unresolved duration = not rapidly resolving.
export function seizureGrade(s: Pick<SeizureEvent, 'durationMin' | 'resolved' | 'repetitiveWithoutReturnToBaseline'>): 3 | 4 {
  if (s.repetitiveWithoutReturnToBaseline) return 4;
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
