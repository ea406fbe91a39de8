// The --hl7-send flags: checked before anything opens, one clear line for each mistake.
import { describe, expect, it } from 'vitest';
import { hl7SendFromArgs } from './outbound';
import { CliError } from './errors';

describe('vigil station --hl7-send flags', () => {
  it('reads the destination with its period, values and params, defaults for the rest', () => {
    expect(hl7SendFromArgs({ 'hl7-send': '10.1.2.3:6661', 'hl7-send-period': '60', 'hl7-send-values': 'each', 'hl7-send-params': 'hr, spo2' })).toMatchObject({
      host: '10.1.2.3', port: 6661, periodSeconds: 60, values: 'each', params: ['hr', 'spo2'], documentation: true, ackTimeoutSeconds: 30, enabled: true,
    });
    expect(hl7SendFromArgs({})).toBeNull();
  });

  it.each([
    [{ 'hl7-send-period': '5' }, /--hl7-send-period needs --hl7-send HOST:PORT/],
    [{ 'hl7-send': 'engine' }, /--hl7-send: expected HOST:PORT/],
    [{ 'hl7-send': 'engine:6661', 'hl7-send-period': '0.5' }, /periodSeconds/],
    [{ 'hl7-send': 'engine:6661', 'hl7-send-params': 'hr,bp' }, /params/],
    [{ 'hl7-send': 'engine:6661', 'hl7-send-values': 'median' }, /values/],
  ])('refuses %j', (args, message) => {
    expect(() => hl7SendFromArgs(args)).toThrow(CliError);
    expect(() => hl7SendFromArgs(args)).toThrow(message);
  });
});
