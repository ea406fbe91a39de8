// `vigil station --hl7-send HOST:PORT …`: the HL7 destination of this station, checked before anything is opened.
import { destinationSettingsSchema, type DestinationSettings } from '../../../shared/api/methods/outbound';
import { errorMessage } from '../../../shared/errors';
import { parseHostPort } from '../../../drivers/hl7/transport';
import { describeZodError } from '../api/dispatcher';
import type { Station } from '../station';
import { CliError, type CliIo } from './errors';

export const HL7_SEND_OPTIONS = {
  'hl7-send': { type: 'string' },
  'hl7-send-period': { type: 'string' },
  'hl7-send-values': { type: 'string' },
  'hl7-send-params': { type: 'string' },
  'hl7-send-ack-timeout': { type: 'string' },
  'hl7-send-no-documentation': { type: 'boolean' },
} as const;

export interface Hl7SendArgs {
  'hl7-send'?: string;
  'hl7-send-period'?: string;
  'hl7-send-values'?: string;
  'hl7-send-params'?: string;
  'hl7-send-ack-timeout'?: string;
  'hl7-send-no-documentation'?: boolean;
}

const wholeNumber = (value: string | undefined): number | undefined => (value === undefined ? undefined : /^\d+$/.test(value.trim()) ? Number(value) : NaN);

/** The destination the flags describe, or null without --hl7-send (bad input: one line, exit 2). */
export function hl7SendFromArgs(values: Hl7SendArgs): DestinationSettings | null {
  const others = (Object.keys(HL7_SEND_OPTIONS) as (keyof Hl7SendArgs)[]).filter((k) => k !== 'hl7-send' && values[k] !== undefined);
  if (!values['hl7-send']) {
    if (others.length > 0) throw new CliError(`--${others[0]} needs --hl7-send HOST:PORT`);
    return null;
  }
  let target: { host: string; port: number };
  try {
    target = parseHostPort(values['hl7-send']);
  } catch (error) {
    throw new CliError(`--hl7-send: ${errorMessage(error)}`);
  }
  const candidate = {
    ...target,
    ...(values['hl7-send-period'] !== undefined ? { periodSeconds: wholeNumber(values['hl7-send-period']) } : {}),
    ...(values['hl7-send-values'] !== undefined ? { values: values['hl7-send-values'] } : {}),
    ...(values['hl7-send-params'] !== undefined ? { params: values['hl7-send-params'].split(',').map((p) => p.trim()).filter(Boolean) } : {}),
    ...(values['hl7-send-ack-timeout'] !== undefined ? { ackTimeoutSeconds: wholeNumber(values['hl7-send-ack-timeout']) } : {}),
    ...(values['hl7-send-no-documentation'] ? { documentation: false } : {}),
  };
  const parsed = destinationSettingsSchema.safeParse(candidate);
  if (!parsed.success) throw new CliError(`--hl7-send: ${describeZodError(parsed.error)} (flags: --hl7-send-period SECONDS 1-3600, --hl7-send-values mean|each, --hl7-send-params hr,spo2,…, --hl7-send-ack-timeout SECONDS)`);
  return parsed.data;
}

/** Saves the destination (the audit trail records a change) and says where the station sends. */
export function startHl7Send(station: Station, settings: DestinationSettings | null, io: CliIo): void {
  if (!settings) return;
  const { before, after } = station.outbound.save(settings);
  if (JSON.stringify(before?.settings) !== JSON.stringify(after.settings))
    station.audit.append({ staffId: null, action: before ? 'update' : 'create', entity: 'outbound_destination', entityId: after.id, before: before?.settings, after: after.settings, reason: 'vigil station --hl7-send' });
  io.out(`vigil station: HL7 to ${after.name} (destination ${after.id}), one ORU^R01 every ${settings.periodSeconds} s (${settings.values === 'mean' ? 'period means' : 'every reading'}: ${settings.params.join(',')})`);
}
