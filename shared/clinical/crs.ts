// CRS at a moment: the fever, hypotension and hypoxia domains from the indexed timeline, and the grade they give.
import type { MedicationEvent, OxygenState, VasopressorEvent } from './events';
import { crsGrade, isAboveBaseline, oxygenLevel, vasopressorLevel, vasopressorRole, type CrsGrade, type DomainLevel } from './crsRules';
import { computeCrsCourses, crsCourseAt, type CrsCourse } from './crsCourses';
import { lastAtOrBefore, type AttributionPeriod, type Ordered, type Reading, type TimelineIndex } from './timeline';

export type FeverBasis = 'measured' | 'masked' | 'none';

export interface FeverFinding {
  readonly basis: FeverBasis;
  /** The latest qualifying fever within the look-back (basis 'measured'). */
  readonly reading?: Reading;
  readonly course?: CrsCourse;
  /** The treatment that switched on the masked-fever rule in this CRS course, if it has been given by now. */
  readonly maskedBy?: Ordered<MedicationEvent>;
}

export interface HypotensionFinding {
  readonly level: DomainLevel;
  /** The hypotensive reading(s) behind a level-2 finding. */
  readonly readings: readonly Reading[];
  readonly pressors: readonly Ordered<VasopressorEvent>[];
  readonly countExclVasopressin: number;
  readonly vasopressinActive: boolean;
  /** Running agents that are not vasopressors for grading (inotropes, midodrine). */
  readonly notCounted: readonly Ordered<VasopressorEvent>[];
  /** Set when a sign was present but a physician attributed it to another cause. */
  readonly attributed?: AttributionPeriod;
}

export interface HypoxiaFinding {
  readonly level: DomainLevel;
  readonly state: OxygenState;
  readonly event?: Ordered;
  readonly baseline: OxygenState;
  readonly aboveBaseline: boolean;
  readonly attributed?: AttributionPeriod;
}

export interface CrsInstant {
  readonly time: number;
  readonly grade: CrsGrade;
  readonly fever: FeverFinding;
  readonly hypotension: HypotensionFinding;
  readonly hypoxia: HypoxiaFinding;
}

/** The CRS signs of one timeline, computed once and queried at any time up to the evaluation time. */
export class CrsSignals {
  /** Fevers that qualify: confirmed, after the infusion, not attributed to another cause. */
  readonly fevers: readonly Reading[];
  /** Fevers a physician attributed to another cause (shown as such, never graded). */
  readonly attributedFevers: readonly Reading[];
  readonly courses: readonly CrsCourse[];
  /** Times of a qualifying fever or an unattributed, confirmed hypotensive reading: signs that keep a CRS course going. */
  private readonly pointActivity: ReadonlySet<number>;

  constructor(readonly ix: TimelineIndex) {
    const candidates = ix.readings.temp.filter((r) => r.abnormal && r.confirmation.status !== 'pending' && r.time >= ix.infusionAt);
    this.fevers = candidates.filter((r) => !ix.attribution('fever', r.time));
    this.attributedFevers = candidates.filter((r) => ix.attribution('fever', r.time));
    const hypotensive = [...ix.readings.sbp, ...ix.readings.map].filter((r) => r.abnormal && r.confirmation.status !== 'pending' && !ix.attribution('hypotension', r.time));
    this.pointActivity = new Set([...this.fevers, ...hypotensive].map((r) => r.time));
    this.courses = computeCrsCourses({
      times: ix.times,
      evaluatedAt: ix.at,
      quietMs: ix.config.episodeQuietMs,
      fevers: this.fevers,
      medications: ix.medications,
      pointSignAt: (t) => this.pointActivity.has(t),
      lastingSignAt: (t) => this.stateActiveAt(t),
    });
  }

  /** The latest qualifying fever within the look-back before t. */
  lastFever(t: number): Reading | undefined {
    const r = this.fevers[lastAtOrBefore(this.fevers, t)];
    return r && r.time >= t - this.ix.config.feverLookbackMs ? r : undefined;
  }

  /** Whether a sign that lasts (a vasopressor, oxygen above baseline) is active at t and not attributed elsewhere. */
  stateActiveAt(t: number): boolean {
    const pressor = [...this.ix.pressorsAt(t).keys()].some((d) => vasopressorRole(d) !== 'not_counted');
    if (pressor && !this.ix.attribution('hypotension', t)) return true;
    return isAboveBaseline(this.ix.o2At(t).state, this.ix.timeline.patient.baselineO2) && !this.ix.attribution('hypoxia', t);
  }

  fever(t: number): FeverFinding {
    const course = crsCourseAt(this.courses, t);
    const maskedBy = course?.maskedBy && course.maskedBy.event.time <= t ? course.maskedBy : undefined;
    const reading = this.lastFever(t);
    const basis: FeverBasis = reading ? 'measured' : maskedBy ? 'masked' : 'none';
    return { basis, ...(reading ? { reading } : {}), ...(course ? { course } : {}), ...(maskedBy ? { maskedBy } : {}) };
  }

  // ASTCT 2019 [S1, S2], §1.1 rules 4, 7–9, §6.4: vasopressors at t, else the latest SBP/MAP within the window.
  hypotension(t: number): HypotensionFinding {
    const running = [...this.ix.pressorsAt(t).values()];
    const counted = running.filter((p) => vasopressorRole(p.event.drug) !== 'not_counted');
    const notCounted = running.filter((p) => vasopressorRole(p.event.drug) === 'not_counted');
    const v = vasopressorLevel(counted.map((p) => p.event.drug));
    const readings = [this.ix.latest('sbp', t), this.ix.latest('map', t)].filter((r): r is Reading => r !== undefined && r.abnormal);
    const byPressor = { countExclVasopressin: v.countExclVasopressin, vasopressinActive: v.vasopressinActive, notCounted };
    if (v.level > 0) {
      const attributed = this.ix.attribution('hypotension', t);
      if (!attributed) return { level: v.level, readings, pressors: counted, ...byPressor };
      return { level: 0, readings: [], pressors: counted, ...byPressor, attributed };
    }
    const graded = readings.filter((r) => !this.ix.attribution('hypotension', r.time));
    const attributed = graded.length === 0 && readings.length > 0 ? this.ix.attribution('hypotension', readings[0]!.time) : undefined;
    return { level: graded.length > 0 ? 2 : 0, readings: graded, pressors: [], ...byPressor, ...(attributed ? { attributed } : {}) };
  }

  // ASTCT 2019 [S1, S2, S6], §1.1 rules 5 and 10, §1.2 and §6.4: the documented device and flow above baseline.
  hypoxia(t: number): HypoxiaFinding {
    const { state, event } = this.ix.o2At(t);
    const baseline = this.ix.timeline.patient.baselineO2;
    const aboveBaseline = isAboveBaseline(state, baseline);
    const attributed = aboveBaseline ? this.ix.attribution('hypoxia', t) : undefined;
    const level: DomainLevel = aboveBaseline && !attributed ? oxygenLevel(state) : 0;
    return { level, state, ...(event ? { event } : {}), baseline, aboveBaseline, ...(attributed ? { attributed } : {}) };
  }

  at(t: number): CrsInstant {
    const fever = this.fever(t);
    const hypotension = this.hypotension(t);
    const hypoxia = this.hypoxia(t);
    return { time: t, grade: crsGrade(fever.basis !== 'none', hypotension.level, hypoxia.level), fever, hypotension, hypoxia };
  }
}
