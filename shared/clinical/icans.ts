// ICANS at a moment (§2.2, §6.1, §6.4): the most severe domain, each domain from its own latest documentation
// (icansDomains.ts); "not_assessable" when no domain can be assessed, never 0.
import { consciousnessDomain, iceDomain, icpDomain, motorDomain, seizureDomain, type ConsciousnessDomain, type IceDomain, type IcpDomain, type MotorDomain, type SeizureDomain } from './icansDomains';
import type { IcansGrade } from './icansRules';
import type { TimelineIndex } from './timeline';

export type IcansResultGrade = IcansGrade | 'not_assessable';

export interface IcansInstant {
  readonly time: number;
  readonly grade: IcansResultGrade;
  readonly ice: IceDomain;
  readonly consciousness: ConsciousnessDomain;
  readonly seizure: SeizureDomain;
  readonly motor: MotorDomain;
  readonly icp: IcpDomain;
}

export function icansAt(ix: TimelineIndex, t: number): IcansInstant {
  const ice = iceDomain(ix, t);
  const consciousness = consciousnessDomain(ix, t);
  const seizure = seizureDomain(ix, t);
  const motor = motorDomain(ix, t);
  const icp = icpDomain(ix, t);
  // §6.1, §6.4: a domain is assessed when ICE or consciousness grades, or a seizure, motor, ICP or imaging finding is in force.
  const assessed = [ice.level, consciousness.level, seizure.worst ? seizure.level : null, motor.level || null, icp.level || null].filter((l): l is IcansGrade => l !== null);
  const grade: IcansResultGrade = assessed.length > 0 ? (Math.max(...assessed) as IcansGrade) : 'not_assessable';
  return { time: t, grade, ice, consciousness, seizure, motor, icp };
}

/** The higher of two ICANS results; a number beats "not_assessable". */
export function worseIcans(a: IcansResultGrade, b: IcansResultGrade): IcansResultGrade {
  if (a === 'not_assessable') return b;
  if (b === 'not_assessable') return a;
  return Math.max(a, b) as IcansGrade;
}
