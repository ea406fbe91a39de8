// The Sending screen's API against a real station (SQLite file) and a real MLLP receiver on loopback: destination
// settings (admin only, audited), per-period messages ACKed in order, AR parks with the receiver's reason, "send
// again" (audited, same MSH-10), and a stopped receiver shown as a backlog that drains when it returns.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestStation, TEST_STATION_START, type TestStation } from '../helpers/station';
import { admission } from '../helpers/episode';
import { eventually } from '../helpers/cli';
import { startMllpReceiver, type MllpReceiver } from '../helpers/mllpReceiver';
import { parseHl7 } from '../../drivers/hl7/adapter';
import { mapVitals } from '../../drivers/hl7/pcd01';
import { pcd01Problems } from '../../electron/station/outbound/pcd01/conformance';
import type { Observation } from '../../shared/observation';
import { MINUTE_MS, SECOND_MS } from '../../shared/time';

const START = Math.ceil(TEST_STATION_START / MINUTE_MS) * MINUTE_MS;

const hr = (time: number, value: number): Observation => ({ param: 'hr', value, unit: '/min', time, status: 'valid', source: 'serial', device: 'ge-s5:/dev/ttyUSB0' });

describe('outbound HL7 API', () => {
  let t: TestStation | null = null;
  let receiver: MllpReceiver | null = null;
  afterEach(async () => {
    await t?.close();
    await receiver?.stop();
  });

  it('sends each closed minute, parks an AR, sends it again on request, and drains a backlog after the receiver was down', async () => {
    let clock = START;
    t = await createTestStation({ now: () => clock, outbound: { backoff: { initialMs: 100, maxMs: 400 } } });
    t.station.outbound.start();
    receiver = await startMllpReceiver();
    const settings = { host: '127.0.0.1', port: receiver.port, periodSeconds: 60, params: ['hr' as const], documentation: false };

    expect((await t.as('nurse').fail('outbound.saveDestination', { settings })).code).toBe('forbidden');
    const saved = await t.as('admin').call('outbound.saveDestination', { settings, reason: 'ward 4 to the integration engine' });
    expect(saved).toMatchObject({ name: `127.0.0.1:${receiver.port}`, backlog: { count: 0 }, parked: 0, warning: null });
    expect(t.station.audit.history('outbound_destination', saved.id)).toEqual([expect.objectContaining({ action: 'create', reason: 'ward 4 to the integration engine', staffName: 'Admin Ward 4' })]);

    await t.as('nurse').call('episode.admit', { admission });
    // Minute 1: two readings, mean 81; closed 2 s after its end on the station's clock.
    t.station.ingest([hr(START + 5 * SECOND_MS, 80), hr(START + 35 * SECOND_MS, 82)]);
    clock = START + MINUTE_MS + 3 * SECOND_MS;
    await eventually(() => expect(receiver!.messages).toHaveLength(1));
    const first = parseHl7(receiver.messages[0]!.text);
    expect(pcd01Problems(first)).toEqual([]);
    expect(first.patientId).toBe(admission.mrn);
    expect(mapVitals(first, clock).observations.map((o) => [o.param, o.value, o.time])).toEqual([['hr', 81, START]]);
    await eventually(async () => expect((await t!.as('nurse').call('outbound.status', {})).destinations[0]).toMatchObject({ sent: 1, connected: true, lastAckAt: clock }));

    // Minute 2 is refused (AR): parked with the reason; minute 3 goes on.
    receiver.reply = () => ({ code: 'AR', text: 'Unknown patient MRN-CRS-1' });
    t.station.ingest([hr(START + MINUTE_MS + 10 * SECOND_MS, 90)]);
    clock = START + 2 * MINUTE_MS + 3 * SECOND_MS;
    await eventually(() => expect(receiver!.messages).toHaveLength(2));
    receiver.reply = () => ({ code: 'AA' });
    t.station.ingest([hr(START + 2 * MINUTE_MS + 10 * SECOND_MS, 95)]);
    clock = START + 3 * MINUTE_MS + 3 * SECOND_MS;
    await eventually(() => expect(receiver!.messages).toHaveLength(3));
    const parked = await t.as('nurse').call('outbound.parked', { destinationId: saved.id });
    expect(parked).toEqual([expect.objectContaining({ controlId: receiver.messages[1]!.controlId, state: 'parked', ackCode: 'AR', reason: 'Unknown patient MRN-CRS-1', periodStart: START + MINUTE_MS })]);
    expect((await t.as('nurse').call('outbound.status', {})).destinations[0]).toMatchObject({ parked: 1, sent: 2, backlog: { count: 0 } });

    expect((await t.as('nurse').fail('outbound.resend', { messageId: parked[0]!.id, reason: '' })).code).toBe('invalid_input');
    const again = await t.as('nurse').call('outbound.resend', { messageId: parked[0]!.id, reason: 'patient registered in the EHR now' });
    expect(again).toMatchObject({ state: 'queued', controlId: parked[0]!.controlId });
    await eventually(() => expect(receiver!.messages).toHaveLength(4));
    expect(receiver.messages[3]).toEqual(receiver.messages[1]); // the same text, the same MSH-10
    expect(t.station.audit.history('outbound_message', parked[0]!.id)).toEqual([expect.objectContaining({ action: 'resend', reason: 'patient registered in the EHR now', staffName: 'Nurse Kim' })]);
    expect((await t.as('nurse').fail('outbound.resend', { messageId: parked[0]!.id, reason: 'once more' })).message).toMatch(/not parked/);

    // The receiver is down for three minutes: the backlog is shown, then drained in order when it returns.
    await receiver.stop();
    for (let minute = 3; minute < 6; minute += 1) {
      t.station.ingest([hr(START + minute * MINUTE_MS + 10 * SECOND_MS, 100 + minute)]);
      clock = START + (minute + 1) * MINUTE_MS + 3 * SECOND_MS;
      await eventually(async () => expect((await t!.as('nurse').call('outbound.status', {})).destinations[0]!.backlog.count).toBe(minute - 2));
    }
    // The closed connection is noticed from the socket's own events, so the status is read until it says so.
    await eventually(async () => {
      const down = (await t!.as('nurse').call('outbound.status', {})).destinations[0]!;
      expect(down).toMatchObject({ connected: false, backlog: { count: 3, oldestAt: START + 4 * MINUTE_MS + 3 * SECOND_MS } });
      expect(down.lastError).toMatch(/cannot connect/);
    });
    await receiver.restart();
    await eventually(() => expect(receiver!.messages).toHaveLength(7));
    const drained = receiver.messages.slice(4).map((m) => mapVitals(parseHl7(m.text), clock).observations.map((o) => o.value));
    expect(drained).toEqual([[103], [104], [105]]);
    await eventually(async () => expect((await t!.as('nurse').call('outbound.status', {})).destinations[0]).toMatchObject({ backlog: { count: 0 }, sent: 6, parked: 0, lastError: null }));
  });

  it('a receiver that never answers: the message waits, stopping the station does not hang on it, and it goes again with its MSH-10', async () => {
    let clock = START;
    t = await createTestStation({ now: () => clock, outbound: { backoff: { initialMs: 100, maxMs: 400 } } });
    t.station.outbound.start();
    receiver = await startMllpReceiver();
    receiver.reply = () => null;
    await t.as('admin').call('outbound.saveDestination', { settings: { host: '127.0.0.1', port: receiver.port, periodSeconds: 60, params: ['hr'], documentation: false, ackTimeoutSeconds: 60 } });
    await t.as('nurse').call('episode.admit', { admission });
    t.station.ingest([hr(START + 5 * SECOND_MS, 70)]);
    clock = START + MINUTE_MS + 3 * SECOND_MS;
    await eventually(() => expect(receiver!.messages).toHaveLength(1));
    const stopping = performance.now();
    await t.station.outbound.stop();
    expect(performance.now() - stopping).toBeLessThan(5000); // not the 60-s ACK timeout
    const waiting = t.station.outbound.store.nextQueued(1)!;
    expect(waiting).toMatchObject({ controlId: receiver.messages[0]!.controlId, attempts: 1 });

    receiver.reply = () => ({ code: 'AA' });
    t.station.outbound.start();
    await eventually(() => expect(receiver!.messages).toHaveLength(2));
    expect(receiver.messages[1]).toEqual(receiver.messages[0]);
    await eventually(async () => expect((await t!.as('nurse').call('outbound.status', {})).destinations[0]).toMatchObject({ sent: 1, backlog: { count: 0 } }));
  });
});
