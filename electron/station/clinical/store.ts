// Stores what the grading engine suggested: a grading row whenever a grade changes, flags as they are raised,
// seen again, cleared and acknowledged, and physicians' confirmations.
import type { StationDb } from '../db/open';
import type { GradingResult, Flag } from '../../../shared/clinical';
import type { FlagView, GradeKind, ConfirmationView, GradePoint } from '../../../shared/api/methods/clinical';
import type { Evidence } from '../../../shared/clinical/evidence';
import { isMessage, type Message } from '../../../shared/messages/message';
import { parseStoredResult, type StoredResult } from './storedResult';

interface FlagRow {
  id: number;
  code: string;
  raised_ms: number;
  last_seen_ms: number;
  cleared_ms: number | null;
  rule_set_version: string;
  explanation: string;
  evidence_json: string;
  acknowledged_ms: number | null;
  ack_note: string | null;
  ack_name: string | null;
}

export class GradingStore {
  constructor(private readonly db: StationDb) {}

  /** Records the result; returns true when something a window shows changed. */
  record(episodeId: number, result: GradingResult): boolean {
    let changed = false;
    this.db.transaction(() => {
      const last = this.db.prepare('SELECT crs_current, crs_max, icans_current, icans_max FROM grading_results WHERE episode_id = ? ORDER BY t_ms DESC, id DESC LIMIT 1').get(episodeId) as
        | { crs_current: number; crs_max: number; icans_current: string; icans_max: string }
        | undefined;
      const now = { crs_current: result.crs.current, crs_max: result.crs.max, icans_current: String(result.icans.current), icans_max: String(result.icans.max) };
      if (!last || JSON.stringify(last) !== JSON.stringify(now)) {
        const compact = { crs: result.crs, icans: result.icans, secondary: result.secondary };
        this.db
          .prepare('INSERT INTO grading_results (episode_id, t_ms, rule_set_version, config_json, crs_current, crs_max, icans_current, icans_max, result_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
          .run(episodeId, result.evaluatedAt, result.ruleSetVersion, JSON.stringify(result.config), now.crs_current, now.crs_max, now.icans_current, now.icans_max, JSON.stringify(compact));
        changed = true;
      }
      changed = this.recordFlags(episodeId, result.flags, result.evaluatedAt, result.ruleSetVersion) || changed;
    })();
    return changed;
  }

  private recordFlags(episodeId: number, flags: readonly Flag[], at: number, version: string): boolean {
    let changed = false;
    const open = this.db.prepare('SELECT id, code FROM flags WHERE episode_id = ? AND cleared_ms IS NULL').all(episodeId) as { id: number; code: string }[];
    const active = new Map(flags.map((f) => [f.code as string, f]));
    for (const row of open) {
      const f = active.get(row.code);
      if (f) {
        this.db.prepare('UPDATE flags SET last_seen_ms = ?, explanation = ?, evidence_json = ? WHERE id = ?').run(at, f.explanation, flagJson(f), row.id);
        active.delete(row.code);
      } else {
        this.db.prepare('UPDATE flags SET cleared_ms = ? WHERE id = ?').run(at, row.id);
        changed = true;
      }
    }
    for (const f of active.values()) {
      this.db
        .prepare('INSERT INTO flags (episode_id, code, raised_ms, last_seen_ms, rule_set_version, explanation, evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .run(episodeId, f.code, at, at, version, f.explanation, flagJson(f));
      changed = true;
    }
    return changed;
  }

  latestResult(episodeId: number): { id: number; result: StoredResult; at: number; version: string } | null {
    const row = this.db.prepare('SELECT id, t_ms, rule_set_version, result_json FROM grading_results WHERE episode_id = ? ORDER BY t_ms DESC, id DESC LIMIT 1').get(episodeId) as
      | { id: number; t_ms: number; rule_set_version: string; result_json: string }
      | undefined;
    return row ? { id: row.id, at: row.t_ms, version: row.rule_set_version, result: parseStoredResult(row.result_json) } : null;
  }

  /** Flags still raised, and cleared ones nobody has acknowledged yet (an unacknowledged flag stays visible). */
  visibleFlags(episodeId: number): FlagView[] {
    const rows = this.db
      .prepare(
        `SELECT f.*, s.name AS ack_name FROM flags f LEFT JOIN staff s ON s.id = f.acknowledged_by
         WHERE f.episode_id = ? AND (f.cleared_ms IS NULL OR f.acknowledged_ms IS NULL) ORDER BY f.raised_ms`,
      )
      .all(episodeId) as FlagRow[];
    return rows.map(toFlagView);
  }

  flagsBetween(episodeId: number, from: number, to: number): FlagView[] {
    const rows = this.db
      .prepare('SELECT f.*, s.name AS ack_name FROM flags f LEFT JOIN staff s ON s.id = f.acknowledged_by WHERE f.episode_id = ? AND f.raised_ms < ? AND coalesce(f.cleared_ms, f.last_seen_ms) >= ? ORDER BY f.raised_ms')
      .all(episodeId, to, from) as FlagRow[];
    return rows.map(toFlagView);
  }

  flag(id: number): (FlagView & { episodeId: number }) | null {
    const row = this.db.prepare('SELECT f.*, s.name AS ack_name FROM flags f LEFT JOIN staff s ON s.id = f.acknowledged_by WHERE f.id = ?').get(id) as (FlagRow & { episode_id: number }) | undefined;
    return row ? { ...toFlagView(row), episodeId: row.episode_id } : null;
  }

  acknowledge(id: number, staffId: number, at: number, note: string | null): void {
    this.db.prepare('UPDATE flags SET acknowledged_by = ?, acknowledged_ms = ?, ack_note = ? WHERE id = ? AND acknowledged_ms IS NULL').run(staffId, at, note, id);
  }

  confirm(c: { episodeId: number; kind: GradeKind; suggested: string; confirmed: string; reason: string | null; physicianId: number; at: number; resultId: number | null; covers: { from: number; to: number } | null }): number {
    return Number(
      this.db
        .prepare(
          'INSERT INTO grade_confirmations (episode_id, t_ms, kind, suggested, confirmed, reason, physician_id, grading_result_id, covers_from_ms, covers_to_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
        )
        .run(c.episodeId, c.at, c.kind, c.suggested, c.confirmed, c.reason, c.physicianId, c.resultId, c.covers?.from ?? null, c.covers?.to ?? null).lastInsertRowid,
    );
  }

  confirmations(episodeId: number): ConfirmationView[] {
    type Row = { kind: GradeKind; t_ms: number; suggested: string; confirmed: string; reason: string | null; name: string; covers_from_ms: number | null; covers_to_ms: number | null };
    const rows = this.db.prepare('SELECT c.*, s.name FROM grade_confirmations c JOIN staff s ON s.id = c.physician_id WHERE c.episode_id = ? ORDER BY c.t_ms, c.id').all(episodeId) as Row[];
    return rows.map((r) => ({
      kind: r.kind,
      at: r.t_ms,
      covers: r.covers_from_ms === null || r.covers_to_ms === null ? null : { from: r.covers_from_ms, to: r.covers_to_ms },
      suggested: parseGrade(r.suggested),
      confirmed: parseGrade(r.confirmed),
      reason: r.reason,
      by: r.name,
    }));
  }

  /** The suggested grade each time it changed, for the chart's grade band. */
  gradePoints(episodeId: number, from: number, to: number): GradePoint[] {
    const rows = this.db
      .prepare(
        `SELECT t_ms, crs_current, icans_current FROM grading_results WHERE episode_id = ? AND t_ms < ? AND t_ms >= coalesce(
           (SELECT max(t_ms) FROM grading_results WHERE episode_id = ? AND t_ms <= ?), ?) ORDER BY t_ms, id`,
      )
      .all(episodeId, to, episodeId, from, from) as { t_ms: number; crs_current: number; icans_current: string }[];
    return rows.map((r) => ({ time: r.t_ms, crs: r.crs_current, icans: parseGrade(r.icans_current) }));
  }
}

function parseGrade(text: string): number | 'not_assessable' {
  return text === 'not_assessable' ? 'not_assessable' : Number(text);
}

function toFlagView(r: FlagRow): FlagView {
  return {
    id: r.id,
    code: r.code,
    raisedAt: r.raised_ms,
    lastSeenAt: r.last_seen_ms,
    clearedAt: r.cleared_ms,
    ruleSetVersion: r.rule_set_version,
    explanation: r.explanation,
    ...readFlagJson(r.evidence_json),
    acknowledged: r.acknowledged_ms === null ? null : { by: r.ack_name ?? '?', at: r.acknowledged_ms, note: r.ack_note },
  };
}

/** evidence_json holds the evidence and the explanation's message (rows written before messages hold the bare evidence array). */
function flagJson(f: Flag): string {
  return JSON.stringify(f.message ? { evidence: f.evidence, message: f.message } : f.evidence);
}

function readFlagJson(text: string): { evidence: readonly Evidence[]; message?: Message } {
  const stored = JSON.parse(text) as readonly Evidence[] | { evidence: readonly Evidence[]; message?: unknown };
  if (Array.isArray(stored)) return { evidence: stored };
  const { evidence, message } = stored as { evidence: readonly Evidence[]; message?: unknown };
  return isMessage(message) ? { evidence, message } : { evidence };
}
