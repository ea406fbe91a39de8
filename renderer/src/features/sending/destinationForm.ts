// The destination settings form (administrators): what is typed, as strings, and its conversion to the settings of
// outbound.saveDestination, checked with the shared schema. Settings the form does not show keep their saved value.
import { destinationSettingsSchema, type DestinationSettings } from '../../../../shared/api/methods/outbound';
import type { VitalParam } from '../../../../shared/params';
import { issuesToErrors, type PathToField } from '../../ui/form/issues';
import { Errors, numberText, type Converted } from '../../ui/form/result';

export interface DestinationValues {
  readonly host: string;
  readonly port: string;
  readonly periodSeconds: string;
  readonly values: DestinationSettings['values'];
  readonly params: readonly VitalParam[];
  readonly documentation: boolean;
  readonly ackTimeoutSeconds: string;
  readonly enabled: boolean;
}

/** Form fields in screen (and tab) order; error summaries follow it. */
export const DESTINATION_FIELDS = ['host', 'port', 'periodSeconds', 'values', 'params', 'ackTimeoutSeconds'] as const satisfies readonly (keyof DestinationValues)[];

/** A new destination's settings: the schema's defaults around an empty address. */
export const NEW_DESTINATION: DestinationSettings = destinationSettingsSchema.parse({ host: 'engine', port: 1 });

export function destinationValues(s: DestinationSettings, isNew: boolean): DestinationValues {
  return {
    host: isNew ? '' : s.host,
    port: isNew ? '' : numberText(s.port),
    periodSeconds: numberText(s.periodSeconds),
    values: s.values,
    params: s.params,
    documentation: s.documentation,
    ackTimeoutSeconds: numberText(s.ackTimeoutSeconds),
    enabled: s.enabled,
  };
}

/** A schema path (inside `settings`) → the form field. */
export const destinationField: PathToField = (path) => {
  const first = path[0];
  return typeof first === 'string' && (DESTINATION_FIELDS as readonly string[]).includes(first) ? first : null;
};

/** The typed values over the saved settings (so the backlog cap and the receiving names stay as they were). */
export function toDestinationSettings(v: DestinationValues, saved: DestinationSettings): Converted<DestinationSettings> {
  const e = new Errors();
  const host = e.required('host', v.host);
  const port = e.number('port', v.port, { integer: true });
  const periodSeconds = e.number('periodSeconds', v.periodSeconds, { integer: true });
  const ackTimeoutSeconds = e.number('ackTimeoutSeconds', v.ackTimeoutSeconds, { integer: true });
  if (e.any) return { ok: false, errors: e.all };
  const candidate = { ...saved, host, port, periodSeconds, values: v.values, params: [...v.params], documentation: v.documentation, ackTimeoutSeconds, enabled: v.enabled };
  const parsed = destinationSettingsSchema.safeParse(candidate);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, errors: issuesToErrors(parsed.error.issues, destinationField) };
}
