// The device form: name, serial port, protocol and its settings → the input of devices.save, checked with the
// shared schema. Settings the protocol knows start from their defaults; a number typed as text is checked here.
import { deviceMethods, type ProtocolInfo } from '../../../../shared/api/methods/devices';
import type { DeviceInfo, Protocol } from '../../../../shared/device';
import type { ApiInput } from '../../../../shared/api/contract';
import { issuesToErrors } from '../../ui/form/issues';
import { Errors, parseDecimal, type Converted } from '../../ui/form/result';

export type SettingValue = number | string | boolean;

/** What one setting looks like in the form. */
export interface SettingSpec {
  readonly key: string;
  readonly default: SettingValue;
  /** A fixed list of values (shown as a choice), else a free field typed like the default. */
  readonly choices?: readonly SettingValue[];
  readonly min?: number;
}

/**
 * Settings the drivers read, with the monitor's defaults. The station's devices.protocols may name more (its
 * defaultSettings); those are added as free fields.
 */
export const KNOWN_SETTINGS: Readonly<Record<Protocol, readonly SettingSpec[]>> = {
  'ge-s5': [{ key: 'intervalSeconds', default: 5, min: 1 }],
  'philips-intellivue': [{ key: 'baudRate', default: 115200, choices: [115200, 19200] }],
};

export function settingSpecs(protocol: Protocol | '', info: ProtocolInfo | undefined): SettingSpec[] {
  if (protocol === '') return [];
  const known = KNOWN_SETTINGS[protocol] ?? [];
  const extra = Object.entries(info?.defaultSettings ?? {})
    .filter(([key]) => !known.some((s) => s.key === key))
    .map(([key, value]) => ({ key, default: value }));
  return [...known.map((s) => (info && Object.hasOwn(info.defaultSettings, s.key) ? { ...s, default: info.defaultSettings[s.key]! } : s)), ...extra];
}

export interface DeviceValues {
  readonly id: number | null;
  readonly name: string;
  readonly protocol: Protocol | '';
  readonly port: string;
  /** Setting key → the text in its field ('true'/'false' for a yes/no). */
  readonly settings: Readonly<Record<string, string>>;
}

export function emptyDevice(): DeviceValues {
  return { id: null, name: '', protocol: '', port: '', settings: {} };
}

export function deviceValues(device: DeviceInfo): DeviceValues {
  return {
    id: device.id,
    name: device.name,
    protocol: device.protocol,
    port: device.port,
    settings: Object.fromEntries(Object.entries(device.settings).map(([k, v]) => [k, String(v)])),
  };
}

/** The text of a setting field: what was typed, else the default. */
export function settingText(values: DeviceValues, spec: SettingSpec): string {
  return values.settings[spec.key] ?? String(spec.default);
}

export type DeviceInput = ApiInput<'devices.save'>;

export function convertDevice(v: DeviceValues, specs: readonly SettingSpec[]): Converted<DeviceInput> {
  const e = new Errors();
  const name = e.required('name', v.name);
  if (name !== '' && name.length < 2) e.add('name', { code: 'tooShort', params: { min: 2 } });
  if (v.protocol === '') e.add('protocol', { code: 'choose' });
  const port = e.required('port', v.port);
  const settings: Record<string, SettingValue> = {};
  for (const spec of specs) {
    const text = settingText(v, spec).trim();
    const field = `settings.${spec.key}`;
    if (typeof spec.default === 'number') {
      const n = parseDecimal(text);
      if (n === null) e.add(field, { code: text === '' ? 'required' : 'number' });
      else if (spec.min !== undefined && n < spec.min) e.add(field, { code: 'tooSmall', params: { min: spec.min } });
      else settings[spec.key] = n;
    } else if (typeof spec.default === 'boolean') settings[spec.key] = text === 'true';
    else settings[spec.key] = text;
  }
  if (e.any) return { ok: false, errors: e.all };
  const input = { ...(v.id !== null ? { id: v.id } : {}), name, protocol: v.protocol, port, settings };
  const parsed = deviceMethods['devices.save'].input.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: issuesToErrors(parsed.error.issues) };
}
