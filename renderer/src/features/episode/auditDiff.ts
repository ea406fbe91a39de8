// What changed between two versions of a record, field by field, for the history view ("hr: 78 → 82").

export interface FieldChange {
  /** Dotted path of the field ("hr", "baselineOxygen.flowLMin", "days.2"). */
  readonly path: string;
  /** The value before and after, as text; null when the field did not exist on that side. */
  readonly before: string | null;
  readonly after: string | null;
}

function flatten(value: unknown, prefix: string, out: Map<string, string>): void {
  if (value !== null && typeof value === 'object') {
    const entries = Array.isArray(value) ? value.map((v, i) => [String(i), v] as const) : Object.entries(value as Record<string, unknown>);
    if (entries.length === 0) out.set(prefix, Array.isArray(value) ? '[]' : '{}');
    for (const [key, v] of entries) flatten(v, prefix === '' ? key : `${prefix}.${key}`, out);
    return;
  }
  if (value === undefined) return;
  out.set(prefix, value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));
}

/** The fields that differ (added, removed or changed), in the order of the newer version, then removed ones. */
export function diffRecords(before: unknown, after: unknown): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  flatten(before, '', a);
  flatten(after, '', b);
  const changes: FieldChange[] = [];
  for (const [path, value] of b) {
    const old = a.get(path) ?? null;
    if (old !== value) changes.push({ path, before: old, after: value });
  }
  for (const [path, value] of a) if (!b.has(path)) changes.push({ path, before: value, after: null });
  return changes;
}
