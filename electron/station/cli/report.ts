// vigil report handover --db FILE --mrn ID [--from ISO --to ISO] [--format A4|Letter] [--chromium PATH] [--now ISO] --out FILE.pdf
// The handover PDF without a window: the station core on the database (no devices), the report route served in
// browser mode on 127.0.0.1:0 and printed by headless Chromium, the print recorded in the audit trail with its
// SHA-256; one JSON line {out, pages, sha256, from, to} on stdout.
import { existsSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { MAX_REPORT_WINDOW_MS } from '../../../shared/report/charts';
import { REPORT_FORMATS, type ReportFormat } from '../../../shared/report/types';
import { EpisodeRepository } from '../episode/episodes';
import { ChromiumStartError, chromiumPath, launchPrintBrowser, renderReportPdf, REPORT_RENDERER_DIR } from '../report/chromium';
import { reportEpisode, reportWindow } from '../report/handlers';
import { reportAsOf } from '../report/handover';
import { recordPrint, sha256Hex } from '../report/print';
import { Station } from '../station';
import { parse, parseIsoTime, requireExistingFile } from './args';
import { CliError, type CliIo } from './errors';
import { NOW_OPTION, runningClock } from './clock';
import { errorMessage } from '../../../shared/errors';

export async function reportCommand(argv: string[], io: CliIo): Promise<number> {
  const [kind, ...rest] = argv;
  if (kind !== 'handover') throw new CliError(`unknown report "${kind ?? ''}" (known: handover)`);
  const { values } = parse(rest, {
    db: { type: 'string' },
    mrn: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    format: { type: 'string', default: 'A4' },
    chromium: { type: 'string' },
    out: { type: 'string' },
    by: { type: 'string' },
    'renderer-dir': { type: 'string' },
    ...NOW_OPTION,
  });
  const dbFile = requireExistingFile(values.db, '--db');
  if (!values.mrn) throw new CliError('--mrn ID is required (the admitted or most recent patient)');
  if (!values.out) throw new CliError('--out FILE.pdf is required');
  const out = resolve(values.out);
  if (!existsSync(dirname(out))) throw new CliError(`--out: the folder ${dirname(out)} does not exist`);
  const from = parseIsoTime(values.from, '--from');
  const to = parseIsoTime(values.to, '--to');
  if ((from === undefined) !== (to === undefined)) throw new CliError('give both --from and --to, or neither (default: the shift that is ending)');
  if (from !== undefined && to !== undefined && to <= from) throw new CliError('--to must be after --from');
  if (from !== undefined && to !== undefined && to - from > MAX_REPORT_WINDOW_MS) throw new CliError('--from/--to: a report covers at most 31 days');
  if (!(REPORT_FORMATS as readonly string[]).includes(values.format!)) throw new CliError(`--format must be A4 or Letter (got "${values.format}")`);
  const format = values.format as ReportFormat;
  const chromium = chromiumPath(values.chromium);
  if (!existsSync(chromium)) throw new CliError(`Chromium not found at ${chromium}: install chromium, or give --chromium PATH`);
  const rendererDir = values['renderer-dir'] ?? REPORT_RENDERER_DIR;
  const clock = runningClock(values.now);
  if (!existsSync(join(rendererDir, 'index.html'))) throw new CliError(`the window is not built (no ${join(rendererDir, 'index.html')}): run "npm run build" first`);

  // Chromium starts first: its start-up overlaps opening the station and grading. A failed launch is reported where it is awaited.
  const browser = launchPrintBrowser({ chromiumPath: chromium });
  browser.catch(() => {});
  let printing = false;
  let station: Station | null = null;
  try {
    await yieldForSpawn();
    try {
      station = new Station({ dbFile, log: io.err, now: clock.now });
    } catch (error) {
      throw new CliError(`cannot open ${dbFile} as a Vigil database: ${errorMessage(error)}`);
    }
    const episode = reportEpisode(new EpisodeRepository(station.db), station.db);
    if (!episode) throw new CliError(`no patient has been admitted in ${dbFile}`);
    if (episode.mrn !== values.mrn) throw new CliError(`MRN ${values.mrn} is not the admitted or most recent patient in ${dbFile} (that is MRN ${episode.mrn})`);
    const now = clock.now();
    const window = reportWindow(now, from, to);
    // As a running station does every 30 s: grade the open episode now, so the paper shows what the screen would.
    if (episode.dischargedAt === null && reportAsOf(window.to, now) === now) station.grading.runNow();
    const printedBy = values.by ?? `vigil report (${userInfo().username})`;
    printing = true;
    const { pdf, pages } = await renderReportPdf(station, { from: window.from, to: window.to, format, episodeId: episode.id, printedBy }, { chromiumPath: chromium, rendererDir, browser }).catch((error: unknown) => {
      throw error instanceof ChromiumStartError ? new CliError(error.message) : error;
    });
    writeFileSync(out, pdf);
    const sha256 = sha256Hex(pdf);
    recordPrint(station.audit, { staffId: null, episodeId: episode.id, from: window.from, to: window.to, format, sha256, pages, via: 'cli' }, `vigil report handover by ${printedBy}`);
    io.out(JSON.stringify({ out, pages, sha256, from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString() }));
    return 0;
  } finally {
    if (!printing) await (await browser.catch(() => null))?.close();
    await station?.stop();
  }
}

/** Lets the launch reach its process spawn before the synchronous database work holds the event loop. */
function yieldForSpawn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 20));
}
