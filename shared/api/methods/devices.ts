// Setting up the monitors of this bed: which port, which protocol, connect and disconnect.
import { z } from 'zod';
import { protocolSchema, type DeviceInfo, type Protocol } from '../../device';

const deviceFields = z.object({
  name: z.string().trim().min(2, 'give the device a name, e.g. "Bed 4 monitor"').max(80),
  protocol: protocolSchema,
  port: z.string().trim().min(1, 'choose or type the serial port').max(200),
  settings: z.record(z.string(), z.union([z.number(), z.string(), z.boolean()])).default({}),
});

export const deviceMethods = {
  'devices.list': { access: 'public', input: z.object({}).strict() },
  'devices.save': { access: 'staff', input: deviceFields.extend({ id: z.number().int().positive().optional() }).strict() },
  'devices.remove': { access: 'staff', input: z.object({ id: z.number().int().positive() }).strict() },
  'devices.connect': { access: 'staff', input: z.object({ id: z.number().int().positive() }).strict() },
  'devices.disconnect': { access: 'staff', input: z.object({ id: z.number().int().positive() }).strict() },
  'devices.protocols': { access: 'public', input: z.object({}).strict() },
  'devices.serialPorts': { access: 'public', input: z.object({}).strict() },
} as const;

export interface ProtocolInfo {
  readonly protocol: Protocol;
  readonly title: string;
  /** Line settings the monitor uses (fixed by the monitor). */
  readonly line: string;
  readonly defaultSettings: Readonly<Record<string, number | string | boolean>>;
}

export interface SerialPortList {
  readonly ports: readonly { readonly path: string; readonly manufacturer?: string }[];
  /** Set when this system cannot list ports: type the path instead. */
  readonly unavailableReason?: string;
}

export interface DeviceResults {
  'devices.list': readonly DeviceInfo[];
  'devices.save': DeviceInfo;
  'devices.remove': null;
  'devices.connect': DeviceInfo;
  'devices.disconnect': DeviceInfo;
  'devices.protocols': readonly ProtocolInfo[];
  'devices.serialPorts': SerialPortList;
}
