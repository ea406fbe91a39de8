// Which source a numeric comes from now (sources.active): the serial monitor, or the HL7 feed as fallback.
import type { ActiveSource } from '../../../../shared/api/methods/hl7';
import type { VitalParam } from '../../../../shared/params';

export type SourceMap = ReadonlyMap<VitalParam, ActiveSource>;

export function toSourceMap(list: readonly ActiveSource[]): SourceMap {
  return new Map(list.map((s) => [s.param, s]));
}

/** The label beside a numeric: the serial monitor or the HL7 feed (said by clinical.sourceTag), or null when no source ever delivered the param. */
export function sourceLabel(source: ActiveSource | undefined): { readonly source: 'serial' | 'hl7'; readonly both: boolean } | null {
  if (source === undefined || source.active === null) return null;
  return { source: source.active, both: source.both };
}
