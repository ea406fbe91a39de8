// The grading engine: evaluate(timeline, atTime, config) → CRS and ICANS (current, maximum, onset, resolution,
// evidence), flags and secondary signals, stamped with the rule-set version and the config used.
import { gradingConfig, type GradingConfig, type GradingConfigInput } from './config';
import { CrsSignals, type FeverBasis } from './crs';
import type { CrsGrade, DomainLevel } from './crsRules';
import { latestCrsCourse } from './crsCourses';
import { timelineSchema, type ConsciousnessLevel, type IcpSign, type ImagingEvent, type NeuroAssessment, type TimelineInput } from './events';
import type { Evidence } from './evidence';
import { crsEvidence, icansEvidence, summaryMessage } from './explain';
import { english } from '../messages/en';
import type { Message } from '../messages/message';
import { raiseFlags } from './flagRules';
import type { Flag } from './flags';
import type { IcansInstant, IcansResultGrade } from './icans';
import type { IcansGrade, StandingFinding } from './icansRules';
import { RULE_SET_VERSION } from './rules';
import { baselineHematotox, type BaselineHematotox } from './secondary/hematotox';
import { iecHsSignal, type IecHsSignal } from './secondary/iecHs';
import { news2At, type News2Result } from './secondary/news2';
import { nonIcansNeurotoxicity, type NonIcansNeurotoxicity } from './secondary/neurotox';
import { walkInstants, type Walk } from './instants';
import { TimelineIndex } from './timeline';

export interface CrsCourseSummary {
  readonly onset: number;
  /** When the course ended (24 h after its last sign), or null while it goes on. */
  readonly resolvedAt: number | null;
  readonly maxGrade: CrsGrade;
  /** When the masked-fever rule switched on in this course, if it did. */
  readonly maskedFrom: number | null;
}

/** Why the current and the maximum grade are what they are, in words and as evidence (CRS and ICANS alike). */
export interface GradeExplanation {
  readonly explanation: string;
  readonly evidence: readonly Evidence[];
  readonly maxExplanation: string;
  readonly maxEvidence: readonly Evidence[];
  /** The explanations as messages the window says in its own language (absent in results stored before them). */
  readonly explanationMessage?: Message;
  readonly maxExplanationMessage?: Message;
}

export interface CrsResult extends GradeExplanation {
  readonly current: CrsGrade;
  /** Highest instantaneous grade at any event time up to the evaluation time, with all documentation known now. */
  readonly max: CrsGrade;
  /** First time the maximum was reached (null when it is 0). */
  readonly maxAt: number | null;
  /** Onset and resolution of the current CRS course, or of the latest one if none is going on. */
  readonly onset: number | null;
  readonly resolution: number | null;
  readonly courses: readonly CrsCourseSummary[];
  readonly domains: {
    readonly feverBasis: FeverBasis;
    readonly hypotensionLevel: DomainLevel;
    readonly hypoxiaLevel: DomainLevel;
    readonly pressorCountExclVasopressin: number;
    readonly vasopressinActive: boolean;
  };
}

export interface IcansResult extends GradeExplanation {
  readonly current: IcansResultGrade;
  readonly max: IcansResultGrade;
  readonly maxAt: number | null;
  readonly domains: {
    readonly iceTotal: number | null;
    readonly iceLevel: IcansGrade | null;
    readonly consciousness: ConsciousnessLevel | null;
    /** null: not documented within the neuro window, or attributed to another cause. */
    readonly consciousnessLevel: IcansGrade | null;
    readonly seizureLevel: 0 | 3 | 4;
    readonly motorLevel: 0 | 4;
    readonly icpLevel: 0 | 3 | 4;
    /** Motor, ICP and imaging findings that stand now (until documented absent or newer imaging). */
    readonly standing: readonly StandingFindingView[];
  };
}

export interface StandingFindingView {
  readonly finding: 'deep_focal_motor_weakness' | IcpSign | ImagingEvent['finding'];
  /** The latest documentation showing it, and the first of the unbroken run that does. */
  readonly documentedAt: number;
  readonly since: number;
  /** Documented before the infusion and not worse since: baseline, not graded (§6.4). */
  readonly baseline: boolean;
}

/** Shown next to the grades, never mixed into them. */
export interface SecondarySignals {
  readonly news2: News2Result;
  readonly hematotox: BaselineHematotox;
  readonly iecHs: IecHsSignal;
  readonly nonIcansNeurotoxicity: NonIcansNeurotoxicity;
}

export interface GradingResult {
  readonly ruleSetVersion: string;
  readonly evaluatedAt: number;
  readonly config: GradingConfig;
  readonly crs: CrsResult;
  readonly icans: IcansResult;
  readonly flags: readonly Flag[];
  readonly secondary: SecondarySignals;
}

/** Grades a timeline at `atTime` (UTC ms), using only events at or before it. Throws a ZodError on invalid input. */
export function evaluate(timeline: TimelineInput, atTime: number, config: GradingConfigInput = {}): GradingResult {
  const ix = new TimelineIndex(timelineSchema.parse(timeline), atTime, gradingConfig(config));
  const signals = new CrsSignals(ix);
  return gradingResult(ix, signals, walkInstants(ix, signals));
}

/** The result at the evaluation time from the walk over its instants. */
export function gradingResult(ix: TimelineIndex, signals: CrsSignals, walk: Walk): GradingResult {
  const { crsNow: crs, icansNow: icans, maxCrs, maxIcans, maxIcansGrade, courseMax, exclusions } = walk;
  const atTime = ix.at;
  const cfg = ix.config;
  const current = latestCrsCourse(signals.courses, atTime);
  const crsEv = crsEvidence(crs, ix);
  const crsMaxEv = maxCrs && maxCrs.grade > 0 ? crsEvidence(maxCrs, ix) : crsEv;
  const icansEv = icansEvidence(icans, ix);
  const icansMaxEv = maxIcans ? icansEvidence(maxIcans, ix) : icansEv;
  const neurotox = nonIcansNeurotoxicity(ix);
  const crsResult: CrsResult = {
    current: crs.grade,
    max: maxCrs?.grade ?? 0,
    maxAt: maxCrs && maxCrs.grade > 0 ? maxCrs.time : null,
    onset: current?.onset.time ?? null,
    resolution: current?.resolvedAt ?? null,
    courses: signals.courses.map((course, i) => ({ onset: course.onset.time, resolvedAt: course.resolvedAt, maxGrade: courseMax[i]!, maskedFrom: course.maskedBy?.event.time ?? null })),
    domains: {
      feverBasis: crs.fever.basis,
      hypotensionLevel: crs.hypotension.level,
      hypoxiaLevel: crs.hypoxia.level,
      pressorCountExclVasopressin: crs.hypotension.countExclVasopressin,
      vasopressinActive: crs.hypotension.vasopressinActive,
    },
    ...explained(summaryMessage(crs.grade, crsEv), summaryMessage(maxCrs?.grade ?? 0, crsMaxEv)),
    evidence: crsEv,
    maxEvidence: crsMaxEv,
  };
  const icansResult: IcansResult = {
    current: icans.grade,
    max: maxIcansGrade,
    maxAt: maxIcans && maxIcansGrade !== 'not_assessable' && maxIcansGrade > 0 ? maxIcans.time : null,
    domains: {
      iceTotal: icans.ice.total ?? null,
      iceLevel: icans.ice.level,
      consciousness: icans.consciousness.value ?? null,
      consciousnessLevel: icans.consciousness.level,
      seizureLevel: icans.seizure.level,
      motorLevel: icans.motor.level,
      icpLevel: icans.icp.level,
      standing: standingFindings(icans),
    },
    ...explained(summaryMessage(icans.grade, icansEv), summaryMessage(maxIcansGrade, icansMaxEv)),
    evidence: icansEv,
    maxEvidence: icansMaxEv,
  };
  return {
    ruleSetVersion: RULE_SET_VERSION,
    evaluatedAt: atTime,
    config: cfg,
    crs: crsResult,
    icans: icansResult,
    flags: raiseFlags({ ix, signals, crs, icans, exclusions, neurotox }),
    secondary: {
      news2: news2At(ix, atTime),
      hematotox: baselineHematotox(ix),
      iecHs: iecHsSignal(ix, { current: crsResult.current, max: crsResult.max }),
      nonIcansNeurotoxicity: neurotox,
    },
  };
}

/** The findings that stand at an instant, for the screens (the neuro form asks whether each is still present). */
function standingFindings(n: IcansInstant): StandingFindingView[] {
  const view = (finding: StandingFindingView['finding'], f: StandingFinding<NeuroAssessment> | StandingFinding<ImagingEvent>): StandingFindingView => ({
    finding,
    documentedAt: f.latest.event.time,
    since: f.since.event.time,
    baseline: f.baseline,
  });
  return [
    ...(n.motor.standing ? [view('deep_focal_motor_weakness', n.motor.standing)] : []),
    ...n.icp.signs.map((s) => view(s.sign, s.standing)),
    ...(n.icp.oedema ? [view(n.icp.oedema.latest.event.finding, n.icp.oedema)] : []),
  ];
}

/** The explanations now and at the maximum, in English and as messages. */
function explained(now: Message, max: Message) {
  return { explanation: english(now), maxExplanation: english(max), explanationMessage: now, maxExplanationMessage: max };
}
