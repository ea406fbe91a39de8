// vigil fhir export: one patient's episode as a FHIR R4 transaction Bundle; vigil fhir push: a Bundle to a FHIR server.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { errorMessage } from '../../../shared/errors';
import { buildEpisodeBundle, type FhirBundle } from '../fhir/bundle';
import { bindingProblems } from '../fhir/bindings';
import { readEpisodeRecord, VITAL_RESOLUTIONS, type VitalResolution } from '../fhir/record';
import { openChainedDatabase } from './database';
import { CliError, type CliIo } from './errors';
import { parse, parseIsoTime, requireExistingFile } from './args';

const USAGE = 'usage: vigil fhir export --db FILE --mrn ID [--from ISO --to ISO] [--vitals 1m|10m|each] --out FILE.json | vigil fhir push --to URL [--token FILE] FILE.json';

export async function fhirCommand(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === 'export') return exportCommand(rest, io);
  if (sub === 'push') return pushCommand(rest, io);
  throw new CliError(sub ? `unknown fhir command "${sub}"; ${USAGE}` : USAGE);
}

function exportCommand(argv: string[], io: CliIo): number {
  const { values } = parse(argv, { db: { type: 'string' }, mrn: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, vitals: { type: 'string', default: '1m' }, out: { type: 'string' } });
  if (!values.mrn) throw new CliError(`--mrn ID is required; ${USAGE}`);
  if (!values.out) throw new CliError(`--out FILE.json is required; ${USAGE}`);
  if (!existsSync(dirname(values.out))) throw new CliError(`--out: the folder ${dirname(values.out)} does not exist`);
  const resolution = values.vitals as VitalResolution;
  if (!VITAL_RESOLUTIONS.includes(resolution)) throw new CliError(`--vitals must be ${VITAL_RESOLUTIONS.join(', ')} (got "${values.vitals}")`);
  const from = parseIsoTime(values.from, '--from') ?? 0;
  const to = parseIsoTime(values.to, '--to') ?? Number.MAX_SAFE_INTEGER;
  if (to <= from) throw new CliError('--to must be after --from');
  const db = openChainedDatabase(values.db);
  let bundle: FhirBundle;
  try {
    const record = readEpisodeRecord(db, { mrn: values.mrn, from, to, resolution });
    if (!record) throw new CliError(`no patient with MRN ${values.mrn} in ${values.db}`);
    bundle = buildEpisodeBundle(record);
  } finally {
    db.close();
  }
  // What Vigil sends must hold to its own bindings; a failure here is a bug, said plainly rather than exported.
  const problems = bindingProblems(bundle);
  if (problems.length > 0) throw new CliError(`the Bundle breaks ${problems.length} code binding(s), first: ${problems[0]}`);
  writeFileSync(values.out, `${JSON.stringify(bundle, null, 1)}\n`);
  const counts: Record<string, number> = {};
  for (const e of bundle.entry) counts[e.resource.resourceType] = (counts[e.resource.resourceType] ?? 0) + 1;
  io.out(JSON.stringify({ out: values.out, entries: bundle.entry.length, resources: counts }));
  return 0;
}

interface TransactionResponse {
  resourceType?: string;
  entry?: { response?: { status?: string; location?: string } }[];
}

async function pushCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(argv, { to: { type: 'string' }, token: { type: 'string' } }, true);
  if (!values.to) throw new CliError(`--to URL is required (the FHIR server's base URL); ${USAGE}`);
  if (positionals.length !== 1) throw new CliError(`give one FILE.json (from vigil fhir export); ${USAGE}`);
  let url: URL;
  try {
    url = new URL(values.to);
  } catch {
    throw new CliError(`--to is not a URL: "${values.to}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new CliError(`--to must be an http(s) URL (got "${values.to}")`);
  const token = values.token === undefined ? null : readFileSync(requireExistingFile(values.token, '--token FILE'), 'utf8').trim();
  const file = requireExistingFile(positionals[0], 'FILE.json');
  let bundle: FhirBundle;
  try {
    bundle = JSON.parse(readFileSync(file, 'utf8')) as FhirBundle;
  } catch (error) {
    throw new CliError(`${file} is not JSON: ${errorMessage(error)}`);
  }
  if (bundle.resourceType !== 'Bundle' || bundle.type !== 'transaction') throw new CliError(`${file} is not a FHIR transaction Bundle`);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/fhir+json', accept: 'application/fhir+json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(bundle),
    });
  } catch (error) {
    throw new CliError(`cannot reach ${values.to}: ${errorMessage(error instanceof Error && error.cause ? error.cause : error)}`);
  }
  const text = await response.text();
  let body: TransactionResponse = {};
  try {
    body = JSON.parse(text) as TransactionResponse;
  } catch {
    // reported below with the HTTP status
  }
  const statuses = (body.entry ?? []).map((e) => e.response?.status ?? '');
  const accepted = statuses.filter((s) => /^2\d\d/.test(s)).length;
  io.out(JSON.stringify({ to: values.to, http: response.status, entries: bundle.entry.length, accepted }));
  if (!response.ok || accepted !== bundle.entry.length) {
    io.err(`vigil fhir push: the server accepted ${accepted} of ${bundle.entry.length} entries (HTTP ${response.status})${response.ok ? '' : `: ${text.slice(0, 300)}`}`);
    return 1;
  }
  return 0;
}
