// Staff members who can sign in at this station.
import type { StationDb } from '../db/open';
import type { StaffMember, StaffRole } from '../../../shared/api/methods/auth';
import { hashPin, verifyPin } from './pin';

interface StaffRow {
  id: number;
  name: string;
  role: StaffRole;
  pin_hash: string;
  pin_salt: string;
  active: number;
}

export class StaffRepository {
  constructor(private readonly db: StationDb) {}

  count(): number {
    return this.db.prepare('SELECT count(*) FROM staff WHERE active = 1').pluck().get() as number;
  }

  create(name: string, role: StaffRole, pin: string, now: number): StaffMember {
    const { hash, salt } = hashPin(pin);
    const id = Number(this.db.prepare('INSERT INTO staff (name, role, pin_hash, pin_salt, created_ms) VALUES (?, ?, ?, ?, ?)').run(name, role, hash, salt, now).lastInsertRowid);
    return { id, name, role };
  }

  list(): StaffMember[] {
    return (this.db.prepare('SELECT id, name, role FROM staff WHERE active = 1 ORDER BY name').all() as StaffMember[]).map((s) => ({ ...s }));
  }

  byId(id: number): StaffMember | null {
    const row = this.db.prepare('SELECT id, name, role FROM staff WHERE id = ? AND active = 1').get(id) as StaffMember | undefined;
    return row ?? null;
  }

  /** The member if name and PIN match an active account, else null (never says which part was wrong). */
  authenticate(name: string, pin: string): StaffMember | null {
    const row = this.db.prepare('SELECT * FROM staff WHERE name = ? AND active = 1').get(name) as StaffRow | undefined;
    if (!row || !verifyPin(pin, row.pin_hash, row.pin_salt)) return null;
    return { id: row.id, name: row.name, role: row.role };
  }
}
