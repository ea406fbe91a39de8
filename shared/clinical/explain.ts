// Evidence for a CRS or ICANS grade at one moment: every domain names its readings, rule and threshold.
import type { CrsInstant } from './crs';
import { describeConfirmation } from './confirmation';
import { evidence, formatAt, formatNumber, item, said, type Evidence } from './evidence';
import type { ImagingEvent, NeuroAssessment } from './events';
import type { IcansInstant } from './icans';
import type { StandingFinding } from './icansRules';
import { cite } from './thresholds';
import type { AttributionPeriod, Reading, TimelineIndex } from './timeline';

const HOUR_MS = 3_600_000;

function attributionEvidence(sign: string, period: AttributionPeriod, ix: TimelineIndex): Evidence {
  const e = period.event;
  return evidence('VIGIL-attribution', `${sign} not graded: ${said(e, ix.infusionAt)}${e.cause ? '' : ' (no cause given)'}, effective from ${formatAt(period.from, ix.infusionAt)}`, [item(e, ix.infusionAt)], [], 0);
}

function readingText(r: Reading, ix: TimelineIndex): string {
  const c = r.confirmation.status === 'confirmed' && r.event.source === 'monitor' && r.confirmation.by !== 'nurse' ? `; ${describeConfirmation(r.confirmation, (t) => formatAt(t, ix.infusionAt))}` : '';
  return `${said(r.event, ix.infusionAt)}${c}`;
}

export function crsEvidence(c: CrsInstant, ix: TimelineIndex): Evidence[] {
  const out: Evidence[] = [];
  const at = ix.infusionAt;
  const { fever, hypotension: hypo, hypoxia } = c;
  if (fever.basis === 'measured' && fever.reading) {
    out.push(evidence('ASTCT-CRS-fever', `Fever: ${readingText(fever.reading, ix)}, ≥ 38.0 °C within the ${formatNumber(ix.config.feverLookbackMs / HOUR_MS)} h look-back`, [item(fever.reading.event, at)], [cite('feverC'), cite('feverLookbackMs', ix.config.feverLookbackMs)], 1));
  } else if (fever.basis === 'masked' && fever.maskedBy && fever.episode) {
    const onset = fever.episode.onset;
    out.push(
      evidence(
        'ASTCT-CRS-masked-fever',
        `Fever criterion met by the masked-fever rule: CRS began with ${said(onset.event, at)}, then ${said(fever.maskedBy.event, at)}; no fever ≥ 38.0 °C in the last ${formatNumber(ix.config.feverLookbackMs / HOUR_MS)} h`,
        [item(onset.event, at), item(fever.maskedBy.event, at)],
        [cite('feverC'), cite('feverLookbackMs', ix.config.feverLookbackMs)],
        1,
      ),
    );
  } else {
    out.push(evidence('ASTCT-CRS-fever', `No qualifying fever (≥ 38.0 °C) in the last ${formatNumber(ix.config.feverLookbackMs / HOUR_MS)} h and no masked fever in a CRS episode: no CRS`, [], [cite('feverC'), cite('feverLookbackMs', ix.config.feverLookbackMs)], 0));
  }

  if (hypo.level >= 3) {
    const agents = hypo.pressors.map((p) => p.event.drug.replaceAll('_', ' ')).join(' + ');
    const count = `${hypo.countExclVasopressin} vasopressor${hypo.countExclVasopressin === 1 ? '' : 's'} excluding vasopressin${hypo.vasopressinActive ? ', vasopressin not counted' : ''}`;
    out.push(evidence('ASTCT-CRS-vasopressor', `Hypotension requiring vasopressors: ${agents} (${count}) → hypotension domain grade ${hypo.level}`, hypo.pressors.map((p) => item(p.event, at)), [], hypo.level));
  } else if (hypo.level === 2) {
    const h = ix.config.hypotension;
    const thresholds = [...(h.definition !== 'map' ? [cite('hypotensionSbpBelowMmHg', h.sbpBelowMmHg)] : []), ...(h.definition !== 'sbp' ? [cite('hypotensionMapBelowMmHg', h.mapBelowMmHg)] : [])];
    out.push(evidence('ASTCT-CRS-hypotension', `Hypotension without vasopressor: ${hypo.readings.map((r) => readingText(r, ix)).join(' and ')} → hypotension domain grade 2`, hypo.readings.map((r) => item(r.event, at)), [...thresholds, cite('vitalsWindowMs', ix.config.vitalsWindowMs)], 2));
  }
  if (hypo.attributed) out.push(attributionEvidence('Hypotension', hypo.attributed, ix));

  const device = (s: typeof hypoxia.state) => `${s.device.replaceAll('_', ' ')}${s.flowLMin !== undefined ? ` ${formatNumber(s.flowLMin)} L/min` : ''}`;
  if (hypoxia.level > 0) {
    const since = hypoxia.event ? ` since ${formatAt(hypoxia.event.event.time, at)}` : '';
    out.push(
      evidence('ASTCT-CRS-hypoxia', `Oxygen: ${device(hypoxia.state)}${since}, above baseline (${device(hypoxia.baseline)}) → hypoxia domain grade ${hypoxia.level}`, hypoxia.event ? [item(hypoxia.event.event, at)] : [], [cite('lowFlowMaxLMin')], hypoxia.level),
    );
  } else if (hypoxia.state.device !== 'room_air' && !hypoxia.aboveBaseline) {
    out.push(evidence('ASTCT-CRS-hypoxia', `Oxygen ${device(hypoxia.state)} is not above the baseline (${device(hypoxia.baseline)}): not graded`, hypoxia.event ? [item(hypoxia.event.event, at)] : [], [], 0));
  }
  if (hypoxia.attributed) out.push(attributionEvidence('Hypoxia', hypoxia.attributed, ix));
  return out;
}

export function icansEvidence(n: IcansInstant, ix: TimelineIndex): Evidence[] {
  const at = ix.infusionAt;
  const out: Evidence[] = [];
  if (n.grade === 'not_assessable') out.push(notAssessableEvidence(n, ix));
  const ice = n.ice.documentation;
  if (ice && n.ice.total !== undefined && n.ice.level !== null) {
    const why = n.ice.total === 0 ? (n.ice.unarousable ? ' in an unarousable patient' : ' in an awake patient') : '';
    out.push(evidence('ASTCT-ICANS-ICE', `ICE ${n.ice.total}/10${why}${n.ice.lost.length ? ` (lost: ${n.ice.lost.join(', ')})` : ''} at ${formatAt(ice.event.time, at)} → ICE domain grade ${n.ice.level}`, [item(ice.event, at)], [cite('iceGrade1Min'), cite('iceGrade2Min'), cite('neuroWindowMs', ix.config.neuroWindowMs)], n.ice.level));
  } else if (ice) {
    out.push(evidence('ASTCT-ICANS-ICE', `ICE not graded at ${formatAt(ice.event.time, at)}: ${n.ice.notAssessableReason ?? 'no ICE recorded'}`, [item(ice.event, at)], []));
  }
  const c = n.consciousness.documentation;
  if (c && n.consciousness.value) {
    const value = n.consciousness.value.replaceAll('_', ' ');
    const text = n.consciousness.level === null ? `${value} (attributed to another cause, not graded)` : `${value} → consciousness domain grade ${n.consciousness.level}`;
    out.push(evidence('ASTCT-ICANS-consciousness', `Level of consciousness at ${formatAt(c.event.time, at)}: ${text}`, [item(c.event, at)], [cite('neuroWindowMs', ix.config.neuroWindowMs)], n.consciousness.level ?? 0));
    if (n.consciousness.attributed) out.push(attributionEvidence('Depressed consciousness', n.consciousness.attributed, ix));
  }
  if (n.seizure.worst) out.push(evidence('ASTCT-ICANS-seizure', `${said(n.seizure.worst.event, at)} → seizure domain grade ${n.seizure.level}`, [item(n.seizure.worst.event, at)], [cite('prolongedSeizureMin'), cite('seizureWindowMs', ix.config.seizureWindowMs)], n.seizure.level));
  if (n.motor.standing) out.push(findingEvidence('ASTCT-ICANS-motor', 'Deep focal motor weakness', 'motor', n.motor.standing, ix));
  for (const { sign, standing } of n.icp.signs) out.push(findingEvidence('ASTCT-ICANS-icp', `Raised ICP: ${sign.replaceAll('_', ' ')}`, 'ICP', standing, ix));
  if (n.icp.oedema) out.push(findingEvidence('ASTCT-ICANS-icp', `Cerebral oedema: ${said(n.icp.oedema.latest.event, at)}`, 'ICP', n.icp.oedema, ix));
  else if (n.icp.imaging) out.push(evidence('ASTCT-ICANS-icp', `Latest imaging: ${said(n.icp.imaging.event, at)} → no ICANS finding`, [item(n.icp.imaging.event, at)], [], 0));
  return out;
}

/** A standing motor, ICP or imaging finding: graded, or named as the patient's pre-infusion baseline. */
function findingEvidence(rule: 'ASTCT-ICANS-motor' | 'ASTCT-ICANS-icp', what: string, domain: string, f: StandingFinding<NeuroAssessment> | StandingFinding<ImagingEvent>, ix: TimelineIndex): Evidence {
  const at = ix.infusionAt;
  const items = f.since === f.latest ? [item(f.latest.event, at)] : [item(f.since.event, at), item(f.latest.event, at)];
  const when = f.since === f.latest ? `documented at ${formatAt(f.latest.event.time, at)}` : `documented from ${formatAt(f.since.event.time, at)} to ${formatAt(f.latest.event.time, at)}, not documented absent since`;
  if (f.baseline) return evidence('VIGIL-ICANS-baseline', `${what} ${when}: present before the infusion and not worse, a baseline finding that does not grade ICANS`, items, [], 0);
  return evidence(rule, `${what} ${when} → ${domain} domain grade ${f.level}`, items, [], f.level);
}

/** Why no domain could be assessed (§6.4: not assessable is not zero). */
function notAssessableEvidence(n: IcansInstant, ix: TimelineIndex): Evidence {
  const hours = (ms: number) => `${formatNumber(ms / HOUR_MS)} h`;
  const ice = n.ice.documentation ? `ICE not gradable (${n.ice.notAssessableReason ?? 'not done'})` : `no ICE within ${hours(ix.config.neuroWindowMs)}`;
  const consciousness = n.consciousness.attributed ? 'depressed consciousness attributed to another cause' : `no level of consciousness within ${hours(ix.config.neuroWindowMs)}`;
  const docs = [n.ice.documentation, n.consciousness.documentation].filter((d) => d !== undefined);
  return evidence(
    'VIGIL-ICANS-assessable',
    `No ICANS domain can be assessed: ${ice}, ${consciousness}, no seizure within ${hours(ix.config.seizureWindowMs)} and no motor, ICP or imaging finding in force: not assessable (not 0)`,
    [...new Set(docs)].map((d) => item(d.event, ix.infusionAt)),
    [cite('neuroWindowMs', ix.config.neuroWindowMs), cite('seizureWindowMs', ix.config.seizureWindowMs)],
  );
}

/** "Grade 3: …; …": the grade, then every domain's evidence in order (for CRS the fever criterion comes first). */
export function summarize(grade: number | string, items: readonly Evidence[]): string {
  return `${typeof grade === 'number' ? `Grade ${grade}` : 'Not assessable'}: ${items.map((e) => e.text).join('; ')}`;
}
