// Episode entries: every clinical record is a row; a correction is a new row that supersedes the old one.
import type { StationDb } from '../db/open';
import type { EntryView } from '../../../shared/api/methods/episode';

interface EntryRow {
  id: number;
  episode_id: number;
  kind: string;
  data_json: string;
  effective_ms: number;
  recorded_ms: number;
  supersedes: number | null;
  superseded_by: number | null;
  reason: string | null;
  staff_name: string;
  staff_role: string;
}

export interface StoredEntry extends EntryView {
  readonly episodeId: number;
  readonly supersededBy: number | null;
}

const SELECT = `SELECT e.*, s.name AS staff_name, s.role AS staff_role FROM episode_entries e JOIN staff s ON s.id = e.recorded_by`;

export class EntryRepository {
  constructor(private readonly db: StationDb) {}

  add(episodeId: number, kind: string, data: unknown, effectiveMs: number, staffId: number, now: number, supersedes: number | null = null, reason: string | null = null): number {
    return Number(
      this.db
        .prepare('INSERT INTO episode_entries (episode_id, kind, data_json, effective_ms, recorded_by, recorded_ms, supersedes, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(episodeId, kind, JSON.stringify(data), effectiveMs, staffId, now, supersedes, reason).lastInsertRowid,
    );
  }

  /** Marks `oldId` as replaced by `newId`; the database allows this once per entry. */
  supersede(oldId: number, newId: number): void {
    this.db.prepare('UPDATE episode_entries SET superseded_by = ? WHERE id = ?').run(newId, oldId);
  }

  byId(id: number): StoredEntry | null {
    const row = this.db.prepare(`${SELECT} WHERE e.id = ?`).get(id) as EntryRow | undefined;
    return row ? toEntry(row) : null;
  }

  /** Current (not superseded) entries of an episode, oldest first; optionally of some kinds only. */
  current(episodeId: number, kinds?: readonly string[]): StoredEntry[] {
    const filter = kinds && kinds.length > 0 ? `AND e.kind IN (${kinds.map(() => '?').join(',')})` : '';
    const rows = this.db
      .prepare(`${SELECT} WHERE e.episode_id = ? AND e.superseded_by IS NULL ${filter} ORDER BY e.effective_ms, e.id`)
      .all(episodeId, ...(kinds ?? [])) as EntryRow[];
    return rows.map(toEntry);
  }
}

function toEntry(r: EntryRow): StoredEntry {
  return {
    id: r.id,
    episodeId: r.episode_id,
    kind: r.kind,
    data: JSON.parse(r.data_json) as unknown,
    effectiveAt: r.effective_ms,
    recordedAt: r.recorded_ms,
    recordedBy: r.staff_name,
    recordedByRole: r.staff_role,
    supersedes: r.supersedes,
    supersededBy: r.superseded_by,
    reason: r.reason,
  };
}
