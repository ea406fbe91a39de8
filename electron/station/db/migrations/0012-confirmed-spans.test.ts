import { describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrate } from './index';
import { openDatabase } from '../open';
import { GradingStore } from '../../clinical/store';
import { roundsDays } from '../../rounds/days';
import { EpisodeRepository } from '../../episode/episodes';
import { DAY_MS, HOUR_MS } from '../../../../shared/time';
import { pinnedLocal } from '../../../../test/helpers/clock';

const INFUSION = pinnedLocal(10, 0, -9);
const OLD_CONFIRMATION_AT = INFUSION + 2 * DAY_MS + HOUR_MS;

describe('migration 0012-confirmed-spans', () => {
  it('keeps a confirmation made before spans as the instant it was made (a real file, reopened by the station)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-mig12-')), 'station.db');
    const before = new Database(file);
    migrate(before, 11);
    before.prepare("INSERT INTO patients (mrn, name, created_ms) VALUES ('A', 'A', 1)").run();
    before.prepare('INSERT INTO episodes (patient_id, admitted_ms, infusion_ms) VALUES (1, ?, ?)').run(INFUSION - DAY_MS, INFUSION);
    before.prepare("INSERT INTO staff (name, role, pin_hash, pin_salt, created_ms) VALUES ('Dr Rao', 'physician', 'h', 's', 1)").run();
    before.prepare("INSERT INTO grade_confirmations (episode_id, t_ms, kind, suggested, confirmed, physician_id) VALUES (1, ?, 'crs', '2', '2', 1)").run(OLD_CONFIRMATION_AT);
    before.close();

    const db = openDatabase(file);
    expect(new GradingStore(db).confirmations(1)).toEqual([{ kind: 'crs', at: OLD_CONFIRMATION_AT, covers: null, suggested: 2, confirmed: 2, reason: null, by: 'Dr Rao' }]);
    const episode = new EpisodeRepository(db).byId(1)!;
    const days = roundsDays({ db, episode, entries: [], labs: [], now: INFUSION + 9 * DAY_MS });
    const confirmedOn = days.filter((d) => d.grades.crsConfirmed !== null).map((d) => d.day);
    expect(confirmedOn).toEqual([2]);

    // A span is whole (both ends, the end after the start) or absent.
    const add = db.prepare("INSERT INTO grade_confirmations (episode_id, t_ms, kind, suggested, confirmed, physician_id, covers_from_ms, covers_to_ms) VALUES (1, 5, 'crs', '1', '1', 1, ?, ?)");
    expect(() => add.run(10, null)).toThrow(/CHECK/);
    expect(() => add.run(10, 10)).toThrow(/CHECK/);
    add.run(INFUSION + DAY_MS, INFUSION + 3 * DAY_MS);
    expect(new GradingStore(db).confirmations(1)[0]).toMatchObject({ at: 5, covers: { from: INFUSION + DAY_MS, to: INFUSION + 3 * DAY_MS } });
    db.close();
  });
});
