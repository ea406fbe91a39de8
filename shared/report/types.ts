// The shift handover report (I-PASS, clinical-rules.md §5.3): one typed value the station builds for a window and
// the print page renders. Times are UTC ms; vital values are in the canonical units of shared/params.ts.
import type { TrendPoint } from '../api/methods/live';
import type { LabResult } from '../api/methods/labs';
import type { SiteLabRange } from '../labRanges';
import type { ConfirmationView, Grade, GradeKind } from '../api/methods/clinical';
import type { ThresholdKey } from '../clinical/thresholds';
import type { VitalParam } from '../params';
import type { IceDue } from './schedule';
import type { NextTocilizumab } from '../episode/tocilizumab';
import type { Message } from '../messages/message';
import type { News2Result } from '../clinical/secondary/news2';

export const ILLNESS_SEVERITIES = ['stable', 'watcher', 'unstable'] as const;
export type IllnessSeverity = (typeof ILLNESS_SEVERITIES)[number];

export const REPORT_FORMATS = ['A4', 'Letter'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The nurse's illness-severity choice and situation awareness for one window (entry kind `handover_note`). */
export interface HandoverNote {
  readonly from: number;
  readonly to: number;
  readonly severity: IllnessSeverity;
  readonly situation: string;
  readonly by: string;
  readonly at: number;
}

/** A grade as printed: the suggestion, and the latest physician confirmation of that kind (the window decides whether it still covers the suggestion). */
export interface GradeStatus {
  readonly kind: GradeKind;
  readonly suggested: Grade;
  readonly confirmation: ConfirmationView | null;
  /** Highest grade of the episode so far (suggested), and when it was first reached. */
  readonly max: Grade;
  readonly maxAt: number | null;
  /** The engine's basis for the current grade, in its words. */
  readonly basis: string;
  /** The basis as a message the window says in its own language (absent for results stored before it). */
  readonly basisMessage?: Message;
}

export interface EventLine {
  readonly id: number;
  readonly time: number;
  /** The documented event kind without its `event:` prefix (medication, oxygen, neuro, …). */
  readonly kind: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly by: string;
}

export interface VitalRow {
  readonly param: VitalParam;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  readonly count: number;
  /** `enteredBy` when the latest is a hand-entered reading: who entered it (null where not known). */
  readonly latest: { readonly value: number; readonly time: number; readonly enteredBy?: string | null };
}

export interface ChartThreshold {
  readonly key: ThresholdKey;
  readonly value: number;
  /** Which side is abnormal: fever is at or above, hypotension and low SpO2 below. */
  readonly side: 'above' | 'below';
}

export interface VitalChart {
  readonly param: VitalParam;
  readonly unit: string;
  /** As observations.trend answers (min/max per bucket, null = gap). */
  readonly points: readonly TrendPoint[];
  readonly thresholds: readonly ChartThreshold[];
}

export interface MonitorGap {
  readonly device: string;
  readonly from: number;
  /** null: still not receiving at the report time. */
  readonly to: number | null;
  readonly state: string;
  readonly reason: string | null;
}

/** A test's latest result before the end of the window and the one before it (as the station lists them). */
export interface LabRow {
  readonly code: string;
  readonly latest: LabResult;
  readonly previous: LabResult | null;
  /** The site's range for the test (lab-ranges.json or the defaults): applies where the lab sent none, as on the labs screen. */
  readonly site: SiteLabRange | null;
}

export interface FlagLine {
  readonly id: number;
  readonly code: string;
  readonly raisedAt: number;
  readonly clearedAt: number | null;
  readonly explanation: string;
  /** The explanation as a message the window says in its own language (absent for flags stored before it). */
  readonly message?: Message;
  readonly acknowledged: { readonly by: string; readonly at: number; readonly note: string | null } | null;
}

export interface GradeTimelineRow {
  readonly time: number;
  readonly crs: Grade;
  readonly icans: Grade;
  readonly crsConfirmation: ConfirmationView | null;
  readonly icansConfirmation: ConfirmationView | null;
}

/** Open tasks the station knows of (a grade awaiting confirmation is added by the window, with the screen's rule). */
export type HandoverTask =
  | { readonly kind: 'flag'; readonly code: string; readonly since: number }
  | { readonly kind: 'checklist'; readonly item: string };

export interface HandoverReport {
  readonly generatedAt: number;
  /** asOf: the moment grades, Day +N, flags and due times are given for (now, or the window's end for a past window). */
  readonly window: { readonly from: number; readonly to: number; readonly isDefaultShift: boolean; readonly asOf: number };
  readonly isDemo: boolean;
  readonly patient: {
    readonly mrn: string;
    readonly name: string;
    readonly birthDate: string | null;
    readonly sex: string | null;
    readonly weightKg: number;
    readonly allergies: string;
    readonly diagnosis: string;
    readonly treatingPhysician: string;
  };
  readonly episode: {
    readonly id: number;
    readonly admittedAt: number;
    readonly dischargedAt: number | null;
    readonly product: { readonly code: string; readonly name: string } | null;
    readonly infusionTime: number | null;
    /** Day +N at the end of the window (or now, when the window is still running). */
    readonly day: number | null;
    readonly lymphodepletion: { readonly regimen: string; readonly days: readonly string[] } | null;
    readonly checklist: {
      readonly missing: readonly string[];
      readonly nurse: { readonly by: string; readonly at: number } | null;
      readonly physician: { readonly by: string; readonly at: number } | null;
    };
    readonly infusion: {
      readonly start: number;
      readonly end: number;
      readonly cellsInfused: number;
      readonly lot: string;
      readonly doseWithinRule: boolean;
      readonly reaction: string | null;
    } | null;
    /** The drug as documented (a known one is said in the window's language), dose and frequency. */
    readonly seizureProphylaxis: { readonly drug: string; readonly doseMg: number; readonly frequency: string } | null;
  };
  readonly severity: HandoverNote | null;
  /** Null before an infusion is recorded: nothing is graded before Day 0. */
  readonly grades: {
    readonly evaluatedAt: number;
    readonly crs: GradeStatus;
    readonly icans: GradeStatus;
    readonly news2: { readonly total: number; readonly complete: boolean; readonly response: News2Result['response'] } | null;
  } | null;
  readonly summaryEvents: readonly EventLine[];
  readonly actions: {
    readonly tasks: readonly HandoverTask[];
    readonly pendingLabs: readonly LabRow[];
    readonly ice: IceDue;
    readonly tocilizumab: NextTocilizumab;
  };
  readonly unacknowledgedFlags: readonly FlagLine[];
  readonly vitals: {
    readonly rows: readonly VitalRow[];
    readonly charts: readonly VitalChart[];
    readonly gaps: readonly MonitorGap[];
  };
  readonly labs: readonly LabRow[];
  readonly treatments: readonly EventLine[];
  readonly gradeTimeline: readonly GradeTimelineRow[];
  readonly flags: readonly FlagLine[];
}
