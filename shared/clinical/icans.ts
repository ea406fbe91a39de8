// ICANS at a moment (§2.2, §6.1): the latest assessment within 12 h, seizures within 24 h and the latest imaging,
// graded by the worst domain not attributed to another cause; "not_assessable" without any of them.
import type { ConsciousnessLevel, IcpSign, ImagingEvent, NeuroAssessment, SeizureEvent } from './events';
import { consciousnessGrade, iceGrade, icpSignsGrade, imagingGrade, isUnarousable, motorGrade, seizureGrade, type IcansGrade } from './icansRules';
import type { AttributionPeriod, Ordered, TimelineIndex } from './timeline';
import { iceScore } from './values';

export type IcansResultGrade = IcansGrade | 'not_assessable';

export interface IcansInstant {
  readonly time: number;
  readonly grade: IcansResultGrade;
  readonly assessment?: Ordered<NeuroAssessment>;
  readonly ice: {
    /** null: no ICE score to grade (not done, or taken while unarousable from a cause a physician named). */
    readonly level: IcansGrade | null;
    readonly total?: number;
    readonly lost: readonly string[];
    readonly unarousable: boolean;
    readonly notAssessableReason?: string;
  };
  readonly consciousness: { readonly level: IcansGrade; readonly value?: ConsciousnessLevel; readonly attributed?: AttributionPeriod };
  readonly seizure: { readonly level: 0 | 3 | 4; readonly worst?: Ordered<SeizureEvent> };
  readonly motor: { readonly level: 0 | 4 };
  readonly icp: { readonly level: 0 | 3 | 4; readonly imaging?: Ordered<ImagingEvent>; readonly signs: readonly IcpSign[] };
}

export function icansAt(ix: TimelineIndex, t: number): IcansInstant {
  const assessment = ix.latestNeuro(t);
  const n = assessment?.event;
  const consciousnessValue = n?.consciousness;
  const depressed = consciousnessValue !== undefined && consciousnessValue !== 'alert';
  const attributed = n && (depressed || n.iceNotAssessableReason !== undefined) ? ix.attribution('depressed_consciousness', n.time) : undefined;

  // ICE domain: a score taken while the patient is unarousable from another cause (e.g. sedation) is not an ICANS score.
  const unarousable = n ? isUnarousable(n.consciousness, n.iceNotAssessableReason) : false;
  const score = n?.ice ? iceScore(n.ice) : undefined;
  const iceLevel = score === undefined || (unarousable && attributed) ? null : iceGrade(score.total, unarousable);
  const ice = {
    level: iceLevel,
    ...(score ? { total: score.total } : {}),
    lost: score?.lost ?? [],
    unarousable,
    ...(n?.iceNotAssessableReason !== undefined ? { notAssessableReason: n.iceNotAssessableReason } : iceLevel === null && n && unarousable ? { notAssessableReason: 'unarousable (attributed to another cause)' } : {}),
  };

  // Consciousness domain: §2.2 and §6.4, depressed consciousness counts unless a physician attributed it elsewhere.
  const consciousness = {
    level: consciousnessValue && !(depressed && attributed) ? consciousnessGrade(consciousnessValue) : (0 as IcansGrade),
    ...(consciousnessValue ? { value: consciousnessValue } : {}),
    ...(depressed && attributed ? { attributed } : {}),
  };

  const seizures = ix.seizuresWithin(t);
  const worst = seizures.reduce<Ordered<SeizureEvent> | undefined>((w, s) => (!w || seizureGrade(s.event) > seizureGrade(w.event) ? s : w), undefined);
  const seizure = { level: worst ? seizureGrade(worst.event) : (0 as const), ...(worst ? { worst } : {}) };

  const motor = { level: motorGrade(n?.deepFocalMotorWeakness) };

  const imaging = ix.latestImaging(t);
  const signs = n?.icpSigns ?? [];
  const icp = {
    level: Math.max(icpSignsGrade(signs), imaging ? imagingGrade(imaging.event.finding) : 0) as 0 | 3 | 4,
    ...(imaging ? { imaging } : {}),
    signs,
  };

  // §6.1: an assessment within 12 h, a seizure within 24 h, or an ICANS imaging finding makes ICANS assessable.
  const assessable = assessment !== undefined || seizures.length > 0 || (imaging !== undefined && imagingGrade(imaging.event.finding) > 0);
  const grade: IcansResultGrade = assessable ? (Math.max(ice.level ?? 0, consciousness.level, seizure.level, motor.level, icp.level) as IcansGrade) : 'not_assessable';
  return { time: t, grade, ...(assessment ? { assessment } : {}), ice, consciousness, seizure, motor, icp };
}

/** The higher of two ICANS results; a number beats "not_assessable". */
export function worseIcans(a: IcansResultGrade, b: IcansResultGrade): IcansResultGrade {
  if (a === 'not_assessable') return b;
  if (b === 'not_assessable') return a;
  return Math.max(a, b) as IcansGrade;
}
