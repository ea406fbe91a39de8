// Evidence for a CRS or ICANS grade at one moment: every domain names its readings, rule and threshold.
import type { CrsInstant } from './crs';
import { describeConfirmation } from './confirmation';
import { evidence, formatAt, formatNumber, item, said, type Evidence } from './evidence';
import type { IcansInstant } from './icans';
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
  const a = n.assessment;
  if (n.grade === 'not_assessable') {
    return [evidence('VIGIL-ICANS-assessable', `No neuro assessment within ${formatNumber(ix.config.neuroWindowMs / HOUR_MS)} h, no seizure within ${formatNumber(ix.config.seizureWindowMs / HOUR_MS)} h and no ICANS imaging finding: not assessable`, [], [cite('neuroWindowMs', ix.config.neuroWindowMs)])];
  }
  const out: Evidence[] = [];
  if (a && n.ice.total !== undefined && n.ice.level !== null) {
    const why = n.ice.total === 0 ? (n.ice.unarousable ? ' in an unarousable patient' : ' in an awake patient') : '';
    out.push(evidence('ASTCT-ICANS-ICE', `ICE ${n.ice.total}/10${why}${n.ice.lost.length ? ` (lost: ${n.ice.lost.join(', ')})` : ''} at ${formatAt(a.event.time, at)} → ICE domain grade ${n.ice.level}`, [item(a.event, at)], [cite('iceGrade1Min'), cite('iceGrade2Min')], n.ice.level));
  } else if (a) {
    out.push(evidence('ASTCT-ICANS-ICE', `ICE not graded at ${formatAt(a.event.time, at)}: ${n.ice.notAssessableReason ?? 'no ICE recorded'}`, [item(a.event, at)], []));
  }
  if (a && n.consciousness.value) {
    const text = n.consciousness.attributed ? `${n.consciousness.value.replaceAll('_', ' ')} (attributed to another cause, not graded)` : `${n.consciousness.value.replaceAll('_', ' ')} → consciousness domain grade ${n.consciousness.level}`;
    out.push(evidence('ASTCT-ICANS-consciousness', `Level of consciousness: ${text}`, [item(a.event, at)], [], n.consciousness.level));
    if (n.consciousness.attributed) out.push(attributionEvidence('Depressed consciousness', n.consciousness.attributed, ix));
  }
  if (n.seizure.worst) out.push(evidence('ASTCT-ICANS-seizure', `${said(n.seizure.worst.event, at)} → seizure domain grade ${n.seizure.level}`, [item(n.seizure.worst.event, at)], [cite('prolongedSeizureMin'), cite('seizureWindowMs', ix.config.seizureWindowMs)], n.seizure.level));
  if (a && n.motor.level > 0) out.push(evidence('ASTCT-ICANS-motor', `Deep focal motor weakness at ${formatAt(a.event.time, at)} → motor domain grade 4`, [item(a.event, at)], [], 4));
  if (n.icp.level > 0 || n.icp.imaging) {
    const parts = [...(n.icp.signs.length && a ? [`${n.icp.signs.join(', ').replaceAll('_', ' ')} at ${formatAt(a.event.time, at)}`] : []), ...(n.icp.imaging ? [said(n.icp.imaging.event, at)] : [])];
    const items = [...(n.icp.signs.length && a ? [item(a.event, at)] : []), ...(n.icp.imaging ? [item(n.icp.imaging.event, at)] : [])];
    out.push(evidence('ASTCT-ICANS-icp', `Raised ICP / cerebral oedema: ${parts.join('; ')} → ICP domain grade ${n.icp.level}`, items, [], n.icp.level));
  }
  return out;
}

/** "Grade 3: …; …": the grade, then every domain's evidence in order (for CRS the fever criterion comes first). */
export function summarize(grade: number | string, items: readonly Evidence[]): string {
  return `${typeof grade === 'number' ? `Grade ${grade}` : 'Not assessable'}: ${items.map((e) => e.text).join('; ')}`;
}
