import { describe, expect, it } from 'vitest';
import type { OutboundDestinationStatus } from '../../../../shared/api/methods/outbound';
import { destinationStatus } from './status';
import { destinationValues, NEW_DESTINATION, toDestinationSettings } from './destinationForm';

const now = new Date(2025, 5, 1, 15, 0, 30).getTime();
const at = (h: number, m: number, s = 0, day = 1) => new Date(2025, 5, day, h, m, s).getTime();

const destination = (over: Partial<OutboundDestinationStatus> = {}): OutboundDestinationStatus => ({
  id: 1,
  name: '10.1.2.3:6661',
  settings: { ...NEW_DESTINATION, host: '10.1.2.3', port: 6661 },
  connected: true,
  lastAckAt: at(15, 0, 22),
  lastError: null,
  backlog: { count: 0, oldestAt: null },
  parked: 0,
  sent: 12,
  expired: 0,
  warning: null,
  ...over,
});

describe('destinationStatus', () => {
  it('connected, the last ACK in local time with its age, nothing waiting', () => {
    expect(destinationStatus(destination(), now)).toEqual({
      connection: 'Connected',
      tone: 'ok',
      lastAck: 'Last ACK 15:00 (8 s ago)',
      backlog: 'Nothing waiting',
      lastError: null,
      warning: null,
    });
  });

  it('not connected after a failure: the backlog with its oldest message, the reason and the cap warning', () => {
    const text = destinationStatus(
      destination({ connected: false, lastError: 'connection refused', backlog: { count: 3, oldestAt: at(14, 58) }, warning: 'backlog at 85% of its cap' }),
      now,
    );
    expect(text).toMatchObject({ connection: 'Not connected', tone: 'bad', backlog: '3 messages waiting (oldest 14:58)', lastError: 'connection refused', warning: 'backlog at 85% of its cap' });
  });

  it('never ACKed, waiting for a first link; an old ACK shows its date; a switched-off destination says so', () => {
    expect(destinationStatus(destination({ connected: false, lastAckAt: null, backlog: { count: 1, oldestAt: null } }), now)).toMatchObject({
      tone: 'waiting',
      lastAck: 'No ACK yet',
      backlog: '1 message waiting',
    });
    expect(destinationStatus(destination({ lastAckAt: at(23, 10, 0, 0) }), now).lastAck).toMatch(/^Last ACK 31 May 2025 23:10 \(15 h ago\)$/);
    expect(destinationStatus(destination({ connected: false, settings: { ...NEW_DESTINATION, enabled: false } }), now)).toMatchObject({ connection: 'Switched off', tone: 'off' });
  });
});

describe('destination form', () => {
  const saved = { ...NEW_DESTINATION, host: 'engine.ward', port: 6661, maxBacklogHours: 48, receivingApplication: 'MIRTH' };

  it('round-trips the saved settings and keeps the ones the form does not show', () => {
    const result = toDestinationSettings({ ...destinationValues(saved, false), periodSeconds: '30' }, saved);
    expect(result).toEqual({ ok: true, value: { ...saved, periodSeconds: 30 } });
  });

  it('a new destination starts empty with the defaults, and names what is missing', () => {
    const values = destinationValues(NEW_DESTINATION, true);
    expect(values).toMatchObject({ host: '', port: '', periodSeconds: '60', values: 'mean', documentation: true, enabled: true });
    expect(toDestinationSettings(values, NEW_DESTINATION)).toEqual({ ok: false, errors: { host: { code: 'required' }, port: { code: 'required' } } });
  });

  it('out-of-range numbers and no parameter are caught by the shared schema, on their fields', () => {
    const values = { ...destinationValues(saved, false), port: '70000', periodSeconds: '0', params: [] };
    const result = toDestinationSettings(values, saved);
    expect(result).toEqual({ ok: false, errors: { port: { code: 'tooBig', params: { max: 65535 } }, periodSeconds: { code: 'tooSmall', params: { min: 1 } }, params: { code: 'required' } } });
    expect(toDestinationSettings({ ...values, port: 'abc', params: ['hr'] }, saved)).toEqual({ ok: false, errors: { port: { code: 'number' } } });
  });
});
