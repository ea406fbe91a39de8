// The real MP70 logs (../shared/fixtures, read at run time): every expected/*.expected.json is reproduced,
// message by message: counts, kinds, the first numeric poll results value by value, and their observations.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasSharedFixtures, SHARED_FIXTURES } from '../../test/helpers/shared';
import { mappedParam, readCapture, readingsToObservations, readNumerics, type LabelCache, type PhilipsMessage, type PollResult } from './codec';
import { MEAS_STATE } from './constants';
import { toHex } from './bytes';

const DIR = join(SHARED_FIXTURES, 'monitor-captures/philips-intellivue');
const EXPECTED_DIR = join(DIR, 'expected');

interface ExpectedValue {
  obj_handle: number;
  label: string;
  physio_id: string;
  unit_code: number;
  state: string;
  raw_float: string;
  value: number | string;
}
interface ExpectedPoll {
  host_ts: string;
  action: string;
  poll_number: number;
  rel_time_ticks: number;
  abs_time_bcd: string;
  values: ExpectedValue[];
}
interface ExpectedFile {
  file: string;
  messages_decoded: number;
  message_kinds: Record<string, number>;
  first_numeric_polls: ExpectedPoll[];
  frames_fcs_ok?: number;
  frames_fcs_bad?: number;
}

const hex = (v: number, digits = 4): string => `0x${v.toString(16).toUpperCase().padStart(digits, '0')}`;

/** The expected files' name for a message kind. */
function kindName(m: PhilipsMessage): string {
  switch (m.kind) {
    case 'associationRequest':
      return 'SPDU 0x0D';
    case 'associationResult':
      return 'SPDU 0x0E';
    case 'connectIndication':
      return 'SPDU 0x00';
    case 'mdsCreate':
      return 'ROtype 1 cmd 1';
    case 'invoke':
      return `ROtype 1 cmd ${m.commandType}`;
    case 'pollResult':
      return `poll action=${hex(m.action)} obj_class=${m.objClass}`;
    case 'result':
      return `RORS cmd ${m.commandType}`;
    case 'eventReportResult':
      return 'RORS cmd 1';
    case 'error':
      return `ROtype 3 cmd ${m.errorValue}`;
    default:
      return m.kind;
  }
}

/** The logger stamp back in its own notation, from the UTC ms the decoder made of it. */
const stamp = (ms: number): string => new Date(ms).toISOString().replace(/-/g, '/').replace('.', ',').slice(0, 23);

const expectedFiles = hasSharedFixtures ? readdirSync(EXPECTED_DIR).filter((f) => f.endsWith('.expected.json')) : [];

describe.skipIf(!hasSharedFixtures)('IntelliVue reference logs', () => {
  it('has an expected decode for every log in the folder', () => {
    const logs = readdirSync(DIR).filter((f) => f.endsWith('.log'));
    expect(expectedFiles.map((f) => f.replace('.expected.json', '.log')).sort()).toEqual(logs.sort());
  });

  describe.each(expectedFiles)('%s', (name) => {
    const expected = JSON.parse(readFileSync(join(EXPECTED_DIR, name), 'utf8')) as ExpectedFile;
    const { items, issues } = readCapture(new Uint8Array(readFileSync(join(DIR, expected.file))), 'dices-log');
    const messages = items.flatMap((i) => (i.result.ok ? [{ hostTime: i.hostTime!, message: i.result.value }] : []));

    it('decodes every message, with no frame or message issue', () => {
      expect(issues).toEqual([]);
      expect(items.filter((i) => !i.result.ok).map((i) => (i.result.ok ? '' : i.result.issue.message))).toEqual([]);
      expect(items).toHaveLength(expected.messages_decoded);
      if (expected.frames_fcs_ok !== undefined) expect(messages).toHaveLength(expected.frames_fcs_ok);
    });

    it('classifies the messages exactly as the reference decoder', () => {
      const kinds: Record<string, number> = {};
      for (const { message } of messages) kinds[kindName(message)] = (kinds[kindName(message)] ?? 0) + 1;
      expect(kinds).toEqual(expected.message_kinds);
    });

    it('reads the first numeric poll results value by value', () => {
      const labels: LabelCache = new Map();
      const polls = messages
        .filter((m): m is { hostTime: number; message: PollResult } => m.message.kind === 'pollResult')
        .map((m) => ({ ...m, readings: readNumerics(m.message, labels) }))
        .filter((m) => m.readings.length > 0)
        .slice(0, expected.first_numeric_polls.length);
      const got = polls.map(({ hostTime, message, readings }) => ({
        host_ts: stamp(hostTime),
        action: hex(message.action),
        poll_number: message.pollNumber,
        rel_time_ticks: message.relTime,
        abs_time_bcd: toHex(message.absTime),
        values: readings.map((r) => ({
          obj_handle: r.handle,
          label: r.label,
          physio_id: hex(r.physioId),
          unit_code: r.unitCode,
          state: hex(r.state),
          raw_float: toHex(Uint8Array.of(r.raw >>> 24, (r.raw >>> 16) & 0xff, (r.raw >>> 8) & 0xff, r.raw & 0xff)).toUpperCase(),
          value: r.value.kind === 'number' ? r.value.value : 'NaN',
        })),
      }));
      const strip = (p: ExpectedPoll) => ({ ...p, values: p.values.map(({ obj_handle, label, physio_id, unit_code, state, raw_float, value }) => ({ obj_handle, label, physio_id, unit_code, state, raw_float, value })) });
      expect(got).toEqual(expected.first_numeric_polls.map(strip));
    });

    it('turns those values into observations that are valid only when the monitor says so', () => {
      for (const poll of expected.first_numeric_polls) {
        const labels: LabelCache = new Map();
        const message = messages.find((m) => stamp(m.hostTime) === poll.host_ts && m.message.kind === 'pollResult' && readNumerics(m.message, new Map()).length === poll.values.length);
        const readings = readNumerics(message!.message as PollResult, labels);
        const observations = readingsToObservations(readings, { device: 'mp70', time: 0 });
        const mapped = poll.values.filter((v) => mappedParam(Number(v.physio_id)) !== null);
        expect(observations).toHaveLength(mapped.length);
        mapped.forEach((v, i) => {
          const o = observations[i]!;
          const state = Number(v.state);
          expect(o.param).toBe(mappedParam(Number(v.physio_id)));
          if (state & MEAS_STATE.demoData) expect(o.status).toBe('demo');
          if (state & (MEAS_STATE.invalid | MEAS_STATE.unavailable) || v.value === 'NaN') expect(o.value).toBeNull();
          if (state !== 0 || v.value === 'NaN') expect(o.status).not.toBe('valid');
          if (state === 0 && v.value !== 'NaN') expect(o).toMatchObject({ status: 'valid', value: v.value });
        });
      }
    });
  });
});
