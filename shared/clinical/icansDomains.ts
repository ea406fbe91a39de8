// The ICANS domains at a moment, each read from its own latest documentation (§6.1, §6.4): a neuro record documents
// only the domains whose fields it carries, so a consciousness-only check leaves the last ICE score, and a check that
// does not mention a motor or ICP finding leaves it standing.
import { ICP_SIGNS, type ConsciousnessLevel, type IcpSign, type ImagingEvent, type NeuroAssessment, type SeizureEvent } from './events';
import { consciousnessGrade, iceGrade, imagingGrade, isUnarousable, motorGrade, seizureGrade, standingFinding, type IcansGrade, type StandingFinding } from './icansRules';
import type { AttributionPeriod, Ordered, TimelineIndex } from './timeline';
import { iceScore } from './values';

/** What a neuro record documents: a field that is present documents its domain, a missing one leaves it as it was. */
export const DOCUMENTS = {
  ice: (n: NeuroAssessment) => n.ice !== undefined || n.iceNotAssessableReason !== undefined,
  consciousness: (n: NeuroAssessment) => n.consciousness !== undefined,
  motor: (n: NeuroAssessment) => n.deepFocalMotorWeakness !== undefined,
  icp: (n: NeuroAssessment) => n.icpSigns !== undefined,
} as const;

export interface IceDomain {
  /** The latest record within the neuro window that documents ICE (a score, or why it could not be done). */
  readonly documentation?: Ordered<NeuroAssessment>;
  /** null: no gradable ICE (none within the window, not done, or taken while unarousable from a named other cause). */
  readonly level: IcansGrade | null;
  readonly total?: number;
  readonly lost: readonly string[];
  readonly unarousable: boolean;
  readonly notAssessableReason?: string;
}

export interface ConsciousnessDomain {
  readonly documentation?: Ordered<NeuroAssessment>;
  /** null: not documented within the neuro window, or depressed and attributed to another cause by a physician. */
  readonly level: IcansGrade | null;
  readonly value?: ConsciousnessLevel;
  readonly attributed?: AttributionPeriod;
}

export interface SeizureDomain {
  readonly level: 0 | 3 | 4;
  readonly worst?: Ordered<SeizureEvent>;
}

export interface MotorDomain {
  readonly level: 0 | 4;
  /** The deep focal motor weakness that stands now, graded or baseline. */
  readonly standing?: StandingFinding<NeuroAssessment>;
}

export interface IcpDomain {
  readonly level: 0 | 3 | 4;
  /** Each raised-ICP sign that stands now, graded or baseline. */
  readonly signs: readonly { readonly sign: IcpSign; readonly standing: StandingFinding<NeuroAssessment> }[];
  /** The latest imaging, whatever it showed. */
  readonly imaging?: Ordered<ImagingEvent>;
  /** The oedema that stands on imaging, graded or baseline. */
  readonly oedema?: StandingFinding<ImagingEvent>;
}

/** The reason an ICE is not graded when the patient is unarousable from a cause a physician named. */
export const UNAROUSABLE_ATTRIBUTED = 'unarousable (attributed to another cause)';

// ASTCT [S7], §2.1–2.2 and §6.4: the latest ICE documentation within 12 h; an ICE taken while unarousable from a cause
// a physician named (e.g. sedation) is not an ICANS score.
export function iceDomain(ix: TimelineIndex, t: number): IceDomain {
  const doc = first(ix.neuroBack(t, DOCUMENTS.ice, ix.config.neuroWindowMs));
  if (!doc) return { level: null, lost: [], unarousable: false };
  const n = doc.event;
  const unarousable = isUnarousable(n.consciousness, n.iceNotAssessableReason);
  const attributed = unarousable || n.iceNotAssessableReason !== undefined ? ix.attribution('depressed_consciousness', n.time) : undefined;
  const score = n.ice ? iceScore(n.ice) : undefined;
  const level = score === undefined || (unarousable && attributed) ? null : iceGrade(score.total, unarousable);
  const reason = n.iceNotAssessableReason ?? (level === null ? UNAROUSABLE_ATTRIBUTED : undefined);
  return { documentation: doc, level, ...(score ? { total: score.total } : {}), lost: score?.lost ?? [], unarousable, ...(reason !== undefined ? { notAssessableReason: reason } : {}) };
}

// ASTCT [S7, S9], §2.2 and §6.4: the latest level of consciousness within 12 h; depressed consciousness counts unless a
// physician attributed it to another cause, and then this domain cannot be assessed.
export function consciousnessDomain(ix: TimelineIndex, t: number): ConsciousnessDomain {
  const doc = first(ix.neuroBack(t, DOCUMENTS.consciousness, ix.config.neuroWindowMs));
  const value = doc?.event.consciousness;
  if (!doc || value === undefined) return { level: null };
  const attributed = value !== 'alert' ? ix.attribution('depressed_consciousness', doc.event.time) : undefined;
  return { documentation: doc, value, level: attributed ? null : consciousnessGrade(value), ...(attributed ? { attributed } : {}) };
}

// ASTCT [S7, S9], §2.2 and §6.1: the worst seizure within 24 h.
export function seizureDomain(ix: TimelineIndex, t: number): SeizureDomain {
  const worst = ix.seizuresWithin(t).reduce<Ordered<SeizureEvent> | undefined>((w, s) => (!w || seizureGrade(s.event) > seizureGrade(w.event) ? s : w), undefined);
  return worst ? { level: seizureGrade(worst.event), worst } : { level: 0 };
}

// ASTCT [S7, S9], §2.2 and §6.4: deep focal motor weakness stands until documented absent; a pre-infusion one is baseline.
export function motorDomain(ix: TimelineIndex, t: number): MotorDomain {
  const standing = standingFinding(ix.neuroBack(t, DOCUMENTS.motor), (n) => motorGrade(n.deepFocalMotorWeakness), ix.infusionAt);
  return standing ? { level: standing.baseline ? 0 : motorGrade(true), standing } : { level: 0 };
}

// ASTCT [S7, S9], §2.2 and §6.4: each raised-ICP sign stands until a later record documents the signs without it;
// oedema stands until newer imaging; findings from before the infusion are baseline unless worse since.
export function icpDomain(ix: TimelineIndex, t: number): IcpDomain {
  const signs = ICP_SIGNS.flatMap((sign) => {
    const standing = standingFinding(ix.neuroBack(t, DOCUMENTS.icp), (n) => (n.icpSigns?.includes(sign) ? 4 : 0), ix.infusionAt);
    return standing ? [{ sign, standing }] : [];
  });
  const imaging = first(ix.imagingBack(t));
  const oedema = standingFinding(ix.imagingBack(t), (e) => imagingGrade(e.finding), ix.infusionAt);
  const graded = [...signs.map((s) => s.standing), ...(oedema ? [oedema] : [])].filter((f) => !f.baseline);
  const level = Math.max(0, ...graded.map((f) => f.level)) as 0 | 3 | 4;
  return { level, signs, ...(imaging ? { imaging } : {}), ...(oedema ? { oedema } : {}) };
}

function first<T>(it: Iterable<T>): T | undefined {
  for (const x of it) return x;
  return undefined;
}
