// The fields every clinical event carries (see events.ts for the model).
import { z } from 'zod';

/** Who or what produced an event: the bedside monitor, a manual spot reading, nursing staff or a physician. */
export const EVENT_SOURCES = ['monitor', 'manual', 'staff', 'physician'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

export const base = {
  /** A stable id from the store (optional), so evidence can point at the row. */
  id: z.string().min(1).optional(),
  /** UTC milliseconds. */
  time: z.number().finite(),
  source: z.enum(EVENT_SOURCES),
};
