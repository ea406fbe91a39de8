// When each flag is raised at the evaluation time, and the evidence it carries.
import { message, type Message, type MessageParam } from '../messages/message';
import type { CrsInstant, CrsSignals } from './crs';
import { evidence, formatNumber, item, type Evidence, type EvidenceItem } from './evidence';
import { type AttributedSign } from './explain';
import { flag, type Flag } from './flags';
import type { IcansInstant } from './icans';
import { UNAROUSABLE_ATTRIBUTED } from './icansDomains';
import { isFever, isLowSpo2 } from './crsRules';
import { atMessage, confirmationMessage, list, saidAt, term } from './said';
import type { NonIcansNeurotoxicity } from './secondary/neurotox';
import { cite } from './thresholds';
import type { AttributionPeriod, TimelineIndex } from './timeline';

const F = 'said.flag.';
const say = (key: string, params: Readonly<Record<string, MessageParam>> = {}): Message => message(`${F}${key}`, params);

/** A sign a physician's attribution removed from grading, somewhere up to the evaluation time. */
export interface Exclusion {
  readonly period: AttributionPeriod;
  readonly sign: AttributedSign;
  readonly firstAt: number;
  readonly items: readonly EvidenceItem[];
}

export interface FlagContext {
  readonly ix: TimelineIndex;
  readonly signals: CrsSignals;
  readonly crs: CrsInstant;
  readonly icans: IcansInstant;
  readonly exclusions: readonly Exclusion[];
  readonly neurotox: NonIcansNeurotoxicity;
}

export function raiseFlags(c: FlagContext): Flag[] {
  return [...crsFlags(c), ...monitorFlags(c), ...attributionFlags(c), ...neuroFlags(c)];
}

function crsFlags({ ix, crs }: FlagContext): Flag[] {
  const at = ix.infusionAt;
  const out: Flag[] = [];
  const { fever, hypotension, hypoxia } = crs;
  const latestTemp = ix.latest('temp', ix.at);
  if (fever.maskedBy && fever.course && crs.grade >= 1 && (fever.basis === 'masked' || !latestTemp || !isFever(latestTemp.value))) {
    const now = latestTemp ? say('latestTemperature', { said: saidAt(latestTemp.event, at) }) : say('noRecentTemperature');
    out.push(
      flag('FEVER_MASKED', say('feverMasked', { now, onset: saidAt(fever.course.onset.event, at), maskedBy: saidAt(fever.maskedBy.event, at) }), [
        evidence('ASTCT-CRS-masked-fever', say('maskedFever'), [item(fever.course.onset.event, at), item(fever.maskedBy.event, at), ...(latestTemp ? [item(latestTemp.event, at)] : [])], [cite('feverC')]),
      ]),
    );
  }
  if (fever.basis === 'none' && hypotension.level >= 2) {
    const items = [...hypotension.readings, ...hypotension.pressors].map((r) => item(r.event, at));
    out.push(flag('HYPOTENSION_WITHOUT_FEVER', say('hypotensionWithoutFever'), [evidence('ASTCT-CRS-hypotension', say('hypotensionWithoutFeverShort'), items, [cite('feverC')], 0)]));
  }
  if (fever.basis === 'none' && hypoxia.level >= 2) {
    out.push(flag('HYPOXIA_WITHOUT_FEVER', say('hypoxiaWithoutFever'), [evidence('ASTCT-CRS-hypoxia', say('hypoxiaWithoutFeverShort'), hypoxia.event ? [item(hypoxia.event.event, at)] : [], [cite('feverC')], 0)]));
  }
  if (fever.basis === 'none' && (hypotension.level >= 2 || hypoxia.level >= 2)) {
    const premed = ix.medications.filter((m) => m.event.indication === 'premedication' && m.event.drugClass === 'antipyretic' && m.event.time >= ix.at - ix.config.feverLookbackMs);
    if (premed.length > 0)
      out.push(
        flag('PREMEDICATION_ANTIPYRETIC_REVIEW', say('premedication', { premeds: list(premed.map((m) => saidAt(m.event, at)), 'semicolon') }), [
          evidence('VIGIL-review', say('premedicationShort'), premed.map((m) => item(m.event, at))),
        ]),
      );
  }
  if (hypotension.level === 3 && hypotension.vasopressinActive && hypotension.countExclVasopressin === 0) {
    out.push(flag('VASOPRESSIN_ONLY_REVIEW', say('vasopressinOnly'), [evidence('ASTCT-CRS-vasopressor', say('vasopressinOnlyShort'), hypotension.pressors.map((p) => item(p.event, at)), [], 3)]));
  }
  if (hypotension.notCounted.length > 0) {
    out.push(flag('NON_VASOPRESSOR_AGENT', say('nonVasopressor', { drugs: hypotension.notCounted.map((p) => p.event.drug).join(', ') }), [evidence('ASTCT-CRS-vasopressor', say('nonVasopressorShort'), hypotension.notCounted.map((p) => item(p.event, at)))]));
  }
  return out;
}

function monitorFlags({ ix, crs }: FlagContext): Flag[] {
  const at = ix.infusionAt;
  const out: Flag[] = [];
  const spo2 = ix.latest('spo2', ix.at);
  if (spo2 && isLowSpo2(spo2.value, ix.config) && !crs.hypoxia.aboveBaseline) {
    out.push(
      flag('O2_REQUIREMENT_UNDOCUMENTED', say('o2Undocumented', { value: formatNumber(spo2.value), at: atMessage(spo2.time, at) }), [
        evidence('VIGIL-O2-undocumented', say('o2UndocumentedShort', { said: saidAt(spo2.event, at), threshold: ix.config.spo2PromptBelowPct }), [item(spo2.event, at)], [cite('spo2PromptBelowPct', ix.config.spo2PromptBelowPct)]),
      ]),
    );
  }
  for (const param of ['temp', 'sbp', 'map', 'spo2'] as const) {
    const r = ix.latestAny(param, ix.at);
    if (!r || r.confirmation.status !== 'pending') continue;
    const how = confirmationMessage(r.confirmation, (t) => atMessage(t, at));
    out.push(
      flag('MONITOR_VALUE_UNCONFIRMED', say('unconfirmed', { said: saidAt(r.event, at), how }), [
        evidence('VIGIL-monitor-confirmation', say('unconfirmedShort', { param: term('vitalKind', param) }), [item(r.event, at)], [cite('monitorConfirmationMs', ix.config.monitorConfirmation.persistenceMs)]),
      ]),
    );
  }
  return out;
}

function attributionFlags({ ix, exclusions }: FlagContext): Flag[] {
  const at = ix.infusionAt;
  const out: Flag[] = [];
  for (const x of exclusions) {
    const e = x.period.event;
    const sign = message(`said.sign.${x.sign}`);
    out.push(
      flag('ATTRIBUTED_TO_OTHER_CAUSE', say('attributed', { sign, from: atMessage(x.firstAt, at), said: saidAt(e, at) }), [
        evidence('VIGIL-attribution', say('attributedShort', { sign, cause: e.cause ?? say('anotherCause') }), [item(e, at), ...x.items]),
      ]),
    );
  }
  for (const a of ix.ignoredAttributions) {
    out.push(flag('ATTRIBUTION_NOT_BY_PHYSICIAN', say('notByPhysician', { said: saidAt(a.event, at) }), [evidence('VIGIL-attribution', say('notByPhysicianShort'), [item(a.event, at)])]));
  }
  return out;
}

function neuroFlags({ ix, icans, neurotox }: FlagContext): Flag[] {
  const at = ix.infusionAt;
  const out: Flag[] = [];
  const ice = icans.ice.documentation;
  if (ice && icans.ice.level === null) {
    const rest = say(icans.grade === 'not_assessable' ? 'noOtherDomain' : 'otherDomains');
    const why = icans.ice.notAssessableReason;
    const reason = why === undefined ? message('said.explain.notDone') : why === UNAROUSABLE_ATTRIBUTED ? message('said.explain.unarousableAttributed') : why;
    out.push(flag('ICE_NOT_ASSESSABLE', say('iceNotAssessable', { at: atMessage(ice.event.time, at), reason, rest }), [evidence('ASTCT-ICANS-ICE', say('iceNotAssessableShort'), [item(ice.event, at)])]));
  }
  const nonIcans = neurotox.findings.filter((f) => f.category === 'non_icans_neurotoxicity');
  const toEvidence = (f: (typeof neurotox.findings)[number]): Evidence => evidence('VIGIL-non-ICANS-neurotox', typeof f.labelMessage === 'string' ? message('said.flag.label', { label: f.labelMessage }) : f.labelMessage, [item(f.source.event, at)]);
  if (nonIcans.length > 0) {
    const findings = list(nonIcans.map((f) => say('findingAt', { label: f.labelMessage, at: atMessage(f.time, at) })), 'semicolon');
    out.push(flag('NON_ICANS_NEUROTOXICITY', say('nonIcans', { findings, note: neurotox.productNoteMessage ? say('note', { note: neurotox.productNoteMessage }) : '' }), nonIcans.map(toEvidence)));
  }
  if (neurotox.findings.length > 0) {
    out.push(flag('CTCAE_GRADE_SEPARATELY', say('ctcae', { findings: list(neurotox.findings.map((f) => f.labelMessage)) }), neurotox.findings.map(toEvidence)));
  }
  return out;
}
