// The rule set: every rule the engine applies, its version and the source it implements. The version is stored
// with every result; bump it (and the rule's own version) whenever a rule or a threshold changes meaning.

export const RULE_SET_VERSION = 'vigil-clinical-rules 1.1.0 (clinical-rules.md draft with the Dec 2026 corrections; ASTCT 2019; vignettes schema 1.0.0)';

export interface RuleDefinition {
  readonly version: string;
  readonly title: string;
  readonly source: string;
}

export const RULES = {
  'ASTCT-CRS-fever': { version: '1', title: 'Fever ≥ 38.0 °C, not attributed to another cause', source: 'ASTCT 2019 [S1, S2]; §1.1 rules 1 and 4' },
  'ASTCT-CRS-masked-fever': { version: '1', title: 'Fever no longer required after antipyretic/anticytokine treatment of established CRS', source: 'ASTCT 2019 [S1, S2, S3]; §1.1 rule 2; §6.4 (premedication does not count)' },
  'ASTCT-CRS-hypotension': { version: '1', title: 'Hypotension not requiring vasopressors = grade 2', source: 'ASTCT 2019 [S1, S2]; §1.1 rule 9 and §6.4 (SBP < 90 and/or MAP < 65, latest within 2 h)' },
  'ASTCT-CRS-vasopressor': { version: '2', title: 'One vasopressor (± vasopressin) = grade 3; several excluding vasopressin = grade 4; dose 0 = stopped', source: 'ASTCT 2019 [S1, S2]; §1.1 rules 7 and 8; §1.2 and §6.4 (which agents count; a vasopressor titrated to dose 0 counts as stopped)' },
  'ASTCT-CRS-hypoxia': { version: '1', title: 'Hypoxia graded by the oxygen device and flow above baseline', source: 'ASTCT 2019 [S1, S2, S6]; §1.1 rules 5 and 10; §1.2 and §6.4 (baseline oxygen)' },
  'ASTCT-CRS-worst-domain': { version: '1', title: 'Fever plus the more severe of hypotension and hypoxia decides', source: 'ASTCT 2019 [S2]; §1.1 rule 3' },
  'VIGIL-CRS-episode': { version: '1', title: 'Onset = first qualifying fever after infusion; ends after 24 h without signs', source: '§1.2 [Design]; §6.1' },
  'VIGIL-attribution': { version: '1', title: "A physician's attribution to another cause removes the sign from grading", source: 'ASTCT 2019 [S1, S3, S5]; §1.1 rules 1 and 4; §2.2; §6.1 and §6.4' },
  'VIGIL-monitor-confirmation': { version: '1', title: 'A monitor value grades only after persistence or a confirming manual reading', source: '§5.1 [Design]; §6.4 inputs (default 5 min)' },
  'VIGIL-O2-undocumented': { version: '1', title: 'SpO2 below the prompt threshold with no oxygen above baseline documented', source: '§1.3 [Design]; §6.4 (SpO2 < 92 %)' },
  'ASTCT-ICANS-ICE': { version: '2', title: 'ICE score 7–9 grade 1, 3–6 grade 2, 0–2 grade 3, 0 unarousable grade 4; the latest ICE stands 12 h', source: 'ASTCT 2019 [S7]; §2.1, §2.2; §6.1 and §6.4 (its own latest documentation within 12 h)' },
  'ASTCT-ICANS-consciousness': { version: '2', title: 'Depressed level of consciousness not due to another cause, from its latest documentation within 12 h', source: 'ASTCT 2019 [S7, S9]; §2.2; §6.1 and §6.4 (own latest documentation; sedation only through attribution)' },
  'ASTCT-ICANS-seizure': { version: '2', title: 'Rapidly resolving seizure or EEG seizures resolving with intervention grade 3; prolonged (> 5 min) or repetitive grade 4', source: 'ASTCT 2019 [S7, S9]; §2.2; §6.4 (clinical seizure of unknown duration = not rapidly resolving; EEG seizures resolved with intervention = 3, Dec 2026 correction)' },
  'ASTCT-ICANS-motor': { version: '2', title: 'Deep focal motor weakness = grade 4, standing until documented absent', source: 'ASTCT 2019 [S7, S9]; §2.2; §6.4 (stands until documented absent)' },
  'ASTCT-ICANS-icp': { version: '2', title: 'Focal oedema grade 3; diffuse oedema or ICP signs grade 4; haemorrhage excluded; each sign stands until documented absent', source: 'ASTCT 2019 [S7, S9]; §2.2; §6.1 and §6.4 (signs until documented absent, imaging until newer imaging)' },
  'VIGIL-ICANS-assessable': { version: '2', title: 'Not assessable (never 0) when no ICANS domain can be assessed', source: '§6.1; §6.4 (not assessable is not zero)' },
  'VIGIL-ICANS-baseline': { version: '1', title: 'Motor, ICP and imaging findings from before the infusion are baseline; only new or worse ones grade', source: '§6.4 (baseline findings)' },
  'VIGIL-non-ICANS-neurotox': { version: '1', title: 'Parkinsonism, cranial nerve palsy (not VI), GBS and other findings outside ICANS', source: '§2.2, §2.5; [S11, S12, S41, S42]' },
  'VIGIL-review': { version: '1', title: 'Situations the document asks a clinician to review', source: '§1.2, §7' },
  'IEC-HS-warning': { version: '1', title: 'Ferritin > 2 × baseline/ULN, rising, after CRS improves; ferritin > 10,000', source: 'Hines 2023 [S15] [K-verify]; §3.1 [Design]' },
  'CAR-HEMATOTOX': { version: '1', title: 'Baseline haematotoxicity risk score (0–7)', source: 'Rejeski 2021 [S20, S21] [K-verify]; §3.2' },
  NEWS2: { version: '1', title: 'National Early Warning Score 2 (generic, not validated for CRS)', source: 'RCP 2017 [S57, S58]; §5.2' },
} as const satisfies Record<string, RuleDefinition>;

export type RuleId = keyof typeof RULES;

export function ruleLabel(rule: RuleId): string {
  return `rule ${rule} v${RULES[rule].version}`;
}
