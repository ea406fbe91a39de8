// Neurology as forms: the bedside assessment (ICE item by item, level of consciousness, motor and ICP signs,
// findings outside ICANS) and seizures → the `event` of events.record. A field left out documents nothing (the engine
// keeps that domain's latest documentation), so standing motor and ICP findings are asked about, not reset.
import type { DocumentedEvent } from '../../../../../shared/api/methods/clinical';
import type { StandingFindingView } from '../../../../../shared/clinical/engine';
import { DOCUMENTS } from '../../../../../shared/clinical/icansDomains';
import { ICP_SIGNS, type ConsciousnessLevel, type IcpSign } from '../../../../../shared/clinical/neuroEvents';
import { joinPath } from '../../../ui/form/issues';
import { Errors, type Converted } from '../../../ui/form/result';
import { checkEvent, eventTime } from './eventForms';
import { emptyIceItems, iceTotal, type IceItems } from './ice';
import { i18n } from '../../../i18n';

/** items: the ten ICE items were asked; notAssessable: ICE could not be done (reason); none: no ICE this time. */
export type IceMode = 'items' | 'notAssessable' | 'none' | '';

/** A standing finding the form asks about again: motor weakness or one raised-ICP sign. */
export type AskedFinding = 'deep_focal_motor_weakness' | IcpSign;
/** yes: still present; no: no longer present; unchanged: not re-examined this time (the finding keeps standing). */
export const STILL_PRESENT = ['unchanged', 'yes', 'no'] as const;
export type StillPresent = (typeof STILL_PRESENT)[number];

export interface NeuroValues {
  readonly time: string;
  readonly iceMode: IceMode;
  readonly items: IceItems;
  readonly notAssessableReason: string;
  readonly consciousness: ConsciousnessLevel | '';
  readonly newConfusion: boolean;
  readonly globalAphasia: boolean;
  /** New findings ticked (those not standing already). */
  readonly deepFocalMotorWeakness: boolean;
  readonly icpSigns: readonly IcpSign[];
  /** The answer to "still present?" for each standing motor or ICP finding. */
  readonly stillPresent: Readonly<Partial<Record<AskedFinding, StillPresent>>>;
  /** Findings outside ICANS: suggested codes ticked, plus free text (one per line). */
  readonly otherFindings: readonly string[];
  readonly otherText: string;
}

export function emptyNeuro(time: string): NeuroValues {
  return {
    time,
    iceMode: '',
    items: emptyIceItems(),
    notAssessableReason: '',
    consciousness: '',
    newConfusion: false,
    globalAphasia: false,
    deepFocalMotorWeakness: false,
    icpSigns: [],
    stillPresent: {},
    otherFindings: [],
    otherText: '',
  };
}

/** The motor and ICP findings that stand now (from clinical.status), in the order the form asks about them. */
export function askedFindings(standing: readonly StandingFindingView[]): AskedFinding[] {
  const isAsked = (f: StandingFindingView['finding']): f is AskedFinding => f === 'deep_focal_motor_weakness' || (ICP_SIGNS as readonly string[]).includes(f);
  return standing.map((s) => s.finding).filter(isAsked);
}

/** The error key of a "still present?" question. */
export const stillPresentField = (f: AskedFinding) => `stillPresent.${f}`;

type NeuroEvent = Extract<DocumentedEvent, { kind: 'neuro' }>;

/** Motor and ICP as the engine reads them: a field left out is not re-documented, `false` or a list without a sign is absent. */
function findings(v: NeuroValues, asked: readonly AskedFinding[], e: Errors): Pick<NeuroEvent, 'deepFocalMotorWeakness' | 'icpSigns'> {
  const answer = (f: AskedFinding): StillPresent => v.stillPresent[f] ?? 'unchanged';
  const motor = asked.includes('deep_focal_motor_weakness') ? { yes: true, no: false, unchanged: undefined }[answer('deep_focal_motor_weakness')] : v.deepFocalMotorWeakness || undefined;
  const standingSigns = asked.filter((f): f is IcpSign => f !== 'deep_focal_motor_weakness');
  const newSigns = v.icpSigns.filter((s) => !standingSigns.includes(s));
  const documentsIcp = newSigns.length > 0 || standingSigns.some((s) => answer(s) !== 'unchanged');
  // The signs are documented as one list (a sign left out is absent), so each standing sign needs an answer first.
  if (documentsIcp) for (const s of standingSigns.filter((x) => answer(x) === 'unchanged')) e.add(stillPresentField(s), { code: 'choose' });
  const icpSigns = documentsIcp ? [...standingSigns.filter((s) => answer(s) === 'yes'), ...newSigns] : undefined;
  return { ...(motor !== undefined ? { deepFocalMotorWeakness: motor } : {}), ...(icpSigns ? { icpSigns } : {}) };
}

function draftNeuro(v: NeuroValues, time: number, asked: readonly AskedFinding[], e: Errors): NeuroEvent {
  const others = [...v.otherFindings, ...v.otherText.split('\n').map((s) => s.trim()).filter(Boolean)];
  return {
    kind: 'neuro',
    time,
    ...(v.iceMode === 'items' ? { ice: { form: 'items', items: { ...v.items } } } : {}),
    ...(v.iceMode === 'notAssessable' ? { iceNotAssessableReason: v.notAssessableReason.trim() } : {}),
    ...(v.consciousness !== '' ? { consciousness: v.consciousness } : {}),
    ...(v.newConfusion ? { newConfusion: true } : {}),
    ...(v.globalAphasia ? { globalAphasia: true } : {}),
    ...findings(v, asked, e),
    ...(others.length ? { otherFindings: others } : {}),
  };
}

export type IcansDomainName = keyof typeof DOCUMENTS;

/** The ICANS domains this check documents, as the engine will read it (the others keep their latest documentation). */
export function documentedDomains(v: NeuroValues, standing: readonly StandingFindingView[]): IcansDomainName[] {
  const event = draftNeuro(v, 0, askedFindings(standing), new Errors());
  const record = { ...event, source: 'staff' as const }; // who records it does not change what it documents
  return (Object.keys(DOCUMENTS) as IcansDomainName[]).filter((d) => DOCUMENTS[d](record));
}

/** ICANS is read from the level of consciousness when the ICE total is 0 or the ICE could not be done, so it is asked then. */
export function consciousnessRequired(v: NeuroValues): boolean {
  return v.iceMode === 'notAssessable' || (v.iceMode === 'items' && iceTotal(v.items) === 0);
}

export function convertNeuro(v: NeuroValues, now: number, standing: readonly StandingFindingView[] = []): Converted<DocumentedEvent> {
  const e = new Errors();
  const time = eventTime(e, v.time, now);
  const asked = askedFindings(standing);
  if (v.iceMode === '') e.add('iceMode', { code: 'choose' });
  if (v.iceMode === 'notAssessable') e.required('notAssessableReason', v.notAssessableReason);
  const event = draftNeuro(v, time, asked, e);
  if (v.consciousness === '' && consciousnessRequired(v)) e.add('consciousness', { text: i18n.t('treatments.neuro.consciousnessRequired') });
  // A check must document something: with no ICE and no motor or ICP answer, the level of consciousness is what it records.
  else if (v.consciousness === '' && documentedDomains(v, standing).length === 0) e.add('consciousness', { code: 'choose' });
  if (e.any) return { ok: false, errors: e.all };
  return checkEvent(event, (p) => (p[0] === 'ice' ? 'iceMode' : p[0] === 'otherFindings' ? 'otherText' : joinPath(p)));
}

export interface SeizureEventValues {
  readonly time: string;
  readonly seizureType: 'clinical_focal' | 'clinical_generalized' | 'nonconvulsive_eeg' | '';
  /** Blank: the duration is not known (graded as prolonged). */
  readonly duration: string;
  readonly resolved: 'yes' | 'no' | '';
  readonly repetitive: boolean;
}

export function convertSeizure(v: SeizureEventValues, now: number): Converted<DocumentedEvent> {
  const e = new Errors();
  const time = eventTime(e, v.time, now);
  if (v.seizureType === '') e.add('seizureType', { code: 'choose' });
  const durationMin = e.number('duration', v.duration, { optional: true });
  if (durationMin !== null && durationMin < 0) e.add('duration', { code: 'tooSmall', params: { min: 0 } });
  if (v.resolved === '') e.add('resolved', { code: 'choose' });
  if (e.any) return { ok: false, errors: e.all };
  return checkEvent(
    {
      kind: 'seizure',
      time,
      seizureType: v.seizureType,
      ...(durationMin !== null ? { durationMin } : {}),
      resolved: v.resolved === 'yes',
      ...(v.repetitive ? { repetitiveWithoutReturnToBaseline: true } : {}),
    },
    (p) => (p[0] === 'durationMin' ? 'duration' : p[0] === 'repetitiveWithoutReturnToBaseline' ? 'repetitive' : joinPath(p)),
  );
}
