// vigil staff add|list --db FILE: set up who can sign in at a station (the first account must be an administrator).
import { openDatabase } from '../db/open';
import { StaffRepository } from '../auth/staff';
import { AuditLog } from '../repositories/audit';
import { CliError, type CliIo } from './errors';
import { parse } from './args';
import { defaultDatabaseFile } from '../paths';

export function staffCommand(argv: string[], io: CliIo): number {
  const [action, ...rest] = argv;
  const { values } = parse(rest, { db: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, pin: { type: 'string' } });
  const dbFile = values.db ?? defaultDatabaseFile();
  if (action !== 'add' && action !== 'list') throw new CliError('usage: vigil staff add --name NAME --role nurse|physician|admin --pin DIGITS [--db FILE] | vigil staff list [--db FILE]');
  const db = openDatabase(dbFile);
  try {
    const staff = new StaffRepository(db);
    if (action === 'list') {
      for (const s of staff.list()) io.out(JSON.stringify(s));
      return 0;
    }
    const name = values.name?.trim() ?? '';
    if (name.length < 2) throw new CliError('--name is required (at least 2 characters)');
    if (values.role !== 'nurse' && values.role !== 'physician' && values.role !== 'admin') throw new CliError('--role must be nurse, physician or admin');
    if (!/^\d{4,8}$/.test(values.pin ?? '')) throw new CliError('--pin must be 4 to 8 digits');
    if (staff.count() === 0 && values.role !== 'admin') throw new CliError('the first account of a new station must be an admin');
    if (staff.list().some((s) => s.name.toLowerCase() === name.toLowerCase())) throw new CliError(`${name} already has an account`);
    const member = db.transaction(() => {
      const m = staff.create(name, values.role as 'nurse', values.pin!, Date.now());
      new AuditLog(db, Date.now).append({ staffId: null, action: 'create', entity: 'staff', entityId: m.id, after: { name, role: m.role }, reason: 'vigil staff add (command line)' });
      return m;
    })();
    io.out(JSON.stringify(member));
    return 0;
  } finally {
    db.close();
  }
}
