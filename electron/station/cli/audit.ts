// vigil audit verify --db FILE: walks the audit trail's hash chain and prints one JSON line; exit 0 only when intact.
import { verifyAuditChain } from '../repositories/auditChain';
import { CliError, type CliIo } from './errors';
import { parse } from './args';
import { openChainedDatabase } from './database';
import { errorMessage } from '../../../shared/errors';

export function auditCommand(argv: string[], io: CliIo): number {
  const [action, ...rest] = argv;
  if (action !== 'verify') throw new CliError('usage: vigil audit verify --db FILE');
  const { values } = parse(rest, { db: { type: 'string' } });
  const db = openChainedDatabase(values.db);
  try {
    // {"ok":true,"entries":N} or {"ok":false,"entries":N,"firstBrokenEntry":ID,"reason":"…"}
    const report = verifyAuditChain(db);
    io.out(JSON.stringify(report));
    return report.ok ? 0 : 1;
  } catch (error) {
    io.err(`vigil audit: cannot read the audit log of ${values.db}: ${errorMessage(error)} (the file is damaged: restore a backup)`);
    return 1;
  } finally {
    db.close();
  }
}
