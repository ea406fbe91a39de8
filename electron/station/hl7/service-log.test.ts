// What one HL7 feed writes to the log: sender text escaped (a field cannot forge a line), and a flood of refused
// messages or dropped frames is a few lines and a count.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Station } from '../station';
import { hl7, pcd01 } from '../../../drivers/hl7/test-support';
import { TEST_PEER } from './test-support';
import type { Hl7Service } from './service';

let station: Station;
let service: Hl7Service;
let lines: string[];
beforeEach(() => {
  vi.useFakeTimers();
  lines = [];
  station = new Station({ dbFile: join(mkdtempSync(join(tmpdir(), 'vigil-hl7log-')), 'station.db'), now: () => Date.UTC(2026, 10, 26, 8), log: (l) => lines.push(l), backup: false });
  service = station.hl7.createService({}, '127.0.0.1:2575');
});
afterEach(async () => {
  vi.useRealTimers();
  await station.stop();
});

const feed = (text: string) => service.handleFrame(new TextEncoder().encode(text), TEST_PEER);
const wrongVersion = (controlId: string) => pcd01(controlId, 'MRN-1').replace('|P|2.6|', '|P|3.0|');

describe('HL7 log lines', () => {
  it('escapes an HL7 escape sequence in MSH-10 that would otherwise start a new log line', () => {
    feed(wrongVersion('X\\X0A\\vigil station: stopped'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe('vigil: hl7 127.0.0.1:40000: ORU^R01 X\\u{a}vigil station: stopped: rejected: version "3.0" is not HL7 v2');
  });

  it('writes the first refused messages of a minute, then one line counting the rest', () => {
    for (let i = 1; i <= 30; i += 1) feed(wrongVersion(`C-${i}`));
    expect(lines).toHaveLength(5);
    vi.advanceTimersByTime(60_000);
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('vigil: hl7: 25 more messages not accepted in the last minute (not logged one by one)');
    feed(hl7('not a message'));
    expect(lines).toHaveLength(7);
  });

  it('counts dropped frames and closed connections the same way', () => {
    for (let i = 0; i < 40; i += 1) service.handleEvent({ kind: 'overflow', peer: TEST_PEER, bytes: 2_000_000, limit: 1_048_576 });
    for (let i = 0; i < 600; i += 1) service.handleEvent({ kind: 'evicted', peer: TEST_PEER, connections: 64 });
    expect(lines).toHaveLength(10);
    vi.advanceTimersByTime(60_000);
    expect(lines.slice(10)).toEqual([
      'vigil: hl7: 35 more frames dropped in the last minute (not logged one by one)',
      'vigil: hl7: 595 more connections closed in the last minute (not logged one by one)',
    ]);
  });
});
