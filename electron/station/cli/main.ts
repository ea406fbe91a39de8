// The `vigil` command line: one entry, one function per command.
import { CliError, EXIT_USAGE, processIo, type CliIo } from './errors';
import { decodeCommand } from './decode';
import { exportCommand } from './export';
import { stationCommand } from './station';
import { simulateCommand } from './simulate';
import { staffCommand } from './staff';
import { demoCommand } from './demo';
import { hl7Command } from './hl7';
import { gradeCommand } from './grade';
import { reportCommand } from './report';
import { auditCommand } from './audit';
import { backupCommand } from './backup';
import { restoreCommand } from './restore';
import { errorMessage } from '../../../shared/errors';
import { fhirCommand } from './fhir';

const COMMANDS: Record<string, (argv: string[], io: CliIo) => number | Promise<number>> = {
  station: stationCommand,
  simulate: simulateCommand,
  decode: decodeCommand,
  export: exportCommand,
  staff: staffCommand,
  demo: demoCommand,
  hl7: hl7Command,
  grade: gradeCommand,
  report: reportCommand,
  audit: auditCommand,
  backup: backupCommand,
  restore: restoreCommand,
  fhir: fhirCommand,
};

const USAGE = `usage: vigil <command> [options]
  station  [--db FILE] [--serial PATH --protocol ge-s5|philips-intellivue]... [--web PORT] [--hl7-listen HOST:PORT [--hl7-allow ADDR]] [--hl7-send HOST:PORT [--hl7-send-period SECONDS] [--hl7-send-values mean|each] [--hl7-send-params hr,spo2,...]] [--backup-dir DIR] [--now ISO]
  simulate --protocol ge-s5|philips-intellivue --port PATH [--scenario NAME] [--interval SECONDS] [--mode synthetic|replay --log FILE] | --protocol hl7 --to HOST:PORT [--mrn ID] [--now ISO] ...
  decode   --protocol ge-s5|philips-intellivue [--format raw|dices-log] FILE
  export   --db FILE [--from ISO] [--to ISO] [--params hr,spo2,...] [--format ndjson|csv]
  hl7      parse FILE [--lab-codes FILE] | send --to HOST:PORT FILE...
  fhir     export --db FILE --mrn ID [--from ISO --to ISO] [--vitals 1m|10m|each] --out FILE.json | push --to URL [--token FILE] FILE.json
  demo     --db FILE --mrn ID [--days N] [--product ide-cel|cilta-cel] [--scenario NAME] [--interval SECONDS] [--now ISO]
  staff    add --name NAME --role nurse|physician|admin --pin DIGITS [--db FILE] | list [--db FILE]
  grade    [--fever-lookback-h 1-24] [--hypotension sbp|map|either] FILE
  report   handover --db FILE --mrn ID [--from ISO --to ISO] [--format A4|Letter] [--chromium PATH] [--now ISO] --out FILE.pdf
  audit    verify --db FILE
  backup   --db FILE --out FILE
  restore  --from FILE --db FILE [--allow-broken-audit-chain]`;

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.err(USAGE);
    return name ? 0 : EXIT_USAGE;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`vigil: unknown command "${name}"\n${USAGE}`);
    return EXIT_USAGE;
  }
  try {
    return await command(rest, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`vigil ${name}: ${error.message}`);
      return EXIT_USAGE;
    }
    io.err(`vigil ${name}: unexpected failure: ${errorMessage(error)}`);
    return 1;
  }
}
