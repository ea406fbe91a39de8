// Evidence for a CRS or ICANS grade at one moment: every domain names its readings, rule and threshold.
import { english } from '../messages/en';
import { message, type Message, type MessageParam } from '../messages/message';
import type { CrsInstant } from './crs';
import { evidence, formatNumber, item, type Evidence } from './evidence';
import type { ImagingEvent, NeuroAssessment } from './events';
import type { IcansInstant } from './icans';
import { UNAROUSABLE_ATTRIBUTED } from './icansDomains';
import type { StandingFinding } from './icansRules';
import { atMessage, confirmationMessage, iceLost, list, saidAt, term } from './said';
import { cite } from './thresholds';
import type { AttributionPeriod, Reading, TimelineIndex } from './timeline';
import { HOUR_MS } from '../time';

const X = 'said.explain.';
const say = (key: string, params: Readonly<Record<string, MessageParam>> = {}): Message => message(`${X}${key}`, params);

/** A sign a physician attributed to another cause, named for the sentences ("Hypotension"). */
export type AttributedSign = 'fever' | 'hypotension' | 'hypoxia' | 'depressed_consciousness';

function attributionEvidence(sign: AttributedSign, period: AttributionPeriod, ix: TimelineIndex): Evidence {
  const e = period.event;
  return evidence('VIGIL-attribution', say('attribution', { sign: message(`said.sign.${sign}`), said: saidAt(e, ix.infusionAt), noCause: e.cause ? '' : say('noCause'), from: atMessage(period.from, ix.infusionAt) }), [item(e, ix.infusionAt)], [], 0);
}

function readingText(r: Reading, ix: TimelineIndex): Message {
  const confirmed = r.confirmation.status === 'confirmed' && r.event.source === 'monitor' && r.confirmation.by !== 'nurse';
  return say('reading', { said: saidAt(r.event, ix.infusionAt), confirmation: confirmed ? say('confirmedHow', { how: confirmationMessage(r.confirmation, (t) => atMessage(t, ix.infusionAt)) }) : '' });
}

export function crsEvidence(c: CrsInstant, ix: TimelineIndex): Evidence[] {
  const out: Evidence[] = [];
  const at = ix.infusionAt;
  const { fever, hypotension: hypo, hypoxia } = c;
  const hours = formatNumber(ix.config.feverLookbackMs / HOUR_MS);
  if (fever.basis === 'measured' && fever.reading) {
    out.push(evidence('ASTCT-CRS-fever', say('fever', { reading: readingText(fever.reading, ix), hours }), [item(fever.reading.event, at)], [cite('feverC'), cite('feverLookbackMs', ix.config.feverLookbackMs)], 1));
  } else if (fever.basis === 'masked' && fever.maskedBy && fever.course) {
    const onset = fever.course.onset;
    out.push(
      evidence(
        'ASTCT-CRS-masked-fever',
        say('maskedFever', { onset: saidAt(onset.event, at), maskedBy: saidAt(fever.maskedBy.event, at), hours }),
        [item(onset.event, at), item(fever.maskedBy.event, at)],
        [cite('feverC'), cite('feverLookbackMs', ix.config.feverLookbackMs)],
        1,
      ),
    );
  } else {
    out.push(evidence('ASTCT-CRS-fever', say('noFever', { hours }), [], [cite('feverC'), cite('feverLookbackMs', ix.config.feverLookbackMs)], 0));
  }

  if (hypo.level >= 3) {
    const agents = hypo.pressors.map((p) => p.event.drug.replaceAll('_', ' ')).join(' + ');
    const n = hypo.countExclVasopressin;
    const count = say(n === 1 ? 'pressorCountOne' : 'pressorCount', { n, vasopressin: hypo.vasopressinActive ? say('vasopressinNotCounted') : '' });
    out.push(evidence('ASTCT-CRS-vasopressor', say('vasopressors', { agents, count, level: hypo.level }), hypo.pressors.map((p) => item(p.event, at)), [], hypo.level));
  } else if (hypo.level === 2) {
    const h = ix.config.hypotension;
    const thresholds = [...(h.definition !== 'map' ? [cite('hypotensionSbpBelowMmHg', h.sbpBelowMmHg)] : []), ...(h.definition !== 'sbp' ? [cite('hypotensionMapBelowMmHg', h.mapBelowMmHg)] : [])];
    out.push(evidence('ASTCT-CRS-hypotension', say('hypotension', { readings: list(hypo.readings.map((r) => readingText(r, ix)), 'and') }), hypo.readings.map((r) => item(r.event, at)), [...thresholds, cite('vitalsWindowMs', ix.config.vitalsWindowMs)], 2));
  }
  if (hypo.attributed) out.push(attributionEvidence('hypotension', hypo.attributed, ix));

  const device = (s: typeof hypoxia.state) => say('device', { device: term('device', s.device), flow: s.flowLMin !== undefined ? ` ${formatNumber(s.flowLMin)} L/min` : '' });
  if (hypoxia.level > 0) {
    const since = hypoxia.event ? say('since', { at: atMessage(hypoxia.event.event.time, at) }) : '';
    out.push(
      evidence('ASTCT-CRS-hypoxia', say('hypoxia', { device: device(hypoxia.state), since, baseline: device(hypoxia.baseline), level: hypoxia.level }), hypoxia.event ? [item(hypoxia.event.event, at)] : [], [cite('lowFlowMaxLMin')], hypoxia.level),
    );
  } else if (hypoxia.state.device !== 'room_air' && !hypoxia.aboveBaseline) {
    out.push(evidence('ASTCT-CRS-hypoxia', say('oxygenNotAbove', { device: device(hypoxia.state), baseline: device(hypoxia.baseline) }), hypoxia.event ? [item(hypoxia.event.event, at)] : [], [], 0));
  }
  if (hypoxia.attributed) out.push(attributionEvidence('hypoxia', hypoxia.attributed, ix));
  return out;
}

/** Why an ICE is not graded: the engine's own reason in words, or the reason as documented. */
const iceReason = (reason: string): MessageParam => (reason === UNAROUSABLE_ATTRIBUTED ? say('unarousableAttributed') : reason);

export function icansEvidence(n: IcansInstant, ix: TimelineIndex): Evidence[] {
  const at = ix.infusionAt;
  const out: Evidence[] = [];
  if (n.grade === 'not_assessable') out.push(notAssessableEvidence(n, ix));
  const ice = n.ice.documentation;
  if (ice && n.ice.total !== undefined && n.ice.level !== null) {
    const why = n.ice.total === 0 ? say(n.ice.unarousable ? 'unarousable' : 'awake') : '';
    const lost = n.ice.lost.length ? say('lost', { lost: list(n.ice.lost.map(iceLost)) }) : '';
    out.push(evidence('ASTCT-ICANS-ICE', say('ice', { total: n.ice.total, why, lost, at: atMessage(ice.event.time, at), level: n.ice.level }), [item(ice.event, at)], [cite('iceGrade1Min'), cite('iceGrade2Min'), cite('neuroWindowMs', ix.config.neuroWindowMs)], n.ice.level));
  } else if (ice) {
    out.push(evidence('ASTCT-ICANS-ICE', say('iceNotGraded', { at: atMessage(ice.event.time, at), reason: n.ice.notAssessableReason !== undefined ? iceReason(n.ice.notAssessableReason) : say('noIceRecorded') }), [item(ice.event, at)], []));
  }
  const c = n.consciousness.documentation;
  if (c && n.consciousness.value) {
    const value = term('consciousness', n.consciousness.value);
    const text = n.consciousness.level === null ? say('consciousnessAttributed', { value }) : say('consciousnessGraded', { value, level: n.consciousness.level });
    out.push(evidence('ASTCT-ICANS-consciousness', say('consciousness', { at: atMessage(c.event.time, at), text }), [item(c.event, at)], [cite('neuroWindowMs', ix.config.neuroWindowMs)], n.consciousness.level ?? 0));
    if (n.consciousness.attributed) out.push(attributionEvidence('depressed_consciousness', n.consciousness.attributed, ix));
  }
  if (n.seizure.worst) out.push(evidence('ASTCT-ICANS-seizure', say('seizure', { said: saidAt(n.seizure.worst.event, at), level: n.seizure.level }), [item(n.seizure.worst.event, at)], [cite('prolongedSeizureMin'), cite('seizureWindowMs', ix.config.seizureWindowMs)], n.seizure.level));
  if (n.motor.standing) out.push(findingEvidence('ASTCT-ICANS-motor', say('motor'), say('domainMotor'), n.motor.standing, ix));
  for (const { sign, standing } of n.icp.signs) out.push(findingEvidence('ASTCT-ICANS-icp', say('icpSign', { sign: term('icpSign', sign) }), say('domainIcp'), standing, ix));
  if (n.icp.oedema) out.push(findingEvidence('ASTCT-ICANS-icp', say('oedema', { said: saidAt(n.icp.oedema.latest.event, at) }), say('domainIcp'), n.icp.oedema, ix));
  else if (n.icp.imaging) out.push(evidence('ASTCT-ICANS-icp', say('imaging', { said: saidAt(n.icp.imaging.event, at) }), [item(n.icp.imaging.event, at)], [], 0));
  return out;
}

/** A standing motor, ICP or imaging finding: graded, or named as the patient's pre-infusion baseline. */
function findingEvidence(rule: 'ASTCT-ICANS-motor' | 'ASTCT-ICANS-icp', what: Message, domain: Message, f: StandingFinding<NeuroAssessment> | StandingFinding<ImagingEvent>, ix: TimelineIndex): Evidence {
  const at = ix.infusionAt;
  const items = f.since === f.latest ? [item(f.latest.event, at)] : [item(f.since.event, at), item(f.latest.event, at)];
  const when = f.since === f.latest ? say('documentedAt', { at: atMessage(f.latest.event.time, at) }) : say('documentedFromTo', { from: atMessage(f.since.event.time, at), to: atMessage(f.latest.event.time, at) });
  if (f.baseline) return evidence('VIGIL-ICANS-baseline', say('baselineFinding', { what, when }), items, [], 0);
  return evidence(rule, say('finding', { what, when, domain, level: f.level }), items, [], f.level);
}

/** Why no domain could be assessed (§6.4: not assessable is not zero). */
function notAssessableEvidence(n: IcansInstant, ix: TimelineIndex): Evidence {
  const hours = (ms: number) => say('hours', { n: formatNumber(ms / HOUR_MS) });
  const ice = n.ice.documentation ? say('iceNotGradable', { reason: n.ice.notAssessableReason !== undefined ? iceReason(n.ice.notAssessableReason) : say('notDone') }) : say('noIceWithin', { hours: hours(ix.config.neuroWindowMs) });
  const consciousness = n.consciousness.attributed ? say('consciousnessOtherCause') : say('noConsciousnessWithin', { hours: hours(ix.config.neuroWindowMs) });
  const docs = [n.ice.documentation, n.consciousness.documentation].filter((d) => d !== undefined);
  return evidence(
    'VIGIL-ICANS-assessable',
    say('notAssessable', { ice, consciousness, seizureHours: hours(ix.config.seizureWindowMs) }),
    [...new Set(docs)].map((d) => item(d.event, ix.infusionAt)),
    [cite('neuroWindowMs', ix.config.neuroWindowMs), cite('seizureWindowMs', ix.config.seizureWindowMs)],
  );
}

/** "Grade 3: …; …" as a message: the grade, then every domain's evidence in order (for CRS the fever criterion comes first). */
export function summaryMessage(grade: number | string, items: readonly Evidence[]): Message {
  return message('said.summary.graded', {
    grade: typeof grade === 'number' ? message('said.summary.grade', { n: grade }) : message('said.summary.notAssessable'),
    items: list(items.map((e) => e.message ?? e.text), 'semicolon'),
  });
}

/** The same in English. */
export function summarize(grade: number | string, items: readonly Evidence[]): string {
  return english(summaryMessage(grade, items));
}
