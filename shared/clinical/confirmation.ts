// Artefact handling (§5.1 [Design], §6.4): an abnormal monitor value grades only once it has persisted over the
// confirmation time in consecutive monitor readings, or a manual reading confirms it. A single implausible value (a
// probe falling off) therefore never grades; it stays "pending" and raises a prompt that says what is missing.
import type { GradingConfig } from './config';
import type { VitalReading } from './events';

export type Confirmation =
  /** Within normal limits: nothing to confirm. */
  | { readonly status: 'not_needed' }
  /** A manual reading, a monitor value a nurse validated, or confirmation switched off in the config. */
  | { readonly status: 'confirmed'; readonly by: 'manual' | 'nurse' | 'not_required' }
  /** Consecutive abnormal monitor readings spanning at least the confirmation time. */
  | { readonly status: 'confirmed'; readonly by: 'persistence'; readonly from: number; readonly to: number; readonly count: number }
  /** An abnormal manual reading of the same vital within the confirmation time. */
  | { readonly status: 'confirmed'; readonly by: 'manual_reading'; readonly reading: VitalReading }
  /** Not (yet) confirmed: persisted this long out of the time required, and no confirming manual reading. */
  | { readonly status: 'pending'; readonly persistedMs: number; readonly requiredMs: number };

interface ReadingLike {
  readonly event: VitalReading;
  readonly time: number;
  readonly abnormal: boolean;
}

// §6.4: persistence over the confirmation time, or a confirming manual reading; one reading alone never grades.
export function confirmReadings(list: readonly ReadingLike[], settings: GradingConfig['monitorConfirmation']): Confirmation[] {
  const out: Confirmation[] = list.map((r) => {
    if (!r.abnormal) return { status: 'not_needed' };
    if (r.event.source === 'manual') return { status: 'confirmed', by: 'manual' };
    if (r.event.confirmed) return { status: 'confirmed', by: 'nurse' };
    if (!settings.required) return { status: 'confirmed', by: 'not_required' };
    return { status: 'pending', persistedMs: 0, requiredMs: settings.persistenceMs };
  });
  const manualAbnormal = list.filter((r) => r.event.source === 'manual' && r.abnormal);

  // Runs of consecutive abnormal monitor readings (a normal monitor reading ends a run; manual ones do not count).
  let run: number[] = [];
  const closeRun = () => {
    if (run.length === 0) return;
    const first = list[run[0]!]!;
    const last = list[run.at(-1)!]!;
    const span = last.time - first.time;
    for (const i of run) {
      if (out[i]!.status !== 'pending') continue;
      const r = list[i]!;
      const manual = manualAbnormal.find((m) => Math.abs(m.time - r.time) <= settings.persistenceMs);
      if (span >= settings.persistenceMs) out[i] = { status: 'confirmed', by: 'persistence', from: first.time, to: last.time, count: run.length };
      else if (manual) out[i] = { status: 'confirmed', by: 'manual_reading', reading: manual.event };
      else out[i] = { status: 'pending', persistedMs: span, requiredMs: settings.persistenceMs };
    }
    run = [];
  };
  list.forEach((r, i) => {
    if (r.event.source !== 'monitor') return;
    if (r.abnormal) run.push(i);
    else closeRun();
  });
  closeRun();
  return out;
}

export function describeConfirmation(c: Confirmation, formatAt: (t: number) => string): string {
  switch (c.status) {
    case 'not_needed':
      return 'within limits';
    case 'pending':
      return `not confirmed: persisted ${Math.round(c.persistedMs / 1000)} s of the ${Math.round(c.requiredMs / 1000)} s required, and no confirming manual reading`;
    case 'confirmed':
      switch (c.by) {
        case 'persistence':
          return `confirmed by persistence over ${c.count} monitor readings from ${formatAt(c.from)} to ${formatAt(c.to)}`;
        case 'manual_reading':
          return `confirmed by a manual reading at ${formatAt(c.reading.time)}`;
        case 'manual':
          return 'manual reading';
        case 'nurse':
          return 'validated by a nurse';
        case 'not_required':
          return 'confirmation not required by the config';
      }
  }
}
