// When each flag is raised at the evaluation time, and the evidence it carries.
import { describeConfirmation } from './confirmation';
import type { CrsInstant, CrsSignals } from './crs';
import { evidence, formatAt, formatNumber, item, said, type Evidence, type EvidenceItem } from './evidence';
import { flag, type Flag } from './flags';
import type { IcansInstant } from './icans';
import { isFever, isLowSpo2 } from './crsRules';
import type { NonIcansNeurotoxicity } from './secondary/neurotox';
import { cite } from './thresholds';
import type { AttributionPeriod, TimelineIndex } from './timeline';

/** A sign a physician's attribution removed from grading, somewhere up to the evaluation time. */
export interface Exclusion {
  readonly period: AttributionPeriod;
  readonly sign: string;
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
  if (fever.maskedBy && fever.episode && crs.grade >= 1 && (fever.basis === 'masked' || !latestTemp || !isFever(latestTemp.value))) {
    const now = latestTemp ? `the latest temperature is ${said(latestTemp.event, at)}` : 'there is no recent temperature';
    out.push(
      flag('FEVER_MASKED', `Fever criterion met by the masked-fever rule, not by a current temperature: ${now}; CRS began with ${said(fever.episode.onset.event, at)} and ${said(fever.maskedBy.event, at)} was given after onset.`, [
        evidence('ASTCT-CRS-masked-fever', 'Masked fever', [item(fever.episode.onset.event, at), item(fever.maskedBy.event, at), ...(latestTemp ? [item(latestTemp.event, at)] : [])], [cite('feverC')]),
      ]),
    );
  }
  if (fever.basis === 'none' && hypotension.level >= 2) {
    const items = [...hypotension.readings, ...hypotension.pressors].map((r) => item(r.event, at));
    out.push(flag('HYPOTENSION_WITHOUT_FEVER', 'Hypotension with no qualifying fever: CRS criteria are not met; needs clinician review.', [evidence('ASTCT-CRS-hypotension', 'Hypotension without fever', items, [cite('feverC')], 0)]));
  }
  if (fever.basis === 'none' && hypoxia.level >= 2) {
    out.push(flag('HYPOXIA_WITHOUT_FEVER', 'Oxygen above baseline with no qualifying fever: CRS criteria are not met; needs clinician review.', [evidence('ASTCT-CRS-hypoxia', 'Oxygen without fever', hypoxia.event ? [item(hypoxia.event.event, at)] : [], [cite('feverC')], 0)]));
  }
  if (fever.basis === 'none' && (hypotension.level >= 2 || hypoxia.level >= 2)) {
    const premed = ix.medications.filter((m) => m.event.indication === 'premedication' && m.event.drugClass === 'antipyretic' && m.event.time >= ix.at - ix.config.feverLookbackMs);
    if (premed.length > 0)
      out.push(
        flag('PREMEDICATION_ANTIPYRETIC_REVIEW', `An antipyretic premedication (${premed.map((m) => said(m.event, at)).join('; ')}) may have suppressed a fever; by the strict reading it does not switch on the masked-fever rule: clinician review.`, [
          evidence('VIGIL-review', 'Premedication antipyretic before signs without fever (§1.1 rule 2, §7.3)', premed.map((m) => item(m.event, at))),
        ]),
      );
  }
  if (hypotension.level === 3 && hypotension.vasopressinActive && hypotension.countExclVasopressin === 0) {
    out.push(flag('VASOPRESSIN_ONLY_REVIEW', 'Vasopressin is the only vasopressor: graded as one vasopressor (grade 3); rare, for review.', [evidence('ASTCT-CRS-vasopressor', 'Vasopressin alone', hypotension.pressors.map((p) => item(p.event, at)), [], 3)]));
  }
  if (hypotension.notCounted.length > 0) {
    out.push(flag('NON_VASOPRESSOR_AGENT', `${hypotension.notCounted.map((p) => p.event.drug).join(', ')} running: not a vasopressor for ASTCT grading; for review.`, [evidence('ASTCT-CRS-vasopressor', 'Inotrope or oral agent, not counted', hypotension.notCounted.map((p) => item(p.event, at)))]));
  }
  return out;
}

function monitorFlags({ ix, crs }: FlagContext): Flag[] {
  const at = ix.infusionAt;
  const out: Flag[] = [];
  const spo2 = ix.latest('spo2', ix.at);
  if (spo2 && isLowSpo2(spo2.value, ix.config) && !crs.hypoxia.aboveBaseline) {
    out.push(
      flag('O2_REQUIREMENT_UNDOCUMENTED', `SpO2 ${formatNumber(spo2.value)} % at ${formatAt(spo2.time, at)} with no oxygen above baseline documented: document the oxygen device and flow (SpO2 itself never grades).`, [
        evidence('VIGIL-O2-undocumented', `${said(spo2.event, at)} < ${ix.config.spo2PromptBelowPct} %`, [item(spo2.event, at)], [cite('spo2PromptBelowPct', ix.config.spo2PromptBelowPct)]),
      ]),
    );
  }
  for (const param of ['temp', 'sbp', 'map', 'spo2'] as const) {
    const r = ix.latestAny(param, ix.at);
    if (!r || r.confirmation.status !== 'pending') continue;
    const how = describeConfirmation(r.confirmation, (t) => formatAt(t, at));
    out.push(
      flag('MONITOR_VALUE_UNCONFIRMED', `${said(r.event, at)} is ${how}: it does not grade yet. Check the patient and the probe, or take a manual reading.`, [
        evidence('VIGIL-monitor-confirmation', `Unconfirmed ${param}`, [item(r.event, at)], [cite('monitorConfirmationMs', ix.config.monitorConfirmation.persistenceMs)]),
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
    out.push(
      flag('ATTRIBUTED_TO_OTHER_CAUSE', `${x.sign} (from ${formatAt(x.firstAt, at)}) excluded from grading: ${said(e, at)}.`, [
        evidence('VIGIL-attribution', `${x.sign} attributed to ${e.cause ?? 'another cause'}`, [item(e, at), ...x.items]),
      ]),
    );
  }
  for (const a of ix.ignoredAttributions) {
    out.push(flag('ATTRIBUTION_NOT_BY_PHYSICIAN', `${said(a.event, at)}: only a physician's attribution removes a sign from grading; not applied.`, [evidence('VIGIL-attribution', 'Attribution not by a physician', [item(a.event, at)])]));
  }
  return out;
}

function neuroFlags({ ix, icans, neurotox }: FlagContext): Flag[] {
  const at = ix.infusionAt;
  const out: Flag[] = [];
  const ice = icans.ice.documentation;
  if (ice && icans.ice.level === null) {
    const rest = icans.grade === 'not_assessable' ? 'No other ICANS domain can be assessed: ICANS is not assessable.' : 'ICANS rests on the other domains.';
    out.push(flag('ICE_NOT_ASSESSABLE', `ICE could not be graded at ${formatAt(ice.event.time, at)}: ${icans.ice.notAssessableReason ?? 'not done'}. ${rest}`, [evidence('ASTCT-ICANS-ICE', 'ICE not assessable', [item(ice.event, at)])]));
  }
  const nonIcans = neurotox.findings.filter((f) => f.category === 'non_icans_neurotoxicity');
  const toEvidence = (f: (typeof neurotox.findings)[number]): Evidence => evidence('VIGIL-non-ICANS-neurotox', `${f.label}`, [item(f.source.event, at)]);
  if (nonIcans.length > 0) {
    out.push(flag('NON_ICANS_NEUROTOXICITY', `Neurological finding outside ICANS: ${nonIcans.map((f) => `${f.label} at ${formatAt(f.time, at)}`).join('; ')}.${neurotox.productNote ? ` ${neurotox.productNote}.` : ''} Not part of the ICANS grade.`, nonIcans.map(toEvidence)));
  }
  if (neurotox.findings.length > 0) {
    out.push(flag('CTCAE_GRADE_SEPARATELY', `Grade with CTCAE v5.0, not ASTCT: ${neurotox.findings.map((f) => f.label).join(', ')}.`, neurotox.findings.map(toEvidence)));
  }
  return out;
}
