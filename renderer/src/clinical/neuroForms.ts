// Neurology as forms: the bedside assessment (ICE item by item, level of consciousness, motor and ICP signs,
// findings outside ICANS) and seizures → the `event` of events.record.
import type { DocumentedEvent } from '../../../shared/api/methods/clinical';
import type { ConsciousnessLevel, IcpSign } from '../../../shared/clinical/neuroEvents';
import { joinPath } from '../forms/issues';
import { Errors, type Converted } from '../forms/result';
import { checkEvent, eventTime } from './eventForms';
import { emptyIceItems, type IceItems } from './ice';

/** items: the ten ICE items were asked; notAssessable: ICE could not be done (reason); none: no ICE this time. */
export type IceMode = 'items' | 'notAssessable' | 'none' | '';

export interface NeuroValues {
  readonly time: string;
  readonly iceMode: IceMode;
  readonly items: IceItems;
  readonly notAssessableReason: string;
  readonly consciousness: ConsciousnessLevel | '';
  readonly newConfusion: boolean;
  readonly globalAphasia: boolean;
  readonly deepFocalMotorWeakness: boolean;
  readonly icpSigns: readonly IcpSign[];
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
    otherFindings: [],
    otherText: '',
  };
}

export function convertNeuro(v: NeuroValues, now: number): Converted<DocumentedEvent> {
  const e = new Errors();
  const time = eventTime(e, v.time, now);
  if (v.iceMode === '') e.add('iceMode', { code: 'choose' });
  const reason = v.iceMode === 'notAssessable' ? e.required('notAssessableReason', v.notAssessableReason) : '';
  if (v.consciousness === '') e.add('consciousness', { code: 'choose' });
  if (e.any) return { ok: false, errors: e.all };
  const others = [...v.otherFindings, ...v.otherText.split('\n').map((s) => s.trim()).filter(Boolean)];
  return checkEvent(
    {
      kind: 'neuro',
      time,
      ...(v.iceMode === 'items' ? { ice: { form: 'items', items: { ...v.items } } } : {}),
      ...(v.iceMode === 'notAssessable' ? { iceNotAssessableReason: reason } : {}),
      consciousness: v.consciousness,
      ...(v.newConfusion ? { newConfusion: true } : {}),
      ...(v.globalAphasia ? { globalAphasia: true } : {}),
      ...(v.deepFocalMotorWeakness ? { deepFocalMotorWeakness: true } : {}),
      ...(v.icpSigns.length ? { icpSigns: [...v.icpSigns] } : {}),
      ...(others.length ? { otherFindings: others } : {}),
    },
    (p) => (p[0] === 'ice' ? 'iceMode' : p[0] === 'otherFindings' ? 'otherText' : joinPath(p)),
  );
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
