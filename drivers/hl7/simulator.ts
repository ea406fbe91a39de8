// A PCD-01 gateway: the same scenarios as the serial simulators, sent as ORU^R01 v2.6 (IHE PCD DEC) over MLLP.
import { createScenario, type Scenario, type ScenarioOptions, type ScenarioSample } from '../scenarios';
import type { VitalParam } from '../../shared/params';
import { PARAMS } from '../../shared/params';
import { formatHl7Time } from './dtm';
import { MDC_VITALS } from './mdc';

export interface Pcd01Sender {
  send(payload: Uint8Array): Promise<void>;
}

export interface Pcd01SimulatorOptions {
  readonly scenario: string | Scenario;
  readonly scenarioOptions?: ScenarioOptions;
  /** PID-3 of the simulated patient: the MRN admitted at the station. */
  readonly mrn: string;
  /** Seconds between messages; default 5. */
  readonly intervalSeconds?: number;
  /** EUI-64 of the simulated gateway/monitor. */
  readonly deviceId?: string;
  readonly now?: () => number;
  readonly onMessage?: (controlId: string, sample: ScenarioSample, time: number) => void;
}

interface MetricRow {
  readonly param: VitalParam;
  readonly path: string;
  readonly unit: string;
}

const UNIT_CODES: Readonly<Record<string, string>> = {
  '/min': '264864^MDC_DIM_BEAT_PER_MIN^MDC',
  '%': '262688^MDC_DIM_PERCENT^MDC',
  'mm[Hg]': '266016^MDC_DIM_MMHG^MDC',
  Cel: '268192^MDC_DIM_DEGC^MDC',
};

/** Containment paths (MDS.VMD.CHAN.METRIC) the simulated monitor uses. */
const METRICS: readonly MetricRow[] = [
  { param: 'hr', path: '1.1.1.1', unit: UNIT_CODES['/min']! },
  { param: 'rr', path: '1.1.1.2', unit: '264928^MDC_DIM_RESP_PER_MIN^MDC' },
  { param: 'spo2', path: '1.2.1.1', unit: UNIT_CODES['%']! },
  { param: 'pr', path: '1.2.1.2', unit: UNIT_CODES['/min']! },
  { param: 'nibp_sys', path: '1.3.1.1', unit: UNIT_CODES['mm[Hg]']! },
  { param: 'nibp_dia', path: '1.3.1.2', unit: UNIT_CODES['mm[Hg]']! },
  { param: 'nibp_mean', path: '1.3.1.3', unit: UNIT_CODES['mm[Hg]']! },
  { param: 'temp', path: '1.4.1.1', unit: UNIT_CODES.Cel! },
  { param: 'abp_sys', path: '1.5.1.1', unit: UNIT_CODES['mm[Hg]']! },
  { param: 'abp_dia', path: '1.5.1.2', unit: UNIT_CODES['mm[Hg]']! },
  { param: 'abp_mean', path: '1.5.1.3', unit: UNIT_CODES['mm[Hg]']! },
  { param: 'etco2', path: '1.6.1.1', unit: UNIT_CODES['mm[Hg]']! },
];

const PROFILE = 'IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO';
const NIBP = new Set<VitalParam>(['nibp_sys', 'nibp_dia', 'nibp_mean']);

const TEMP_REFIDS: Readonly<Record<string, string>> = {
  axillary: 'MDC_TEMP_AXILLA', tympanic: 'MDC_TEMP_TYMP', core: 'MDC_TEMP_CORE', rectal: 'MDC_TEMP_RECT',
  oral: 'MDC_TEMP_ORAL', esophageal: 'MDC_TEMP_ESOPH', nasopharyngeal: 'MDC_TEMP_NASOPH', skin: 'MDC_TEMP_SKIN',
};

/** The MDC code of a temperature site (MDC_TEMP_BODY when the site has none or we know no code for it); the outbound encoder uses it too. */
export function tempCode(site: string | null): { code: number; refid: string } {
  const hit = Object.entries(MDC_VITALS).find(([, v]) => v.param === 'temp' && v.site === site);
  const refid = site ? TEMP_REFIDS[site] : undefined;
  return hit && refid ? { code: Number(hit[0]), refid } : PARAMS.temp.mdc;
}

export interface Pcd01MessageInput {
  readonly sample: ScenarioSample;
  readonly time: number;
  readonly controlId: string;
  readonly mrn: string;
  readonly deviceId: string;
  /** UTC ms of the last NIBP cuff cycle (OBX-14 of the NIBP rows). */
  readonly nibpTime: number | null;
}

/** One PCD-01 ORU^R01 message as text (CR after every segment). */
export function buildPcd01Message(input: Pcd01MessageInput): string {
  const t = formatHl7Time(input.time);
  const dev = `${input.deviceId}^VIGIL_SIM^${input.deviceId}^EUI-64`;
  const lines = [
    `MSH|^~\\&|VIGIL_SIM^${input.deviceId}^EUI-64|VIGIL|||${t}||ORU^R01^ORU_R01|${input.controlId}|P|2.6|||AL|NE||UNICODE UTF-8|||${PROFILE}`,
    `PID|||${input.mrn}^^^VIGIL^MR||Simulated^Patient^^^^^L`,
    'PV1||I|SIM^^1',
    `OBR|1|${input.controlId}^VIGIL_SIM|${input.controlId}^VIGIL_SIM|182777000^monitoring of patient^SCT|||${t}`,
    `OBX|1||69965^MDC_DEV_MON_PHYSIO_MULTI_PARAM_MDS^MDC|1.0.0.0|||||||X|||||||${dev}`,
  ];
  let setId = 2;
  for (const m of METRICS) {
    const value = input.sample.values[m.param];
    if (value === null) continue;
    const code = m.param === 'temp' ? tempCode(input.sample.tempSite) : PARAMS[m.param].mdc;
    const obsTime = NIBP.has(m.param) && input.nibpTime !== null ? formatHl7Time(input.nibpTime) : t;
    lines.push(`OBX|${setId++}|NM|${code.code}^${code.refid}^MDC|${m.path}|${value}|${m.unit}|||||R|||${obsTime}||||${dev}`);
  }
  return `${lines.join('\r')}\r`;
}

/** Streams one message per interval to a sender (an MllpClient). */
export class Pcd01Simulator {
  private readonly scenario: Scenario;
  private readonly now: () => number;
  private readonly startedAt: number;
  private timer: ReturnType<typeof setInterval> | null = null;
  private count = 0;
  private sequence = 0;
  private failures = 0;

  constructor(
    private readonly sender: Pcd01Sender,
    private readonly options: Pcd01SimulatorOptions,
  ) {
    this.scenario = typeof options.scenario === 'string' ? createScenario(options.scenario, options.scenarioOptions) : options.scenario;
    this.now = options.now ?? Date.now;
    this.startedAt = this.now();
  }

  get messagesSent(): number {
    return this.count;
  }

  get sendFailures(): number {
    return this.failures;
  }

  start(): void {
    if (this.timer) return;
    void this.tick();
    this.timer = setInterval(() => void this.tick(), Math.max(0.05, this.options.intervalSeconds ?? 5) * 1000);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Builds and sends the message for the current instant. */
  async tick(): Promise<void> {
    const time = this.now();
    const sample = this.scenario.sample(time - this.startedAt);
    const controlId = `SIM${this.startedAt.toString(36).toUpperCase()}${String(++this.sequence).padStart(6, '0')}`;
    const nibpTime = sample.nibpMeasuredAtMs === null ? null : this.startedAt + sample.nibpMeasuredAtMs;
    const text = buildPcd01Message({ sample, time, controlId, mrn: this.options.mrn, deviceId: this.options.deviceId ?? '0012AB0000C0FFEE', nibpTime });
    try {
      await this.sender.send(new TextEncoder().encode(text));
      this.count += 1;
      this.options.onMessage?.(controlId, sample, time);
    } catch {
      this.failures += 1;
    }
  }
}
